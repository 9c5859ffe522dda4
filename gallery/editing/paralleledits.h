#pragma once

#include <QStringList>

#include <functional>

class BackupStore;
class MetadataEditor;

/**
 * Runs one job per photo (plan and write, or write a plan) on several threads, each with its own
 * MetadataEditor over one BackupStore. A write waits on its flushes and on reading its file back; a
 * second thread works meanwhile, which is most of what a batch of writes gains (docs/performance.md).
 *
 * Photos that share a name before the first dot in one folder (a RAW and its JPEG, which share a
 * sidecar; the same file given twice, or through a symbolic link) run on one thread, in the order given, so no file is
 * ever written by two threads at once. The job for index i may write only its own slot of whatever it fills.
 */
class ParallelEdits
{
public:
    using Job = std::function<void(MetadataEditor &editor, qsizetype index)>;

    /** How many threads a batch of @p count photos gets: one per core, at most s_maxThreads (each holds
     *  three or four copies of its photo, and past two the page cache's copying is the limit anyway). */
    [[nodiscard]] static int threadsFor(qsizetype count);
    /** Runs @p job for every index of @p paths on @p threads threads (0: threadsFor()), the calling
     *  thread one of them; returns when every job has run. */
    static void run(BackupStore &store, const QStringList &paths, const Job &job, int threads = 0);

    static constexpr int s_maxThreads = 2;
};
