#pragma once

#include "search/photorow.h"

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

/**
 * Watches an open folder and its photos, and says when something changed on disk, once per burst of
 * changes: saving a file in an editor is several writes, and costs one rescan.
 */
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    /**
     * inotify watches are a per-user system resource: past this many photos only the folder is
     * watched (adds, removals, renames and atomic saves are still seen; in-place edits need a rescan).
     */
    static constexpr int s_maxWatchedFiles = 2000;

    explicit FolderWatcher(QObject *parent = nullptr);

    /** Watches @p folder and, up to s_maxWatchedFiles of them, the files of @p rows; "" watches nothing. */
    void watch(const QString &folder, const QList<PhotoRow> &rows);
    /** How long after the last change changed() comes. */
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

signals:
    void changed();

private:
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
