#include "imagedatafingerprint.h"

#include "jpegstructure.h"

#include <QtEndian>

#include <cstring>
#include <optional>

namespace {

// The picture's parts as views into the file (and the few values TIFF spells out, owned here): compared
// piece by piece, a 12 MP JPEG's scan is never copied.
class Pieces
{
public:
    void append(QByteArrayView view) { m_views.append(view); }
    void append(QByteArray &&) = delete; // a temporary would dangle: appendOwned() keeps it
    // A value made here, not a view: a separate name, so a temporary never binds to append() and dangles.
    void appendOwned(QByteArray owned)
    {
        m_owned.append(std::move(owned));
        m_views.append(QByteArrayView(m_owned.last()));
    }
    [[nodiscard]] const QList<QByteArrayView> &views() const { return m_views; }

private:
    QList<QByteArray> m_owned; // each QByteArray's data stays put when the list grows
    QList<QByteArrayView> m_views;
};

// Whether two lists of pieces spell the same bytes end to end, wherever their pieces are cut.
bool sameBytes(const QList<QByteArrayView> &a, const QList<QByteArrayView> &b)
{
    qsizetype i = 0, j = 0, at = 0, bt = 0;
    while (true) {
        while (i < a.size() && at == a[i].size())
            ++i, at = 0;
        while (j < b.size() && bt == b[j].size())
            ++j, bt = 0;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        const qsizetype n = qMin(a[i].size() - at, b[j].size() - bt);
        if (std::memcmp(a[i].data() + at, b[j].data() + bt, size_t(n)) != 0)
            return false;
        at += n;
        bt += n;
    }
}

const QByteArray s_pngSignature("\x89PNG\r\n\x1A\n", 8);

bool isJpeg(QByteArrayView b)
{
    return b.startsWith(QByteArrayView("\xFF\xD8\xFF", 3));
}
bool isPng(QByteArrayView b)
{
    return b.startsWith(s_pngSignature);
}
bool isTiff(QByteArrayView b)
{
    return b.startsWith(QByteArrayView("II*\0", 4)) || b.startsWith(QByteArrayView("MM\0*", 4));
}
bool isWebP(QByteArrayView b)
{
    return b.size() >= 12 && b.startsWith("RIFF") && b.sliced(8, 4) == "WEBP";
}

QString jpeg(QByteArrayView b, Pieces &hash)
{
    const JpegStructure structure = JpegStructure::scan(b);
    if (structure.status != JpegStructure::Status::Complete)
        return QStringLiteral("not a complete JPEG");
    for (const JpegSegment &segment : structure.segments) {
        if (segment.marker == JpegStructure::s_app1 || segment.marker == JpegStructure::s_app13)
            continue;
        hash.append(b.sliced(segment.offset, segment.payloadOffset + segment.payloadSize - segment.offset));
    }
    hash.append(b.sliced(structure.headerEnd));
    return {};
}

QString png(QByteArrayView b, Pieces &hash)
{
    for (qsizetype at = s_pngSignature.size(); at < b.size();) {
        if (b.size() - at < 12)
            return QStringLiteral("a PNG chunk is cut short");
        const quint32 length = qFromBigEndian<quint32>(b.data() + at);
        if (length > quint32(b.size() - at - 12))
            return QStringLiteral("a PNG chunk is longer than the file");
        const QByteArrayView type = b.sliced(at + 4, 4);
        const qsizetype whole = 12 + qsizetype(length);
        if (type != "tEXt" && type != "zTXt" && type != "iTXt" && type != "eXIf")
            hash.append(b.sliced(at, whole));
        at += whole;
        if (type == "IEND")
            return {};
    }
    return QStringLiteral("the PNG has no IEND chunk");
}

QString webp(QByteArrayView b, Pieces &hash)
{
    for (qsizetype at = 12; at + 8 <= b.size();) {
        const QByteArrayView type = b.sliced(at, 4);
        const quint32 length = qFromLittleEndian<quint32>(b.data() + at + 4);
        if (length > quint32(b.size() - at - 8))
            return QStringLiteral("a WebP chunk is longer than the file");
        const qsizetype whole = 8 + qsizetype(length) + (length & 1);
        if (type != "VP8X" && type != "EXIF" && type != "XMP ")
            hash.append(b.sliced(at, qMin(whole, b.size() - at)));
        at += whole;
    }
    return {};
}

class TiffWalker
{
public:
    explicit TiffWalker(QByteArrayView b) : m_b(b), m_little(b.startsWith("II")) {}

    QString hashPixels(Pieces &hash) const
    {
        const quint32 ifd = u32(4).value_or(0);
        const auto count = u16(ifd);
        if (ifd < 8 || !count || qsizetype(ifd) + 2 + qsizetype(*count) * 12 > m_b.size())
            return QStringLiteral("the TIFF's first directory is out of the file");
        QList<quint32> offsets, counts;
        for (int i = 0; i < *count; ++i) {
            const quint32 entry = ifd + 2 + quint32(i) * 12;
            const quint16 tag = *u16(entry);
            if (isPixelDescription(tag)) {
                // The values, not the entry: a rewrite may move an array (bits per sample) elsewhere.
                hash.appendOwned(QByteArray::number(tag) + ':');
                for (quint32 value : values(entry))
                    hash.appendOwned(QByteArray::number(value) + ',');
            }
            if (tag == 273 || tag == 324)
                offsets = values(entry);
            else if (tag == 279 || tag == 325)
                counts = values(entry);
        }
        if (offsets.isEmpty() || offsets.size() != counts.size())
            return QStringLiteral("the TIFF's strips cannot be found");
        for (qsizetype i = 0; i < offsets.size(); ++i) {
            if (offsets[i] > m_b.size() || counts[i] > m_b.size() - offsets[i])
                return QStringLiteral("a TIFF strip is out of the file");
            hash.append(m_b.sliced(offsets[i], counts[i]));
        }
        return {};
    }

private:
    static bool isPixelDescription(quint16 tag)
    {
        // Width, length, bits per sample, compression, photometric, samples per pixel, rows per strip,
        // planar configuration, predictor, tile width and length, sample format.
        return tag == 256 || tag == 257 || tag == 258 || tag == 259 || tag == 262 || tag == 277 || tag == 278 ||
               tag == 284 || tag == 317 || tag == 322 || tag == 323 || tag == 339;
    }

    std::optional<quint16> u16(qsizetype at) const
    {
        if (at < 0 || at + 2 > m_b.size())
            return std::nullopt;
        return m_little ? qFromLittleEndian<quint16>(m_b.data() + at) : qFromBigEndian<quint16>(m_b.data() + at);
    }
    std::optional<quint32> u32(qsizetype at) const
    {
        if (at < 0 || at + 4 > m_b.size())
            return std::nullopt;
        return m_little ? qFromLittleEndian<quint32>(m_b.data() + at) : qFromBigEndian<quint32>(m_b.data() + at);
    }

    // A SHORT or LONG array: inline when it fits four bytes, else at the offset the entry holds.
    QList<quint32> values(quint32 entry) const
    {
        const quint16 type = u16(entry + 2).value_or(0);
        const quint32 count = u32(entry + 4).value_or(0);
        const int width = type == 3 ? 2 : type == 4 ? 4 : 0;
        if (width == 0 || count == 0 || count > 1'000'000)
            return {};
        const qsizetype at =
            qsizetype(count) * width <= 4 ? qsizetype(entry) + 8 : qsizetype(u32(entry + 8).value_or(0));
        QList<quint32> out;
        for (quint32 i = 0; i < count; ++i) {
            const auto value = width == 2 ? std::optional<quint32>(u16(at + i * 2)) : u32(at + i * 4);
            if (!value)
                return {};
            out.append(*value);
        }
        return out;
    }

    QByteArrayView m_b;
    bool m_little;
};

QString piecesOf(QByteArrayView bytes, Pieces &pieces)
{
    if (isJpeg(bytes))
        return jpeg(bytes, pieces);
    if (isPng(bytes))
        return png(bytes, pieces);
    if (isTiff(bytes))
        return TiffWalker(bytes).hashPixels(pieces);
    if (isWebP(bytes))
        return webp(bytes, pieces);
    return QStringLiteral("Byline does not write metadata into this kind of file");
}

} // namespace

bool ImageDataFingerprint::supports(QByteArrayView header)
{
    return isJpeg(header) || isPng(header) || isTiff(header) || isWebP(header);
}

QByteArray ImageDataFingerprint::of(QByteArrayView bytes, QString &error)
{
    Pieces pieces;
    error = piecesOf(bytes, pieces);
    if (!error.isEmpty())
        return {};
    QByteArray whole;
    whole.reserve(bytes.size());
    for (QByteArrayView view : pieces.views())
        whole.append(view);
    return whole;
}

bool ImageDataFingerprint::same(QByteArrayView a, QByteArrayView b, QString &error)
{
    Pieces first, second;
    error = piecesOf(a, first);
    if (error.isEmpty())
        error = piecesOf(b, second);
    return error.isEmpty() && sameBytes(first.views(), second.views());
}
