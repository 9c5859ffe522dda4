#include "templatestore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString s_suffix = QStringLiteral(".json");

// Leaves room for " (999)" and the suffix under the common 255-byte limit, in any script.
constexpr int s_maxStemLength = 80;

} // namespace

TemplateStore::TemplateStore(QString folder) : m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder)) {}

QString TemplateStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/byline/templates");
}

QList<TemplateStore::Entry> TemplateStore::list() const
{
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    QList<Entry> entries;
    for (const QFileInfo &file : files.mid(0, s_maxFiles)) {
        const TemplateLoad loaded = TemplateFile::load(file.filePath());
        const QString name = loaded.value.name.isEmpty() ? file.completeBaseName() : loaded.value.name;
        entries.append({name, file.filePath(), loaded.error});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return entries;
}

TemplateLoad TemplateStore::load(const QString &name) const
{
    const std::optional<Entry> entry = find(name);
    if (!entry)
        return {{}, QStringLiteral("no template named \"%1\" in %2").arg(name, m_folder)};
    TemplateLoad loaded = TemplateFile::load(entry->path);
    if (loaded.ok() && loaded.value.name.isEmpty())
        loaded.value.name = entry->name;
    return loaded;
}

QString TemplateStore::save(const MetadataTemplate &value)
{
    if (value.name.trimmed().isEmpty())
        return QStringLiteral("a template needs a name");
    if (QString problem = TemplateFile::problem(value); !problem.isEmpty())
        return problem;
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("cannot make the folder %1").arg(m_folder);
    const std::optional<Entry> existing = find(value.name);
    const QString path = existing ? existing->path : newPathFor(value.name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.write(TemplateFile::serialize(value));
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString TemplateStore::remove(const QString &name)
{
    const std::optional<Entry> entry = find(name);
    if (!entry)
        return QStringLiteral("no template named \"%1\"").arg(name);
    QFile file(entry->path);
    if (!file.remove())
        return QStringLiteral("cannot remove %1: %2").arg(entry->path, file.errorString());
    return {};
}

QString TemplateStore::fileNameFor(const QString &name)
{
    QString stem;
    for (const QChar c : name.trimmed()) {
        // The characters Windows, macOS or a shell would refuse or misread, as the share may be any of them.
        const bool refused = c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c);
        stem += refused ? u'-' : c;
    }
    while (stem.startsWith(u'.')) // a leading dot would hide the file
        stem.remove(0, 1);
    stem = stem.left(s_maxStemLength).trimmed();
    return (stem.isEmpty() ? QStringLiteral("template") : stem) + s_suffix;
}

std::optional<TemplateStore::Entry> TemplateStore::find(const QString &name) const
{
    for (const Entry &entry : list()) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

// A new template never takes the file of another ("A/B" and "A-B" both make "A-B.json").
QString TemplateStore::newPathFor(const QString &name) const
{
    const QString fileName = fileNameFor(name);
    const QString stem = fileName.chopped(s_suffix.size());
    QString path = QDir(m_folder).filePath(fileName);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(s_suffix));
    return path;
}
