#pragma once

#include <QThreadPool>

#include <atomic>
#include <functional>

/**
 * Disk-cache writes put off until the thumbnail pool has no request waiting: writing a thumbnail's PNG
 * takes about 1 ms of the 30 a thumbnail costs, and the user is waiting for the next tile, not for the
 * cache. Each
 * waiting write holds its image, so at most s_maxPendingBytes of them wait; beyond that the caller
 * writes at once.
 */
class DeferredCacheWrites
{
public:
    /** 40 thumbnails of 256 px, a screenful; two of the 1024-px flavour. */
    static constexpr qint64 s_maxPendingBytes = 8 * 1024 * 1024;

    /** Writes run on @p pool at @p priority, which must be below every request's. */
    DeferredCacheWrites(QThreadPool &pool, int priority) : m_pool(pool), m_priority(priority) {}

    /** Queues @p write, which holds @p bytes until it has run; false, and nothing queued, when full. */
    bool defer(std::function<void()> write, qint64 bytes);

    [[nodiscard]] qint64 pendingBytes() const { return m_pendingBytes.load(); }

private:
    QThreadPool &m_pool;
    const int m_priority;
    std::atomic<qint64> m_pendingBytes{0};
};
