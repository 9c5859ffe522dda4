#include "folderwatcher.h"

namespace {

constexpr int s_defaultDelayMs = 300;

} // namespace

FolderWatcher::FolderWatcher(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(s_defaultDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::changed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
}

void FolderWatcher::watch(const QString &folder, const QList<PhotoRow> &rows)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (folder.isEmpty())
        return;
    m_watcher.addPath(folder);
    if (rows.size() > s_maxWatchedFiles) // a pair's RAW makes it a little more, within reason
        return;
    QStringList files;
    for (const PhotoRow &row : rows) {
        files.append(row.path());
        if (row.hasCompanion()) // an edit of the RAW changes the pair's row too
            files.append(row.companionPath());
    }
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}
