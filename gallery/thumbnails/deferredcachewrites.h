#pragma once

#include <QThreadPool>

#include <atomic>
#include <functional>

/**
 * Disk-cache writes put off until the thumbnail pool has no request waiting: writing a thumbnail's PNG
 * is about a tenth of making it, and the user is waiting for the next tile, not for the cache. At most
 * s_maxPending writes wait (each holds its image); beyond that the caller writes at once.
 */
class DeferredCacheWrites
{
public:
    /** 32 thumbnails of 256 px are 6 MB; enough to let a screenful of decodes go first. */
    static constexpr int s_maxPending = 32;

    /** Writes run on @p pool at @p priority, which must be below every request's. */
    DeferredCacheWrites(QThreadPool &pool, int priority) : m_pool(pool), m_priority(priority) {}

    /** Queues @p write; false, and nothing queued, when s_maxPending writes already wait. */
    bool defer(std::function<void()> write);

    [[nodiscard]] int pending() const { return m_pending.load(); }

private:
    QThreadPool &m_pool;
    const int m_priority;
    std::atomic<int> m_pending{0};
};
