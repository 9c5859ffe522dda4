#include "jpegstructure.h"

namespace {

constexpr quint8 s_soi = 0xD8;
constexpr quint8 s_eoi = 0xD9;
constexpr quint8 s_sos = 0xDA;
constexpr quint8 s_app13 = 0xED;
const QByteArray s_photoshopSignature("Photoshop 3.0\0", 14);

bool isFrameMarker(quint8 marker)
{
    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool isStandalone(quint8 marker)
{
    return (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01 || marker == s_soi;
}

quint16 readU16(const unsigned char *p)
{
    return static_cast<quint16>((p[0] << 8) | p[1]);
}

} // namespace

JpegStructure JpegStructure::scan(QByteArrayView data)
{
    JpegStructure result;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    if (size < 2 || bytes[0] != 0xFF || bytes[1] != s_soi)
        return result;

    qsizetype pos = 2;
    while (true) {
        // Find the next marker; libjpeg skips stray bytes between segments, so do we, with a warning.
        const qsizetype searchStart = pos;
        while (pos < size && bytes[pos] != 0xFF)
            ++pos;
        while (pos + 1 < size && bytes[pos + 1] == 0xFF)
            ++pos; // fill bytes
        if (pos + 1 >= size) {
            result.status = Status::NeedMoreData;
            return result;
        }
        if (pos != searchStart)
            result.warnings << QStringLiteral("%1 stray bytes before the JPEG marker at offset %2")
                                   .arg(pos - searchStart)
                                   .arg(pos);
        const quint8 marker = bytes[pos + 1];
        if (marker == 0x00 || isStandalone(marker)) {
            pos += 2;
            continue;
        }
        if (marker == s_eoi) {
            result.status = Status::Corrupt;
            result.problem = QStringLiteral("the JPEG stream ends before any image data");
            return result;
        }
        if (pos + 4 > size) {
            result.status = Status::NeedMoreData;
            return result;
        }
        const quint16 length = readU16(bytes + pos + 2);
        if (length < 2) {
            result.status = Status::Corrupt;
            result.problem = QStringLiteral("invalid JPEG segment length at offset %1").arg(pos);
            return result;
        }
        JpegSegment segment{marker, pos, pos + 4, qsizetype(length) - 2};
        if (segment.payloadOffset + segment.payloadSize > size) {
            result.status = Status::NeedMoreData;
            return result;
        }
        result.segments.append(segment);
        if (isFrameMarker(marker) && !result.hasFrame()) {
            if (segment.payloadSize < 6) {
                result.status = Status::Corrupt;
                result.problem = QStringLiteral("the JPEG frame header is too short");
                return result;
            }
            const unsigned char *frame = bytes + segment.payloadOffset;
            result.frameMarker = marker;
            result.height = readU16(frame + 1);
            result.width = readU16(frame + 3);
        }
        pos = segment.payloadOffset + segment.payloadSize;
        if (marker == s_sos) {
            result.headerEnd = pos;
            if (!result.hasFrame()) {
                result.status = Status::Corrupt;
                result.problem = QStringLiteral("the JPEG image data starts without a frame header");
                return result;
            }
            result.status = Status::Complete;
            return result;
        }
    }
}

QByteArray JpegStructure::photoshopResources(QByteArrayView data) const
{
    QByteArray blob;
    for (const JpegSegment &segment : segments) {
        if (segment.marker != s_app13 || segment.payloadSize < s_photoshopSignature.size())
            continue;
        const QByteArrayView payload = data.sliced(segment.payloadOffset, segment.payloadSize);
        if (!payload.startsWith(s_photoshopSignature))
            continue;
        blob.append(payload.sliced(s_photoshopSignature.size()));
    }
    return blob;
}
