#pragma once

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <memory>

class ThumbnailDiskCache;
class ThumbnailMemoryCache;

/**
 * image://thumb/<percent-encoded absolute path> for QML Images: thumbnails made on the provider's own
 * thread pool (the global pool belongs to the application), through a memory cache and the shared
 * freedesktop disk cache. The requested size picks the edge (256 px when none is given).
 */
class ThumbnailProvider : public QQuickAsyncImageProvider
{
public:
    static constexpr int s_defaultEdge = 256;

    explicit ThumbnailProvider(int threads = 0, const QString &diskCacheRoot = {});
    ~ThumbnailProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    /** Waits for the pool to drain; for tests and shutdown. */
    bool waitForDone(int milliseconds) { return m_pool.waitForDone(milliseconds); }
    [[nodiscard]] const ThumbnailMemoryCache &memoryCache() const { return *m_memory; }

private:
    QThreadPool m_pool;
    std::shared_ptr<ThumbnailMemoryCache> m_memory;
    std::shared_ptr<ThumbnailDiskCache> m_disk;
};
