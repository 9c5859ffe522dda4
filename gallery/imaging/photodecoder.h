#pragma once

#include <QIODevice>
#include <QImage>
#include <QImageIOHandler>
#include <QSize>
#include <QString>

#include "metadata/exiv2extractor.h"

#include <atomic>
#include <functional>

class PhotoSource;

/** Finds a file's embedded preview: Exiv2 in this process, or the same in a helper process (PreviewWorkers). */
using PreviewLookup = std::function<Exiv2Extractor::Preview(const QString &path, int minEdge)>;

/** A decoded picture, or why there is none. */
struct DecodedPhoto
{
    QImage image;
    QString error;            // why there is no image
    bool fromPreview = false; // an embedded preview, not the photo itself (Thumbnailer)
    QSize original;           // the photo's upright size, when known
    bool retry = false;       // the failure may not recur (a helper that crashed or timed out): not to be remembered
};

/**
 * Decodes a photo scaled to fit a box, upright (Exif orientations 1-8): the one decoder behind
 * thumbnails, the detail pane, the lightbox and export's resized copies. JPEGs read into memory go to
 * ScaledJpegDecoder (libjpeg-turbo's DCT scaling), HEIF and AVIF to HeifDecoder (libheif), JPEG XL to
 * JpegXlDecoder (libjxl); everything else to QImageReader, which scales JPEG in the DCT too and decodes
 * other formats whole. Never enlarges. Reentrant.
 */
class PhotoDecoder
{
public:
    /**
     * Qt refuses images over 256 MB by default; a 100 MP panorama decodes to 400 MB of RGBA. Formats
     * without scaled decoding (PNG, TIFF, WebP) need the whole image in memory once, so the limit is
     * raised for them to 512 MB (134 MP of RGBA), and no further: a PNG bomb of 16000 x 16000 deflates
     * to 1 GB from 1 MB, and two pool threads decoding two of them must not take 2 GB. Process-wide,
     * set on the first decode.
     */
    static constexpr int s_allocationLimitMB = 512;
    /**
     * Larger pictures are refused before decoding. Scaled decoding keeps memory small whatever the size,
     * but not time: a 16000 x 16000 PNG bomb (1 MB of zeros) took 5 s of inflating for one tile. 200 MP
     * is twice the largest panoramas Byline's users publish.
     */
    static constexpr qint64 s_maxPixels = 200'000'000;
    /**
     * Whether a picture of @p size may be decoded whole to 8-bit RGBA within s_allocationLimitMB, for the
     * decoders Qt's allocation limit does not cover (libheif, libjxl): an error message, or empty.
     */
    [[nodiscard]] static QString wholeDecodeProblem(QSize size);

    /** The whole photo at @p path, scaled on decode to fit @p box. */
    [[nodiscard]] static DecodedPhoto fitted(const QString &path, QSize box);
    /** The same from an open device (a file already read into memory, say). */
    [[nodiscard]] static DecodedPhoto fitted(QIODevice *device, QSize box);
    /**
     * The same from an open PhotoSource, which it loads; stops early when @p cancelled. A picture shown
     * from an embedded preview (a camera RAW, a Photoshop file Byline cannot decode) is looked up through
     * @p lookup, in this process when it is empty.
     */
    [[nodiscard]] static DecodedPhoto fitted(PhotoSource &source, QSize box,
                                             const std::atomic<bool> *cancelled = nullptr,
                                             const PreviewLookup &lookup = {});
    /** The Exif orientation Qt reads from the photo on @p device. */
    [[nodiscard]] static QImageIOHandler::Transformations orientationOf(QIODevice *device);
};
