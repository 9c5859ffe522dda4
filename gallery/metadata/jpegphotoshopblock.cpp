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
    if (!resources.problem().isEmpty()) {
        error = QStringLiteral("its Photoshop resources are damaged (%1), and rewriting them would lose some")
                    .arg(resources.problem());
        return {};
    }
    resources.remove(PhotoshopResources::s_iptcId);
    resources.remove(PhotoshopResources::s_iptcDigestId);
    if (!iim.isEmpty()) {
        resources.set(PhotoshopResources::s_iptcId, iim);
        resources.set(PhotoshopResources::s_iptcDigestId, PhotoshopResources::iptcDigest(iim));
    }

    // Where the old block was, else after the leading APP0 and APP1 segments (JFIF, Exif, XMP), as
    // Photoshop writes it: never after an APP2, whose MPF header measures distances from itself.
    QByteArray out(jpeg.first(2).toByteArray());
    qsizetype insertAt = -1;
    bool leading = true;
    for (const JpegSegment &segment : structure.segments) {
        const bool photoshop = isPhotoshopSegment(jpeg, segment);
        if (leading && segment.marker != 0xE0 && segment.marker != JpegStructure::s_app1) {
            leading = false;
            if (insertAt < 0 && !photoshop)
                insertAt = out.size();
        }
        if (photoshop) {
            if (insertAt < 0)
                insertAt = out.size();
            continue;
        }
        out.append(jpeg.sliced(segment.offset, segment.payloadOffset + segment.payloadSize - segment.offset));
    }
    if (insertAt < 0)
        insertAt = out.size();
    if (!resources.resources().isEmpty())
        out.insert(insertAt, app13Segments(resources.serialize()));
    out.append(jpeg.sliced(structure.headerEnd));
    return out;
}
