#include "jpegphotoshopblock.h"

#include "jpegstructure.h"
#include "photoshopresources.h"

namespace {

// An APP13 payload is at most 65533 bytes, 14 of which are the "Photoshop 3.0\0" signature.
constexpr qsizetype s_maxResourceBytesPerSegment = 65533 - JpegStructure::s_photoshopSignature.size();

QByteArray app13Segments(const QByteArray &resources)
{
    QByteArray out;
    for (qsizetype offset = 0; offset < resources.size(); offset += s_maxResourceBytesPerSegment) {
        const QByteArray chunk = resources.mid(offset, s_maxResourceBytesPerSegment);
        const quint16 length = quint16(2 + JpegStructure::s_photoshopSignature.size() + chunk.size());
        out.append(char(0xFF)).append(char(JpegStructure::s_app13));
        out.append(char(length >> 8)).append(char(length & 0xFF));
        out.append(JpegStructure::s_photoshopSignature);
        out.append(chunk);
    }
    return out;
}

bool isPhotoshopSegment(QByteArrayView jpeg, const JpegSegment &segment)
{
    return segment.marker == JpegStructure::s_app13 &&
           jpeg.sliced(segment.payloadOffset, segment.payloadSize).startsWith(JpegStructure::s_photoshopSignature);
}

} // namespace

QByteArray JpegPhotoshopBlock::withIptc(QByteArrayView jpeg, const QByteArray &iim, QString &error)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    if (structure.status != JpegStructure::Status::Complete) {
        error = structure.problem.isEmpty() ? QStringLiteral("not a complete JPEG") : structure.problem;
        return {};
    }
    PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(jpeg));
    resources.remove(PhotoshopResources::s_iptcId);
    resources.remove(PhotoshopResources::s_iptcDigestId);
    if (!iim.isEmpty()) {
        resources.set(PhotoshopResources::s_iptcId, iim);
        resources.set(PhotoshopResources::s_iptcDigestId, PhotoshopResources::iptcDigest(iim));
    }

    QByteArray out(jpeg.first(2).toByteArray());
    qsizetype insertAt = out.size();
    for (const JpegSegment &segment : structure.segments) {
        if (isPhotoshopSegment(jpeg, segment))
            continue;
        out.append(jpeg.sliced(segment.offset, segment.payloadOffset + segment.payloadSize - segment.offset));
        if (segment.marker >= 0xE0 && segment.marker <= 0xEF)
            insertAt = out.size();
    }
    if (!resources.resources().isEmpty())
        out.insert(insertAt, app13Segments(resources.serialize()));
    out.append(jpeg.sliced(structure.headerEnd));
    return out;
}
