#include "jpegheadercuts.h"

namespace {

const QByteArrayView s_xmpSignature("http://ns.adobe.com/xap/1.0/\0", 29);

// The whole of @p segment, marker and length included.
QByteArrayView whole(QByteArrayView header, const JpegSegment &segment)
{
    return header.sliced(segment.offset, segment.payloadOffset + segment.payloadSize - segment.offset);
}

} // namespace

namespace JpegHeaderCuts {

QByteArray exifOnly(QByteArrayView header, const JpegStructure &structure, QByteArray &xmp)
{
    QByteArray out = header.first(2).toByteArray();
    for (const JpegSegment &segment : structure.segments) {
        const QByteArrayView payload = header.sliced(segment.payloadOffset, segment.payloadSize);
        if (segment.marker == JpegStructure::s_app1 && payload.startsWith(s_xmpSignature)) {
            if (xmp.isEmpty())
                xmp = payload.sliced(s_xmpSignature.size()).toByteArray();
            continue;
        }
        if (segment.marker == JpegStructure::s_app13 || segment.marker == JpegStructure::s_app2)
            continue;
        out.append(whole(header, segment));
    }
    return out;
}

QByteArray withoutApp2(QByteArrayView header, const JpegStructure &structure)
{
    QByteArray out = header.first(qMin<qsizetype>(2, header.size())).toByteArray();
    qsizetype end = out.size();
    for (const JpegSegment &segment : structure.segments) {
        end = segment.payloadOffset + segment.payloadSize;
        if (segment.marker != JpegStructure::s_app2)
            out.append(header.sliced(segment.offset, end - segment.offset));
    }
    out.append(header.sliced(end));
    return out;
}

QByteArray withOnlyApp1(QByteArrayView header, const JpegStructure &structure, qsizetype keep)
{
    QByteArray out = header.first(2).toByteArray();
    for (qsizetype i = 0; i < structure.segments.size(); ++i) {
        const JpegSegment &segment = structure.segments[i];
        if (segment.marker == JpegStructure::s_app1 && i != keep)
            continue;
        out.append(whole(header, segment));
    }
    return out;
}

QList<qsizetype> metadataApp1Segments(QByteArrayView header, const JpegStructure &structure)
{
    qsizetype exif = -1, xmp = -1;
    for (qsizetype i = 0; i < structure.segments.size(); ++i) {
        const JpegSegment &segment = structure.segments[i];
        if (segment.marker != JpegStructure::s_app1)
            continue;
        const QByteArrayView payload = header.sliced(segment.payloadOffset, segment.payloadSize);
        if (exif < 0 && payload.startsWith(QByteArrayView("Exif\0\0", 6)))
            exif = i;
        else if (xmp < 0 && payload.startsWith(s_xmpSignature.first(28)))
            xmp = i;
    }
    QList<qsizetype> found;
    for (const qsizetype index : {exif, xmp}) {
        if (index >= 0)
            found.append(index);
    }
    return found;
}

} // namespace JpegHeaderCuts
