#include "folderhistory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString s_recentKey = QStringLiteral("folders/recent");

// The command-line argument as a clean absolute path; a file manager passes a file:// URL through %U.
QString argumentPath(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return {};
    const QString argument = arguments.at(1);
    const QUrl url(argument);
    const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

FolderHistory::FolderHistory(QObject *parent) : QObject(parent)
{
    m_recent = QSettings().value(s_recentKey).toStringList().mid(0, s_maxRecent);
}

QString FolderHistory::startFolder(const QStringList &arguments, const QString &sample) const
{
    const QString argument = argumentPath(arguments);
    if (!argument.isEmpty()) {
        // A photo opens its folder (startPhoto() says which photo to show).
        const QFileInfo info(argument);
        return info.isFile() ? info.absolutePath() : argument;
    }
    // One stat at start-up, before the window exists: a folder on an unmounted disk falls back to the sample.
    if (!lastFolder().isEmpty() && QFileInfo(lastFolder()).isDir())
        return lastFolder();
    return sample;
}

QString FolderHistory::startPhoto(const QStringList &arguments)
{
    const QString argument = argumentPath(arguments);
    return !argument.isEmpty() && QFileInfo(argument).isFile() ? argument : QString();
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

QUrl FolderHistory::localUrl(const QString &path)
{
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
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
