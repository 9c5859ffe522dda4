#pragma once

#include <QIODevice>
#include <QImage>
#include <QSize>
#include <QString>

#include "metadata/exiv2extractor.h"

#include <atomic>
#include <functional>

/**
 * Makes one thumbnail from an image file, by the fastest path that gives a picture at least as large as
 * asked: an embedded preview (Exif thumbnail and the like) when it is large enough, else a scaled
 * decode (QImageReader::setScaledSize, which for JPEG is libjpeg's DCT scaling: the full image is never
 * decoded). The picture is always upright (Exif orientations 1-8, previews included). Reentrant.
 */
class Thumbnailer
{
public:
    /**
     * Qt refuses images over 256 MB by default; a 100 MP panorama decodes to 400 MB of RGBA. Formats
     * without scaled decoding (PNG, TIFF, WebP) need the whole image in memory once, so the limit is
     * raised for them to 512 MB (134 MP of RGBA), and no further: a PNG bomb of 16000 x 16000 deflates
     * to 1 GB from 1 MB, and two pool threads decoding two of them must not take 2 GB.
     */
    static constexpr int s_allocationLimitMB = 512;
    /**
     * Larger pictures are refused before decoding. Scaled decoding keeps memory small whatever the size,
     * but not time: a 16000 x 16000 PNG bomb (1 MB of zeros) took 5 s of inflating for one tile. 200 MP
     * is twice the largest panoramas Byline's users publish.
     */
    static constexpr qint64 s_maxPixels = 200'000'000;

    /**
     * A photo up to this size is read into memory whole and decoded from there (faster, see
     * thumbnailer.cpp); a larger one is decoded as it is read from the file.
     */
    static constexpr qint64 s_maxInMemoryBytes = 64 * 1024 * 1024;

    struct Result
    {
        QImage image;
        QString error; // why there is no image
        bool fromPreview = false;
        QSize original; // the photo's upright size, when known
    };

    /** Finds a file's embedded preview: embeddedPreview() itself, or the same in a helper process. */
    using PreviewLookup = std::function<Exiv2Extractor::Preview(const QString &path, int minEdge)>;

    /** A thumbnail whose longer edge is @p edge (or less when the image itself is smaller). */
    [[nodiscard]] static Result make(const QString &path, int edge, const std::atomic<bool> *cancelled = nullptr,
                                     const PreviewLookup &lookup = embeddedPreview);
    /** Only the embedded preview, however small: an instant placeholder. Null when the file has none. */
    [[nodiscard]] static QImage preview(const QString &path, int edge, const PreviewLookup &lookup = embeddedPreview);
    /**
     * The smallest embedded preview (Exif thumbnail and the like) with an edge of at least @p minEdge,
     * else the largest, as stored; empty when there is none, or when the file is not a format Byline
     * lets Exiv2 read. The one place the thumbnailer calls Exiv2.
     */
    [[nodiscard]] static Exiv2Extractor::Preview embeddedPreview(const QString &path, int minEdge);
    /** The whole photo, upright, scaled on decode to fit @p box (never enlarged): for the detail pane. */
    [[nodiscard]] static Result fitted(const QString &path, QSize box);
    /** The same from an open device (a file already read into memory, say). */
    [[nodiscard]] static Result fitted(QIODevice *device, QSize box);
};
