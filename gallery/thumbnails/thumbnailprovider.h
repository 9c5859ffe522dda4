#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <limits>
#include <memory>

class DeferredCacheWrites;
class PreviewWorkers;
class ThumbnailDiskCache;
class ThumbnailMemoryCache;

/**
 * image://thumb/<version>/<percent-encoded absolute path> (ImageId) for QML Images: thumbnails made on the provider's
 * own thread pool (the global pool belongs to the application), through a memory cache and the shared freedesktop disk
 * cache. The requested size picks the edge (256 px when none is given).
 *
 * image://thumb/<path>?placeholder asks for the instant picture a tile shows first (a cached thumbnail
 * or the embedded preview; see ThumbnailResponse), which is queued ahead of the decodes.
 *
 * Scheduling: what the view asked for last is what the user is looking at now, so newer bursts of
 * requests run first. A burst is requests less than s_burstGapMs apart, and keeps its order, because a
 * view asks for a screenful of tiles at once, top to bottom: a clock-based batch would split a burst
 * that straddles its boundary and serve the buffered tiles below the screen before the visible ones.
 * A burst lasts at most s_longestBurstMs, so that while the user scrolls on, the rows now on screen
 * still go ahead of the ones asked for a moment ago.
 * Requests for tiles scrolled away are cancelled by the view and then cost nothing when their turn comes.
 */
class ThumbnailProvider : public QQuickAsyncImageProvider
{
public:
    static constexpr int s_defaultEdge = 256;
    static constexpr int s_burstGapMs = 50;
    /** Scrolling asks for a row every frame, never pausing: it still starts a new burst this often. */
    static constexpr int s_longestBurstMs = 250;

    /**
     * @p threads 0 means one per core; an empty @p diskCacheRoot means the user's freedesktop cache;
     * @p memoryBytes 0 means ThumbnailMemoryCache's default (128 MB).
     */
    explicit ThumbnailProvider(int threads = 0, const QString &diskCacheRoot = {}, qint64 memoryBytes = 0);
    ~ThumbnailProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    /** Waits for the pool to drain; for tests and shutdown. */
    bool waitForDone(int milliseconds) { return m_pool.waitForDone(milliseconds); }
    [[nodiscard]] const ThumbnailMemoryCache &memoryCache() const { return *m_memory; }
    /** The provider's own pool; tests hold it busy to watch the order in which requests run. */
    [[nodiscard]] QThreadPool &pool() { return m_pool; }

private:
    /** Requests count up from here (see priorityOf()); housekeeping goes below them all. */
    static constexpr int s_lowestPriority = std::numeric_limits<int>::min() / 2;
    static constexpr int s_housekeepingPriority = s_lowestPriority - 1;

    [[nodiscard]] int priorityOf(bool placeholder);

    QThreadPool m_pool;
    std::shared_ptr<ThumbnailMemoryCache> m_memory;
    std::shared_ptr<ThumbnailDiskCache> m_disk;
    std::shared_ptr<PreviewWorkers> m_previews;    // embedded previews, looked up in helper processes
    std::shared_ptr<DeferredCacheWrites> m_writes; // disk-cache entries, written behind the requests
    QMutex m_clockMutex;
    QElapsedTimer m_clock;
    qint64 m_lastRequestMs = 0;
    qint64 m_burstStartMs = 0;
    int m_burst = 0;
};
