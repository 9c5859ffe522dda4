#include "jpegstructure.h"

namespace {

constexpr quint8 s_soi = 0xD8;
constexpr quint8 s_eoi = 0xD9;

bool isFrameMarker(quint8 marker)
{
    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool isStandalone(quint8 marker)
{
    return (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01 || marker == s_soi || marker == 0x00;
}

quint16 readU16(const unsigned char *p)
{
    return static_cast<quint16>((p[0] << 8) | p[1]);
}

/** Walks the segments of one buffer; each step either adds a segment or ends the scan. */
class SegmentWalker
{
public:
    SegmentWalker(QByteArrayView data, JpegStructure &result)
        : m_bytes(reinterpret_cast<const unsigned char *>(data.data())), m_size(data.size()), m_result(result)
    {}

    void run()
    {
        while (step()) {
        }
    }

private:
    bool finish(JpegStructure::Status status, const QString &problem = {})
    {
        m_result.status = status;
        m_result.problem = problem;
        return false;
    }

    // Finds the next marker; libjpeg skips stray bytes between segments, so do we, with a warning.
    bool seekMarker()
    {
        const qsizetype searchStart = m_pos;
        while (m_pos < m_size && m_bytes[m_pos] != 0xFF)
            ++m_pos;
        while (m_pos + 1 < m_size && m_bytes[m_pos + 1] == 0xFF)
            ++m_pos; // fill bytes
        if (m_pos != searchStart && m_pos + 1 < m_size)
            m_result.warnings << QStringLiteral("%1 stray bytes before the JPEG marker at offset %2")
                                     .arg(m_pos - searchStart)
                                     .arg(m_pos);
        return m_pos + 1 < m_size;
    }

    bool step()
    {
        if (!seekMarker())
            return finish(JpegStructure::Status::NeedMoreData);
        const quint8 marker = m_bytes[m_pos + 1];
        if (isStandalone(marker)) {
            m_pos += 2;
            return true;
        }
        if (marker == s_eoi)
            return finish(JpegStructure::Status::Corrupt, QStringLiteral("the JPEG stream ends before any image data"));
        if (m_pos + 4 > m_size)
            return finish(JpegStructure::Status::NeedMoreData);
        const quint16 length = readU16(m_bytes + m_pos + 2);
        if (length < 2)
            return finish(JpegStructure::Status::Corrupt,
                          QStringLiteral("invalid JPEG segment length at offset %1").arg(m_pos));
        const JpegSegment segment{marker, m_pos, m_pos + 4, qsizetype(length) - 2};
        if (segment.payloadOffset + segment.payloadSize > m_size)
            return finish(JpegStructure::Status::NeedMoreData);
        m_result.segments.append(segment);
        m_pos = segment.payloadOffset + segment.payloadSize;
        if (isFrameMarker(marker) && !m_result.hasFrame() && !readFrame(segment))
            return false;
        return marker != JpegStructure::s_sos || startOfScan();
    }

    bool readFrame(const JpegSegment &segment)
    {
        if (segment.payloadSize < 6)
            return finish(JpegStructure::Status::Corrupt, QStringLiteral("the JPEG frame header is too short"));
        const unsigned char *frame = m_bytes + segment.payloadOffset;
        m_result.frameMarker = segment.marker;
        m_result.height = readU16(frame + 1);
        m_result.width = readU16(frame + 3);
        return true;
    }

    bool startOfScan()
    {
        m_result.headerEnd = m_pos;
        if (!m_result.hasFrame())
            return finish(JpegStructure::Status::Corrupt,
                          QStringLiteral("the JPEG image data starts without a frame header"));
        return finish(JpegStructure::Status::Complete);
    }

    const unsigned char *m_bytes;
    qsizetype m_size;
    qsizetype m_pos = 2; // after SOI
    JpegStructure &m_result;
};

} // namespace

JpegStructure JpegStructure::scan(QByteArrayView data)
{
    JpegStructure result;
    if (data.size() < 2 || quint8(data[0]) != 0xFF || quint8(data[1]) != s_soi)
        return result;
    SegmentWalker(data, result).run();
    return result;
}

QByteArray JpegStructure::photoshopResources(QByteArrayView data) const
{
    QByteArray blob;
    for (const JpegSegment &segment : segments) {
        if (segment.marker != s_app13 || segment.payloadSize < s_photoshopSignature.size())
            continue;
        const QByteArrayView payload = data.sliced(segment.payloadOffset, segment.payloadSize);
        if (payload.startsWith(s_photoshopSignature))
            blob.append(payload.sliced(s_photoshopSignature.size()));
    }
    return blob;
}

QByteArray JpegStructure::readHeader(const ReadAt &readAt, qint64 limit, JpegStructure &structure)
{
    // Most headers fit the first read: Exif with its thumbnail, XMP and IPTC take a few tens of KB.
    constexpr qint64 s_firstReadBytes = 64 * 1024;
    QByteArray header = readAt(0, qMin(limit, s_firstReadBytes));
    structure = scan(header);
    while (structure.status == Status::NeedMoreData && header.size() < limit) {
        const qint64 want = qMin(limit, qint64(header.size()) * 4) - header.size();
        const QByteArray more = readAt(header.size(), want);
        if (more.isEmpty())
            break; // the file shrank or the device failed: judge what was read
        header += more;
        structure = scan(header);
    }
    return header;
}
