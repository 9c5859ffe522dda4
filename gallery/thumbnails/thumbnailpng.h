#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>

/**
 * Encodes a thumbnail as the PNG the freedesktop cache stores: 8-bit RGB (RGBA when the image has
 * alpha), its text chunks (Thumb::URI and the like) as tEXt, with one fixed row filter and Huffman-only
 * deflate (thumbnailpng.cpp says why). Written with libpng directly because QImageWriter offers neither:
 * its compression setting maps 0-100 onto zlib's 0-9, so the "1" an earlier version passed stored the
 * pixels uncompressed (148 KB for a 256 x 192 thumbnail instead of about 70 KB), and it always lets
 * libpng try all five filters on every row, which costs more than the deflate itself.
 */
class ThumbnailPng
{
public:
    using TextChunks = QList<std::pair<QByteArray, QByteArray>>; // key, Latin-1 value

    /** Writes @p image with @p text to @p device; an error message, or empty on success. */
    [[nodiscard]] static QString write(QIODevice &device, const QImage &image, const TextChunks &text);
};
