#include "pngstructure.h"

#include <QByteArrayView>
#include <QtEndian>

namespace PngStructure {

namespace {

constexpr qint64 s_signatureSize = 8;
constexpr qint64 s_chunkOverhead = 12; // length, type and CRC around the data
// The IEND chunk every encoder writes: no data, then the CRC of "IEND".
constexpr QByteArrayView s_iend("\0\0\0\0IEND\xAE\x42\x60\x82", 12);

// A cut between chunks, or inside one that is not image data.
QString cutBetween(bool imageDataSeen)
{
    return imageDataSeen ? QStringLiteral("the file is truncated: it ends before its PNG end chunk (IEND)")
                         : QStringLiteral("the file is truncated before its image data");
}

} // namespace

QString truncation(const ReadAt &readAt, qint64 fileSize)
{
    if (fileSize >= s_signatureSize + s_chunkOverhead && readAt(fileSize - s_chunkOverhead, s_chunkOverhead) == s_iend)
        return {};
    qint64 offset = s_signatureSize;
    bool imageDataSeen = false;
    for (int seen = 0; seen < s_maxChunks; ++seen) {
        const QByteArray header = readAt(offset, 8);
        if (header.size() < 8)
            return cutBetween(imageDataSeen);
        const qint64 length = qFromBigEndian<quint32>(header.constData());
        const QByteArrayView type = QByteArrayView(header).sliced(4, 4);
        const bool imageData = type == "IDAT";
        if (offset + s_chunkOverhead + length > fileSize) {
            return imageData ? QStringLiteral("the file is truncated inside its image data")
                             : cutBetween(imageDataSeen);
        }
        if (type == "IEND")
            return {}; // whole, with bytes after its end (appended data is not Byline's business)
        imageDataSeen |= imageData;
        offset += s_chunkOverhead + length;
    }
    return {};
}

} // namespace PngStructure
