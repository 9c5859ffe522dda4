#pragma once

#include <QImage>
#include <QQuickImageResponse>
#include <QRunnable>
#include <QSize>

#include <atomic>
#include <memory>

class ThumbnailDiskCache;
class ThumbnailMemoryCache;

/**
 * One thumbnail request of ThumbnailProvider, run on the provider's pool: memory cache, then the
 * freedesktop disk cache, then Thumbnailer (embedded preview or scaled decode), writing back to both
 * caches. finished() is emitted exactly once on every path: a hit, an error (with an error image and
 * errorString()), or a cancel.
 */
class ThumbnailResponse : public QQuickImageResponse, public QRunnable
{
    Q_OBJECT

public:
    ThumbnailResponse(QString path, int edge, std::shared_ptr<ThumbnailMemoryCache> memory,
                      std::shared_ptr<ThumbnailDiskCache> disk);

    [[nodiscard]] QQuickTextureFactory *textureFactory() const override;
    [[nodiscard]] QString errorString() const override { return m_error; }
    /** The view no longer needs it (scrolled away): skip the work if it has not started. */
    void cancel() override { m_cancelled = true; }
    void run() override;

    /** Set, after the image, just before finished() is emitted. */
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] QImage image() const { return m_image; }

private:
    QImage produce();
    void finish(const QImage &image, const QString &error = {});

    QString m_path;
    int m_edge;
    std::shared_ptr<ThumbnailMemoryCache> m_memory;
    std::shared_ptr<ThumbnailDiskCache> m_disk;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_done{false};
    QImage m_image;
    QString m_error;
};
