#include "thumbnailmemorycache.h"

ThumbnailMemoryCache::ThumbnailMemoryCache(qint64 maxBytes) : m_images(qsizetype(maxBytes / 1024)) {}

QImage ThumbnailMemoryCache::find(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const QImage *image = m_images.object(key);
    return image ? *image : QImage();
}

void ThumbnailMemoryCache::insert(const QString &key, const QImage &image)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
}

qint64 ThumbnailMemoryCache::usedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_images.totalCost()) * 1024;
}

QString ThumbnailMemoryCache::keyFor(const QString &path, qint64 stamp, qint64 fileSize, int edge)
{
    return path + u'\n' + QString::number(stamp) + u'\n' + QString::number(fileSize) + u'\n' + QString::number(edge);
}
