#include "folderhistory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString s_recentKey = QStringLiteral("folders/recent");

} // namespace

FolderHistory::FolderHistory(QObject *parent) : QObject(parent)
{
    m_recent = QSettings().value(s_recentKey).toStringList().mid(0, s_maxRecent);
}

QString FolderHistory::startFolder(const QStringList &arguments, const QString &sample) const
{
    if (arguments.size() > 1)
        return QDir::cleanPath(QDir(arguments.at(1)).absolutePath());
    // One stat at start-up, before the window exists: a folder on an unmounted disk falls back to the sample.
    if (!lastFolder().isEmpty() && QFileInfo(lastFolder()).isDir())
        return lastFolder();
    return sample;
}

void FolderHistory::remember(const QString &folder)
{
    if (folder.isEmpty())
        return;
    const QString clean = QDir::cleanPath(folder);
    if (m_recent.value(0) == clean)
        return;
    m_recent.removeAll(clean);
    m_recent.prepend(clean);
    while (m_recent.size() > s_maxRecent)
        m_recent.removeLast();
    save();
    emit recentFoldersChanged();
}

void FolderHistory::clear()
{
    if (m_recent.isEmpty())
        return;
    m_recent.clear();
    save();
    emit recentFoldersChanged();
}

QString FolderHistory::localPath(const QUrl &url)
{
    return url.isLocalFile() ? QDir::cleanPath(url.toLocalFile()) : QString();
}

QString FolderHistory::droppedFolder(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        // A stat per dropped URL, on drop only: the user just let go of them.
        const QString path = localPath(url);
        if (!path.isEmpty() && QFileInfo(path).isDir())
            return path;
    }
    return {};
}

void FolderHistory::save() const
{
    QSettings().setValue(s_recentKey, m_recent);
}
