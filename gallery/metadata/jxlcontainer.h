#pragma once

#include <QByteArray>
#include <QStringList>

#include <functional>

/**
 * The metadata boxes of a JPEG XL file in the ISO BMFF-style container (a bare codestream has none):
 * `Exif` (a 4-byte offset, then TIFF-structured Exif), `xml ` (an XMP packet), and either of them
 * Brotli-compressed in a `brob` box, which is what cjxl writes by default. Only the box headers and these
 * boxes are read; each is capped at s_maxBoxBytes before and after decompression, and a file of more than
 * s_maxBoxes boxes is read no further. Exiv2 0.27.6 knows none of this, so Byline reads it itself.
 */
namespace JxlContainer {

using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

/** As MetadataBlockSize: a larger metadata box is not read. */
constexpr qint64 s_maxBoxBytes = 4 * 1024 * 1024;
constexpr int s_maxBoxes = 10'000;

struct Metadata
{
    QByteArray exif; // TIFF-structured, from the byte order mark on
    QByteArray xmp;
    QStringList warnings;
};

/** The first Exif and XMP boxes of the file @p readAt reads, @p fileSize bytes long. */
[[nodiscard]] Metadata read(const ReadAt &readAt, qint64 fileSize);

} // namespace JxlContainer
