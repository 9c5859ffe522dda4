#include "thumbnailresponse.h"

#include "thumbnaildiskcache.h"
#include "thumbnailer.h"
#include "thumbnailmemorycache.h"

#include <QFileInfo>
#include <QPainter>

namespace {

QImage fittedTo(const QImage &image, int edge)
{
    if (image.width() <= edge && image.height() <= edge)
        return image;
    return image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// A neutral tile with a cross, so a broken file is visibly broken rather than missing.
QImage errorImage(int edge)
{
    const int width = qMax(16, edge), height = qMax(12, edge * 3 / 4);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(96, 96, 96));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(200, 80, 80), qMax(2, edge / 32)));
    const int inset = qMin(width, height) / 3;
    painter.drawLine(inset, inset, width - inset, height - inset);
    painter.drawLine(width - inset, inset, inset, height - inset);
    return image;
}

} // namespace

ThumbnailResponse::ThumbnailResponse(QString path, int edge, std::shared_ptr<ThumbnailMemoryCache> memory,
                                     std::shared_ptr<ThumbnailDiskCache> disk)
    : m_path(std::move(path)), m_edge(edge), m_memory(std::move(memory)), m_disk(std::move(disk))
{
    setAutoDelete(false); // the QML engine owns the response
}

QQuickTextureFactory *ThumbnailResponse::textureFactory() const
{
    return QQuickTextureFactory::textureFactoryForImage(m_image);
}

void ThumbnailResponse::run()
{
    if (m_cancelled) {
        finish({}, QStringLiteral("cancelled"));
        return;
    }
    const QImage image = produce();
    finish(image, m_error);
}

QImage ThumbnailResponse::produce()
{
    const QFileInfo info(m_path);
    if (!info.isFile()) {
        m_error = QStringLiteral("no such file");
        return {};
    }
    const qint64 mtime = info.lastModified().toSecsSinceEpoch();
    const QString key = ThumbnailMemoryCache::keyFor(m_path, mtime, m_edge);
    if (const QImage cached = m_memory->find(key); !cached.isNull())
        return cached;
    const auto flavor = ThumbnailDiskCache::flavorFor(m_edge);
    if (m_disk && m_disk->hasFailed(m_path, mtime)) {
        m_error = QStringLiteral("this file could not be thumbnailed before and has not changed");
        return {};
    }
    if (m_disk) {
        if (const QImage stored = m_disk->load(m_path, mtime, flavor); !stored.isNull()) {
            const QImage image = fittedTo(stored, m_edge);
            m_memory->insert(key, image);
            return image;
        }
    }
    // Made at the disk cache's size, so the entry serves every request up to it.
    const Thumbnailer::Result made = Thumbnailer::make(m_path, int(flavor), &m_cancelled);
    if (made.image.isNull()) {
        m_error = made.error;
        if (m_disk && !m_cancelled)
            m_disk->markFailed(m_path, mtime);
        return {};
    }
    if (m_disk)
        m_disk->store(m_path, mtime, flavor, made.image, info.size());
    const QImage image = fittedTo(made.image, m_edge);
    m_memory->insert(key, image);
    return image;
}

void ThumbnailResponse::finish(const QImage &image, const QString &error)
{
    m_error = error;
    m_image = image.isNull() ? errorImage(m_edge) : image;
    m_done = true;
    emit finished();
}
