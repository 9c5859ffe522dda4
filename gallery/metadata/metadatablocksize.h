#pragma once

#include "imageformat.h"

#include <QByteArray>

#include <functional>

/**
 * The size of the largest metadata block (XMP, Exif, text) a PNG or WebP file declares, told from its
 * chunk headers alone, so a file whose metadata is too large to parse quickly never reaches Exiv2 (which
 * took 9 s over a PNG with 20 MB of XMP). Other formats answer 0: JPEG headers are read by Byline itself
 * under their own cap, and TIFF keeps its metadata in IFDs this does not walk.
 */
class MetadataBlockSize
{
public:
    /** Reads @p length bytes at @p offset; fewer (or none) at the end of the file or on an error. */
    using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

    /** More than this many bytes of metadata in one block is not a caption: it is bloat or an attack. */
    static constexpr qint64 s_maxBytes = 4 * 1024 * 1024;

    [[nodiscard]] static qint64 largest(const ImageFormat &format, const ReadAt &readAt);

private:
    [[nodiscard]] static qint64 largestPngChunk(const ReadAt &readAt);
    [[nodiscard]] static qint64 largestWebPChunk(const ReadAt &readAt);
};
