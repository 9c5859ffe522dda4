#include "jpegmetadatasplice.h"

#include "jpegstructure.h"

const QByteArray JpegMetadataSplice::s_exifSignature("Exif\0\0", 6);
const QByteArray JpegMetadataSplice::s_xmpSignature("http://ns.adobe.com/xap/1.0/\0", 29);

namespace {

const QByteArray s_iccSignature("ICC_PROFILE\0", 12);
constexpr quint8 s_app0 = 0xE0, s_app11 = 0xEB, s_app15 = 0xEF, s_com = 0xFE;

QByteArray segment(quint8 marker, const QByteArray &payload)
{
    const auto length = quint16(payload.size() + 2);
    QByteArray out;
    out.reserve(payload.size() + 4);
    out.append(char(0xFF)).append(char(marker)).append(char(length >> 8)).append(char(length & 0xFF));
    return out + payload;
}

bool isAppOrComment(quint8 marker)
{
    return (marker >= s_app0 && marker <= s_app15) || marker == s_com;
}

// The segments of the old file that say nothing true of the copy, or that the copy gets anew.
bool isReplaced(quint8 marker, QByteArrayView payload)
{
    switch (marker) {
    case s_app0:
        return payload.startsWith("JFXX"); // a JFIF extension thumbnail
    case JpegStructure::s_app1:            // Exif, XMP and its extension: written anew
    case s_app11:                          // JUMBF: a C2PA manifest signs the old bytes
    case JpegStructure::s_app12:           // carried from the original, as comments are
    case s_com:
        return true;
    case JpegStructure::s_app2:
        return payload.startsWith("MPF"); // offsets into the old file
    case JpegStructure::s_app13:
        return payload.startsWith(JpegStructure::s_photoshopSignature);
    default:
        return false;
    }
}

QByteArray iccSegments(const QByteArray &profile, QStringList &warnings)
{
    constexpr qsizetype chunk = JpegMetadataSplice::s_maxPayload - 14; // signature, sequence number, count
    const qsizetype count = (profile.size() + chunk - 1) / chunk;
    if (count > 255) {
        warnings.append(
            QStringLiteral("the ICC profile (%1 bytes) is too large for a JPEG and was left out").arg(profile.size()));
        return {};
    }
    QByteArray out;
    for (qsizetype i = 0; i < count; ++i)
        out +=
            segment(JpegStructure::s_app2, s_iccSignature + char(i + 1) + char(count) + profile.mid(i * chunk, chunk));
    return out;
}

QByteArray app13Segments(const QByteArray &resources)
{
    constexpr qsizetype chunk = JpegMetadataSplice::s_maxPayload - JpegStructure::s_photoshopSignature.size();
    QByteArray out;
    for (qsizetype offset = 0; offset < resources.size(); offset += chunk)
        out += segment(JpegStructure::s_app13,
                       JpegStructure::s_photoshopSignature.toByteArray() + resources.mid(offset, chunk));
    return out;
}

// One APP1 segment, or nothing with a warning when the block is over a segment's size.
QByteArray app1(const QByteArray &signature, const QByteArray &block, const char *what, QStringList &warnings)
{
    if (block.isEmpty())
        return {};
    if (signature.size() + block.size() > JpegMetadataSplice::s_maxPayload) {
        warnings.append(QStringLiteral("the %1 block (%2 bytes) is too large for a JPEG segment and was left out")
                            .arg(QLatin1String(what))
                            .arg(block.size()));
        return {};
    }
    return segment(JpegStructure::s_app1, signature + block);
}

} // namespace

JpegMetadataSplice::Result JpegMetadataSplice::splice(QByteArrayView jpeg, const Segments &segments)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    if (structure.status != JpegStructure::Status::Complete)
        return {{}, QStringLiteral("not a complete JPEG: %1").arg(structure.problem), {}};
    Result result;
    QByteArray leading, kept, coding; // APP0 JFIF first (JFIF requires it), then other APPn, then the tables
    bool hasIcc = false;
    for (const JpegSegment &s : structure.segments) {
        const QByteArrayView payload = jpeg.sliced(s.payloadOffset, s.payloadSize);
        const QByteArrayView whole = jpeg.sliced(s.offset, s.payloadOffset + s.payloadSize - s.offset);
        if (isAppOrComment(s.marker) && isReplaced(s.marker, payload))
            continue;
        hasIcc = hasIcc || (s.marker == JpegStructure::s_app2 && payload.startsWith(s_iccSignature));
        QByteArray &part = s.marker == s_app0 && kept.isEmpty() ? leading : isAppOrComment(s.marker) ? kept : coding;
        part.append(whole.toByteArray());
    }
    QByteArray out = jpeg.first(2).toByteArray(); // SOI
    out += leading;
    out += app1(s_exifSignature, segments.exif, "Exif", result.warnings);
    out += app1(s_xmpSignature, segments.xmp, "XMP", result.warnings);
    if (!hasIcc && !segments.icc.isEmpty())
        out += iccSegments(segments.icc, result.warnings);
    out += kept;
    for (const QByteArray &carried : segments.carried)
        out += carried;
    out += app13Segments(segments.photoshopResources);
    out += coding;
    out += jpeg.sliced(structure.headerEnd).toByteArray();
    result.jpeg = out;
    return result;
}
