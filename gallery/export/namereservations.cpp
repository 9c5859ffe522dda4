#include "namereservations.h"

#include "filenametemplate.h"

#include <QFileInfo>

// The folder is read once, lower-cased: "Launch.JPG" there takes "launch.jpg" too, since the export may
// be copied on to a case-insensitive volume.
NameReservations::NameReservations(const QString &directory) : m_directory(directory)
{
    const QStringList names =
        m_directory.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        m_existing.insert(name.toLower());
}

bool NameReservations::isFree(const QString &name) const
{
    // exists() follows links; a dangling link still occupies the name, so ask lstat's view too. A file
    // made after planning is still never replaced: StagedFile's rename refuses it.
    const QString key = name.toLower();
    const QFileInfo info(m_directory.filePath(name));
    return !m_taken.contains(key) && !m_existing.contains(key) && !info.exists() && !info.isSymLink();
}

bool NameReservations::tryReserve(const QString &name)
{
    if (!isFree(name))
        return false;
    m_taken.insert(name.toLower());
    return true;
}

bool NameReservations::tryReserveAll(const QStringList &names)
{
    QSet<QString> keys;
    for (const QString &name : names) {
        // A name twice in one group would be two files under one name: refused like a taken one.
        if (!isFree(name) || keys.contains(name.toLower()))
            return false;
        keys.insert(name.toLower());
    }
    m_taken.unite(keys);
    return true;
}

QString NameReservations::numbered(const QString &wanted, int n)
{
    if (n <= 1)
        return wanted;
    const QFileInfo parts(wanted);
    const QString suffix = parts.suffix().isEmpty() ? QString() : u'.' + parts.suffix();
    const QString stem = wanted.left(wanted.size() - suffix.size());
    const QString marker = QStringLiteral(" (%1)").arg(n);
    // The stem gives way so the name stays within the byte cap with its marker and extension.
    QString base = stem;
    while (!base.isEmpty() && (base + marker + suffix).toUtf8().size() > FileNameTemplate::s_maxNameBytes)
        base.chop(base.back().isLowSurrogate() ? 2 : 1);
    return base.trimmed() + marker + suffix;
}

QString NameReservations::reserve(const QString &wanted)
{
    for (int n = 1;; ++n) {
        if (const QString candidate = numbered(wanted, n); tryReserve(candidate))
            return candidate;
    }
}
