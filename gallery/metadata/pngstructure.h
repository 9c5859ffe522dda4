#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

/**
 * Whether a PNG file is whole: its chunks follow one another to the IEND chunk inside the file. A PNG cut
 * short (a copy or a download interrupted) keeps its signature and IHDR, so Qt's plugin reads its size,
 * but Qt decodes no part of it, not even when only IEND is missing: the reader and the thumbnailer report
 * it in these words, as they report a JPEG cut before its image data (docs/metadata.md, "Errors").
 */
namespace PngStructure {

/** Reads @p length bytes at @p offset; fewer (or none) at the end of the file or on an error. */
using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

/** A PNG of 12 MP in 8 KB IDAT chunks has about 2,000 chunks; a file with more is walked no further. */
inline constexpr int s_maxChunks = 100'000;

/**
 * Why the PNG of @p fileSize bytes read through @p readAt is cut short ("the file is truncated inside its
 * image data"), or "" when it is whole or is not walked to its end. A file that ends with an IEND chunk is
 * told whole from its last 12 bytes; any other is walked chunk by chunk.
 */
[[nodiscard]] QString truncation(const ReadAt &readAt, qint64 fileSize);

} // namespace PngStructure
