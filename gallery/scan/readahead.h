#pragma once

#include "metadata/photofile.h"
#include "metadata/photorecord.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <vector>

/**
 * Reads files on a private pool while the scan's thread converts, stores and emits what is done, so the
 * readers never wait for the catalog. Results are taken in file order, as a contiguous done prefix.
 * With a helper program each pool thread reads through a ReadWorker of its own; without, in process.
 */
class ReadAhead
{
public:
    ReadAhead(const QList<PhotoFile> &files, int threads, QString readWorker, const std::atomic<bool> &cancelled);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /** Waits until at least @p count files (from the start) are read, or all that will be; returns how many. */
    qsizetype waitFor(qsizetype count);
    /** The record of file @p index, once waitFor() has counted it; moved out, so taken once. */
    PhotoRecord take(qsizetype index);

private:
    void readLoop();
    void isolatedReadLoop();
    void store(qsizetype index, PhotoRecord record);

    const QList<PhotoFile> &m_files;
    // A slot per file, filled when read and emptied when taken: a PhotoRecord is ~700 bytes even when
    // empty, so a 100,000-file scan would otherwise hold 70 MB of them from the start.
    std::vector<std::unique_ptr<PhotoRecord>> m_records;
    std::vector<bool> m_done;
    const std::atomic<bool> &m_cancelled;
    const QString m_readWorker;
    std::atomic<qsizetype> m_next{0};
    qsizetype m_contiguous = 0;
    QMutex m_mutex;
    QWaitCondition m_advanced;
    QThreadPool m_pool;
};
