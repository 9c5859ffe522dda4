#include "readahead.h"

#include "isolation/readworker.h"
#include "metadata/metadatareader.h"

ReadAhead::ReadAhead(const QList<PhotoFile> &files, int threads, QString readWorker, const std::atomic<bool> &cancelled)
    : m_files(files), m_records(size_t(files.size())), m_done(size_t(files.size()), false), m_cancelled(cancelled),
      m_readWorker(std::move(readWorker))
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    for (int t = 0; t < m_pool.maxThreadCount(); ++t)
        m_pool.start([this] { m_readWorker.isEmpty() ? readLoop() : isolatedReadLoop(); });
}

ReadAhead::~ReadAhead()
{
    m_pool.waitForDone();
}

qsizetype ReadAhead::waitFor(qsizetype count)
{
    QMutexLocker lock(&m_mutex);
    while (m_contiguous < count && !m_cancelled)
        m_advanced.wait(&m_mutex, 50); // wake now and then to notice a cancel
    return m_contiguous;
}

void ReadAhead::readLoop()
{
    for (qsizetype i = m_next++; i < m_files.size() && !m_cancelled; i = m_next++)
        store(i, MetadataReader::read(m_files[i]));
}

// The same through a helper process of this thread's own, a batch of files at a time.
void ReadAhead::isolatedReadLoop()
{
    // Several of the helper's batches per claim, so it is rarely left waiting between claims.
    constexpr qsizetype s_claim = 4 * ReadWorker::s_batch;
    ReadWorker worker(m_readWorker, ReadWorker::defaultArguments());
    for (qsizetype from = m_next.fetch_add(s_claim); from < m_files.size() && !m_cancelled;
         from = m_next.fetch_add(s_claim)) {
        const QList<PhotoFile> batch = m_files.mid(from, s_claim);
        worker.read(
            batch, [this, from](qsizetype i, PhotoRecord record) { store(from + i, std::move(record)); }, &m_cancelled);
    }
}

PhotoRecord ReadAhead::take(qsizetype index)
{
    std::unique_ptr<PhotoRecord> record = std::move(m_records[size_t(index)]);
    return record ? std::move(*record) : PhotoRecord();
}

void ReadAhead::store(qsizetype index, PhotoRecord record)
{
    m_records[size_t(index)] = std::make_unique<PhotoRecord>(std::move(record));
    QMutexLocker lock(&m_mutex);
    m_done[size_t(index)] = true;
    while (m_contiguous < m_files.size() && m_done[size_t(m_contiguous)])
        ++m_contiguous;
    m_advanced.wakeAll();
}
