#include "thumbnailresponse.h"

#include "metadata/nativepath.h"
#include "workerpriority.h"

#include "metadata/photofile.h"

#include "deferredcachewrites.h"
#include "errortile.h"
#include "imaging/thumbnailer.h"
#include "previewworkers.h"
#include "thumbnaildiskcache.h"
#include "thumbnailmemorycache.h"

#include <QFileInfo>

#include <exception>
#include <new>
#include <sys/stat.h>

namespace {

QImage fittedTo(const QImage &image, int edge)
{
    if (image.width() <= edge && image.height() <= edge)
        return image;
    return image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// What a placeholder shows for a file without an embedded preview: nothing, so the tile's own
// background stays until the sharp thumbnail arrives.
QImage transparentPixel()
{
    QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
    pixel.fill(Qt::transparent);
    return pixel;
}

} // namespace

ThumbnailResponse::ThumbnailResponse(QString path, int edge, Mode mode, std::shared_ptr<ThumbnailMemoryCache> memory,
                                     std::shared_ptr<ThumbnailDiskCache> disk, std::shared_ptr<PreviewWorkers> previews,
                                     std::shared_ptr<DeferredCacheWrites> writes)
    : m_path(std::move(path)), m_edge(edge), m_mode(mode), m_memory(std::move(memory)), m_disk(std::move(disk)),
      m_previews(std::move(previews)), m_writes(std::move(writes))
{
    setAutoDelete(false); // the QML engine owns the response
}

QQuickTextureFactory *ThumbnailResponse::textureFactory() const
{
    return QQuickTextureFactory::textureFactoryForImage(m_image);
}

void ThumbnailResponse::run()
{
    WorkerPriority::yieldToWindow();
    if (m_cancelled) {
        m_problem = QStringLiteral("cancelled");
        finish({});
        return;
    }
    // finished() must be emitted on every path, or the tile waits for ever: a failed allocation in a
    // decoder, or anything else thrown, is this file's error.
    QImage image;
    try {
        image = produce();
    } catch (const std::bad_alloc &) {
        m_problem = QStringLiteral("not enough memory to make this thumbnail");
    } catch (const std::exception &error) {
        m_problem = QStringLiteral("cannot make the thumbnail: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    finish(image);
}

QImage ThumbnailResponse::produce()
{
    struct stat status
    {
    };
    if (::stat(NativePath::encode(m_path).constData(), &status) != 0 || !S_ISREG(status.st_mode)) {
        m_problem = QStringLiteral("no such file");
        return {};
    }
    PhotoFile file;
    file.setStatus(status);
    m_stamp = file.metadataStamp();
    const qint64 mtime = status.st_mtim.tv_sec; // what the freedesktop cache keys on
    // The memory tier keys on the change stamp (mtime, ctime, inode) and the size: a file replaced by
    // another, even of the same size and mtime, must not get the old picture.
    const QString key = ThumbnailMemoryCache::keyFor(m_path, m_stamp, file.size, m_edge);
    if (const QImage cached = cachedThumbnail(key, mtime, file.size); !cached.isNull() || !m_problem.isEmpty())
        return cached;
    if (m_mode == Mode::Placeholder)
        return placeholder();
    return decoded(key, mtime, file.size);
}

// The memory tier, then the disk tier (which also remembers files that failed before).
QImage ThumbnailResponse::cachedThumbnail(const QString &memoryKey, qint64 mtime, qint64 fileSize)
{
    if (const QImage cached = m_memory->find(memoryKey); !cached.isNull())
        return cached;
    if (!m_disk)
        return {};
    // The thumbnail first: it is what a reopened folder finds for nearly every file.
    if (const QImage stored = m_disk->load(m_path, mtime, ThumbnailDiskCache::flavorFor(m_edge), fileSize, m_stamp);
        !stored.isNull()) {
        const QImage image = fittedTo(stored, m_edge);
        m_memory->insert(memoryKey, image);
        return image;
    }
    if (const std::optional<QString> failure = m_disk->failure(m_path, mtime, fileSize, m_stamp))
        m_problem = failure->isEmpty() ? QStringLiteral("this file could not be thumbnailed before and has not changed")
                                       : *failure;
    return {};
}

Thumbnailer::PreviewLookup ThumbnailResponse::previewLookup() const
{
    if (!m_previews)
        return Thumbnailer::embeddedPreview;
    return [previews = m_previews](const QString &path, int minEdge) { return previews->lookup(path, minEdge); };
}

QImage ThumbnailResponse::placeholder()
{
    const QImage preview = Thumbnailer::preview(m_path, m_edge, previewLookup());
    return preview.isNull() ? transparentPixel() : preview;
}

QImage ThumbnailResponse::decoded(const QString &memoryKey, qint64 mtime, qint64 fileSize)
{
    // Made at the disk cache's size, so the entry serves every request up to it.
    const auto flavor = ThumbnailDiskCache::flavorFor(m_edge);
    const Thumbnailer::Result made = Thumbnailer::make(m_path, int(flavor), &m_cancelled, previewLookup());
    if (made.image.isNull()) {
        m_problem = made.error;
        if (m_disk && !m_cancelled && !made.retry)
            m_disk->markFailed(m_path, mtime, m_problem, fileSize, m_stamp);
        return {};
    }
    if (m_disk) {
        auto store = [disk = m_disk, path = m_path, mtime, flavor, made, fileSize, stamp = m_stamp] {
            disk->store(path, mtime, flavor, made.image, fileSize, made.original, stamp);
        };
        if (!m_writes || !m_writes->defer(store, made.image.sizeInBytes()))
            store();
    }
    const QImage image = fittedTo(made.image, m_edge);
    m_memory->insert(memoryKey, image);
    return image;
}

void ThumbnailResponse::finish(const QImage &image)
{
    m_image = image.isNull() ? ErrorTile::make(m_edge, m_problem) : image;
    // The engine may delete the response once it has finished(), and a poller once it is done.
    m_finished.deliver([this] { emit finished(); });
}
