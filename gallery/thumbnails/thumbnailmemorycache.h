#pragma once

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QString>

/** Decoded thumbnails kept in memory, bounded by their size in bytes; shared by the provider's threads. */
class ThumbnailMemoryCache
{
public:
    /** About 500 screenfuls of 256-px tiles: enough to scroll back without decoding again. */
    static constexpr qint64 s_defaultBytes = 128 * 1024 * 1024;

    explicit ThumbnailMemoryCache(qint64 maxBytes = s_defaultBytes);

    [[nodiscard]] QImage find(const QString &key) const;
    void insert(const QString &key, const QImage &image);
    [[nodiscard]] qint64 usedBytes() const;

    /** The key of a thumbnail: the file, its modification time and size (a replaced file is another
        picture), and the requested edge. */
    [[nodiscard]] static QString keyFor(const QString &path, qint64 stamp, qint64 fileSize, int edge);

private:
    mutable QMutex m_mutex;
    QCache<QString, QImage> m_images; // cost in KiB, so 128 MB fits QCache's int
};
