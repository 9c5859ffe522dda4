#include "batchreader.h"

#include "metadata/metadatareader.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <vector>

QList<PhotoRecord> BatchReader::read(const QList<PhotoFile> &files, int threadCount)
{
    // More threads than files, or than a few per core, only adds start-up and contention.
    const int maxUseful = qMax(1, QThread::idealThreadCount()) * 4;
    if (threadCount <= 0)
        threadCount = QThread::idealThreadCount();
    threadCount = int(
        std::clamp<qsizetype>(threadCount, 1, std::max<qsizetype>(1, std::min<qsizetype>(files.size(), maxUseful))));
    std::vector<PhotoRecord> records(files.size());
    if (threadCount == 1 || files.size() < 2) {
        for (qsizetype i = 0; i < files.size(); ++i)
            records[i] = MetadataReader::read(files[i]);
    } else {
        // A private pool: the global one belongs to the application (and to QML's image providers).
        QThreadPool pool;
        pool.setMaxThreadCount(threadCount);
        std::atomic<qsizetype> next{0};
        for (int t = 0; t < threadCount; ++t) {
            pool.start([&] {
                for (qsizetype i = next++; i < files.size(); i = next++)
                    records[i] = MetadataReader::read(files[i]);
            });
        }
        pool.waitForDone();
    }
    return QList<PhotoRecord>(std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
}
