#pragma once

#include "finishedsignal.h"
#include "imaging/thumbnailer.h"

#include <QImage>
#include <QQuickImageResponse>
#include <QRunnable>
#include <QSize>

#include <atomic>
#include <memory>

class DeferredCacheWrites;
class PreviewWorkers;
class ThumbnailDiskCache;
class ThumbnailMemoryCache;

/**
 * One thumbnail request of ThumbnailProvider, run on the provider's pool.
 *
 * A Sharp request goes through the memory cache, the freedesktop disk cache, then Thumbnailer (embedded
 * preview when large enough, else a scaled decode), writing back to both caches. A Placeholder request
 * is the cheap first picture a tile shows while its sharp one is made: a cached thumbnail when there is
 * one, else the embedded preview however small, else a transparent pixel; it never decodes the photo.
 *
 * finished() is emitted exactly once on every path. A file that cannot be thumbnailed still yields an
 * image, the error tile, with the reason in problem(): errorString() stays empty on purpose, because Qt
 * Quick drops the image of a response with an error string and prints a warning per broken tile.
 */
class ThumbnailResponse : public QQuickImageResponse, public QRunnable
{
    Q_OBJECT

public:
    enum class Mode
    {
        Sharp,
        Placeholder
    };

    ThumbnailResponse(QString path, int edge, Mode mode, std::shared_ptr<ThumbnailMemoryCache> memory,
                      std::shared_ptr<ThumbnailDiskCache> disk, std::shared_ptr<PreviewWorkers> previews = {},
                      std::shared_ptr<DeferredCacheWrites> writes = {});

    [[nodiscard]] QQuickTextureFactory *textureFactory() const override;
    /** The view no longer needs it (scrolled away): skip the work if it has not started. */
    void cancel() override { m_cancelled = true; }
    void run() override;

    /** Set after finished() has been emitted: from then on a poller may delete the response. */
    [[nodiscard]] bool isDone() const { return m_finished.isDone(); }
    [[nodiscard]] QImage image() const { return m_image; }
    /** Why the image is the error tile ("cancelled" for a skipped request); empty on success. */
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] Mode mode() const { return m_mode; }

private:
    QImage produce();
    QImage cachedThumbnail(const QString &memoryKey, qint64 mtime, qint64 fileSize);
    QImage placeholder();
    [[nodiscard]] Thumbnailer::PreviewLookup previewLookup() const;
    QImage decoded(const QString &memoryKey, qint64 mtime, qint64 fileSize);
    void finish(const QImage &image);

    QString m_path;
    int m_edge;
    Mode m_mode;
    std::shared_ptr<ThumbnailMemoryCache> m_memory;
    std::shared_ptr<ThumbnailDiskCache> m_disk;
    std::shared_ptr<PreviewWorkers> m_previews;    // null: previews are looked up in this process
    std::shared_ptr<DeferredCacheWrites> m_writes; // null: the disk-cache entry is written at once
    std::atomic<bool> m_cancelled{false};
    QImage m_image;
    QString m_problem;
    qint64 m_stamp = 0;        // the file's change stamp (PhotoFile::metadataStamp) when it was looked at
    FinishedSignal m_finished; // last: destroyed first, once an emission in progress has returned
};
