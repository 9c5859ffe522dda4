#pragma once

#include "photodecoder.h"

#include "metadata/exiv2extractor.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>

/**
 * Makes one thumbnail from an image file, by the fastest path that gives a picture at least as large as
 * asked: an embedded preview (Exif thumbnail and the like) when it is large enough, else a scaled
 * decode (PhotoDecoder: the full image is never decoded). The picture is always upright (Exif
 * orientations 1-8, previews included). Reentrant.
 */
class Thumbnailer
{
public:
    using Result = DecodedPhoto;

    /** Finds a file's embedded preview: embeddedPreview() itself, or the same in a helper process. */
    using PreviewLookup = ::PreviewLookup;

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
};
