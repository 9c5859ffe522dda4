#include "tiffpreviews.h"

#include <QtEndian>

#include <algorithm>
#include <set>

namespace {

constexpr quint16 s_tiffMagic = 42;
constexpr quint16 s_panasonicMagic = 0x55; // RW2, RWL
constexpr quint16 s_olympusMagicRO = 0x4F52;
constexpr quint16 s_olympusMagicRS = 0x5352;

enum Tag : quint16
{
    NewSubfileType = 0x00FE,
    Compression = 0x0103,
    StripOffsets = 0x0111,
    Orientation = 0x0112,
    StripByteCounts = 0x0117,
    SubIfds = 0x014A,
    JpegInterchangeFormat = 0x0201,
    JpegInterchangeFormatLength = 0x0202,
    PanasonicJpgFromRaw = 0x002E,
};

enum Type : quint16
{
    Short = 3,
    Long = 4,
    Undefined = 7,
    Ifd = 13,
};

struct Entry
{
    quint16 tag = 0;
    quint16 type = 0;
    quint32 count = 0;
    quint32 value = 0;       // the value itself when it fits in four bytes, else its offset
    quint16 inlineShort = 0; // the first SHORT of the value field, in the file's byte order
};

class IfdWalker
{
public:
    IfdWalker(const JpegStructure::ReadAt &readAt, qint64 fileSize, bool littleEndian, quint16 magic)
        : m_readAt(readAt), m_fileSize(fileSize), m_little(littleEndian), m_magic(magic)
    {}

    void walk(quint32 ifd0)
    {
        QList<quint32> pending{ifd0};
        bool first = true;
        while (!pending.isEmpty() && int(m_visited.size()) < TiffPreviews::s_maxIfds) {
            const quint32 offset = pending.takeFirst();
            if (offset < 8 || offset >= m_fileSize || !m_visited.insert(offset).second)
                continue;
            readIfd(offset, first, pending);
            first = false;
        }
    }

    [[nodiscard]] const QList<TiffPreviews::Preview> &candidates() const { return m_candidates; }
    [[nodiscard]] int orientation() const { return m_orientation; }

private:
    quint16 u16(const char *p) const { return m_little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p); }
    quint32 u32(const char *p) const { return m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p); }

    // A count-1 SHORT or LONG as a number; 0 for anything else.
    static quint32 number(const Entry &entry)
    {
        if (entry.count != 1)
            return 0;
        return entry.type == Short ? entry.inlineShort : entry.type == Long || entry.type == Ifd ? entry.value : 0;
    }

    void readIfd(quint32 offset, bool isIfd0, QList<quint32> &pending)
    {
        const QByteArray countBytes = m_readAt(offset, 2);
        if (countBytes.size() < 2)
            return;
        const int count = u16(countBytes.constData());
        if (count == 0 || count > TiffPreviews::s_maxEntries)
            return;
        const QByteArray table = m_readAt(offset + 2, qint64(count) * 12 + 4);
        if (table.size() < count * 12)
            return;
        quint32 jpegOffset = 0, jpegLength = 0, stripOffset = 0, stripLength = 0, compression = 0;
        for (int i = 0; i < count; ++i) {
            const char *p = table.constData() + i * 12;
            const Entry entry{u16(p), u16(p + 2), u32(p + 4), u32(p + 8), u16(p + 8)};
            switch (entry.tag) {
            case JpegInterchangeFormat:
                jpegOffset = number(entry);
                break;
            case JpegInterchangeFormatLength:
                jpegLength = number(entry);
                break;
            case StripOffsets:
                stripOffset = number(entry); // a single strip only: a preview is one JPEG
                break;
            case StripByteCounts:
                stripLength = number(entry);
                break;
            case Compression:
                compression = number(entry);
                break;
            case Orientation:
                if (isIfd0)
                    m_orientation = int(number(entry));
                break;
            case SubIfds:
                addSubIfds(entry, pending);
                break;
            case PanasonicJpgFromRaw:
                if (m_magic == s_panasonicMagic && entry.type == Undefined && entry.count > 4)
                    addCandidate(entry.value, entry.count);
                break;
            default:
                break;
            }
        }
        if (jpegOffset && jpegLength)
            addCandidate(jpegOffset, jpegLength);
        if (stripOffset && stripLength && (compression == 6 || compression == 7))
            addCandidate(stripOffset, stripLength); // old-style (CR2's IFD0) or new-style JPEG
        if (table.size() >= count * 12 + 4)
            pending.append(u32(table.constData() + count * 12)); // the next IFD in the chain
    }

    void addSubIfds(const Entry &entry, QList<quint32> &pending)
    {
        if ((entry.type != Long && entry.type != Ifd) || entry.count == 0 ||
            entry.count > quint32(TiffPreviews::s_maxSubIfds))
            return;
        if (entry.count == 1) {
            pending.append(entry.value);
            return;
        }
        const QByteArray offsets = m_readAt(entry.value, qint64(entry.count) * 4);
        for (qsizetype i = 0; i + 4 <= offsets.size(); i += 4)
            pending.append(u32(offsets.constData() + i));
    }

    // Bounded in number and size: each candidate costs a header read, and the one chosen is read whole
    // into memory, in the window's process.
    void addCandidate(qint64 offset, qint64 length)
    {
        if (offset < 8 || length < 4 || length > TiffPreviews::s_maxPreviewBytes || offset + length > m_fileSize ||
            m_candidates.size() >= TiffPreviews::s_maxCandidates)
            return;
        m_candidates.append({offset, length, {}});
    }

    const JpegStructure::ReadAt &m_readAt;
    qint64 m_fileSize;
    bool m_little;
    quint16 m_magic;
    std::set<quint32> m_visited;
    QList<TiffPreviews::Preview> m_candidates;
    int m_orientation = 0;
};

// The frame size of the JPEG at @p preview, when it is one an 8-bit decoder shows: baseline, extended or
// progressive. Lossless JPEG (SOF3: DNG and CR2 sensor data) and arithmetic coding are not previews.
QSize jpegFrameSize(const JpegStructure::ReadAt &readAt, const TiffPreviews::Preview &preview)
{
    const auto within = [&readAt, &preview](qint64 offset, qint64 length) {
        if (offset >= preview.length)
            return QByteArray();
        return readAt(preview.offset + offset, std::min(length, preview.length - offset));
    };
    JpegStructure structure;
    (void)JpegStructure::readHeader(within, std::min(preview.length, TiffPreviews::s_maxJpegHeader), structure);
    const bool decodable =
        structure.frameMarker == 0xC0 || structure.frameMarker == 0xC1 || structure.frameMarker == 0xC2;
    if (structure.status != JpegStructure::Status::Complete || !decodable || structure.width <= 0 ||
        structure.height <= 0)
        return {};
    return {structure.width, structure.height};
}

} // namespace

TiffPreviews::Found TiffPreviews::find(const JpegStructure::ReadAt &readAt, qint64 fileSize)
{
    Found found;
    const QByteArray header = readAt(0, 8);
    if (header.size() < 8 || (!header.startsWith("II") && !header.startsWith("MM")))
        return found;
    const bool little = header.startsWith("II");
    const quint16 magic =
        little ? qFromLittleEndian<quint16>(header.constData() + 2) : qFromBigEndian<quint16>(header.constData() + 2);
    if (magic != s_tiffMagic && magic != s_panasonicMagic && magic != s_olympusMagicRO && magic != s_olympusMagicRS)
        return found;
    IfdWalker walker(readAt, fileSize, little, magic);
    walker.walk(little ? qFromLittleEndian<quint32>(header.constData() + 4)
                       : qFromBigEndian<quint32>(header.constData() + 4));
    found.orientation = walker.orientation() >= 1 && walker.orientation() <= 8 ? walker.orientation() : 0;
    std::set<qint64> seen;
    for (Preview preview : walker.candidates()) {
        if (!seen.insert(preview.offset).second)
            continue;
        preview.size = jpegFrameSize(readAt, preview);
        if (preview.size.isValid())
            found.previews.append(preview);
    }
    std::sort(found.previews.begin(), found.previews.end(), [](const Preview &a, const Preview &b) {
        return qint64(a.size.width()) * a.size.height() < qint64(b.size.width()) * b.size.height();
    });
    return found;
}

std::optional<TiffPreviews::Preview> TiffPreviews::smallestCovering(const QList<Preview> &previews, int minEdge)
{
    for (const Preview &preview : previews) {
        if (std::max(preview.size.width(), preview.size.height()) >= minEdge)
            return preview;
    }
    return std::nullopt;
}
