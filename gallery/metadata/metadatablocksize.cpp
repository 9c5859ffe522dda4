#include "metadatablocksize.h"

#include <QtEndian>

namespace {

// A PNG of 12 MP written in 8 KB IDAT chunks has about 2,000 chunks; a file with more is walked no further.
constexpr int s_maxChunks = 100000;

bool isPngMetadata(QByteArrayView type)
{
    return type == "iTXt" || type == "zTXt" || type == "tEXt" || type == "eXIf";
}

bool isWebPMetadata(QByteArrayView fourcc)
{
    return fourcc == "XMP " || fourcc == "EXIF";
}

} // namespace

qint64 MetadataBlockSize::largest(const ImageFormat &format, const ReadAt &readAt)
{
    switch (format.kind()) {
    case ImageFormat::Kind::Png:
        return largestPngChunk(readAt);
    case ImageFormat::Kind::WebP:
        return largestWebPChunk(readAt);
    default:
        return 0;
    }
}

// PNG: the 8-byte signature, then chunks of a big-endian length, a type, the data and a CRC.
qint64 MetadataBlockSize::largestPngChunk(const ReadAt &readAt)
{
    qint64 largest = 0;
    qint64 offset = 8;
    for (int i = 0; i < s_maxChunks; ++i) {
        const QByteArray header = readAt(offset, 8);
        if (header.size() < 8)
            break;
        const qint64 length = qFromBigEndian<quint32>(header.constData());
        const QByteArrayView type(header.constData() + 4, 4);
        if (isPngMetadata(type))
            largest = qMax(largest, length);
        if (type == "IEND")
            break;
        offset += 12 + length;
    }
    return largest;
}

// WebP: "RIFF", a size, "WEBP", then chunks of a fourcc, a little-endian size and the data, padded to even.
qint64 MetadataBlockSize::largestWebPChunk(const ReadAt &readAt)
{
    qint64 largest = 0;
    qint64 offset = 12;
    for (int i = 0; i < s_maxChunks; ++i) {
        const QByteArray header = readAt(offset, 8);
        if (header.size() < 8)
            break;
        const qint64 size = qFromLittleEndian<quint32>(header.constData() + 4);
        if (isWebPMetadata(QByteArrayView(header.constData(), 4)))
            largest = qMax(largest, size);
        offset += 8 + size + (size & 1);
    }
    return largest;
}
