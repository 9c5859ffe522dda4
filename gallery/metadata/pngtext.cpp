#include "pngtext.h"

#include "textdecoding.h"

#include <QSet>
#include <QtEndian>

#include <zlib.h>

namespace PngText {

namespace {

constexpr qsizetype s_signatureSize = 8;
constexpr qsizetype s_maxKeyword = 79; // the PNG specification's limit
// The keywords the rules use (see values()); every other text chunk is skipped unread.
const QSet<QByteArrayView> s_keywords = {"Description", "Title", "Author", "Copyright"};

// Inflates a zlib stream, up to s_maxTextBytes: a text chunk that inflates to more is cut there.
std::optional<QByteArray> inflated(QByteArrayView compressed)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    QByteArray out(qMin<qsizetype>(s_maxTextBytes, qMax<qsizetype>(4096, compressed.size() * 4)), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.total_out == uLong(out.size())) {
            if (out.size() >= s_maxTextBytes)
                break;
            out.resize(qMin(out.size() * 2, s_maxTextBytes));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        status = inflate(&stream, Z_NO_FLUSH);
    }
    const bool ok = status == Z_STREAM_END || status == Z_OK;
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return ok ? std::optional<QByteArray>(out) : std::nullopt;
}

// One chunk's keyword and text, or nullopt when it is damaged.
std::optional<Chunk> parse(QByteArrayView type, QByteArrayView data)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul <= 0 || nul > s_maxKeyword)
        return std::nullopt;
    Chunk chunk{TextDecoding::fromWindows1252(data.first(nul)), {}};
    QByteArrayView rest = data.sliced(nul + 1);
    // tEXt and zTXt are Latin-1 by the PNG specification, but ImageMagick, GIMP and most scripts write UTF-8
    // there: text whose bytes are valid UTF-8 is read as UTF-8 ("\xC2\xA9 2016" is "(c) 2016", not "A(c) 2016"),
    // as IPTC without its 1:90 declaration is (docs/metadata.md, "PNG text").
    if (type == "tEXt") {
        chunk.text = TextDecoding::fromIptc(rest.first(qMin(rest.size(), s_maxTextBytes)), false);
        return chunk;
    }
    if (type == "zTXt") { // compression method, then the stream
        if (rest.isEmpty() || rest[0] != '\0')
            return std::nullopt;
        const std::optional<QByteArray> text = inflated(rest.sliced(1));
        if (!text)
            return std::nullopt;
        chunk.text = TextDecoding::fromIptc(*text, false);
        return chunk;
    }
    // iTXt: compressed flag, method, language tag\0, translated keyword\0, UTF-8 text.
    if (rest.size() < 2)
        return std::nullopt;
    const bool compressed = rest[0] == '\1';
    rest = rest.sliced(2);
    for (int skip = 0; skip < 2; ++skip) {
        const qsizetype end = rest.indexOf('\0');
        if (end < 0)
            return std::nullopt;
        rest = rest.sliced(end + 1);
    }
    std::optional<QByteArray> text =
        compressed ? inflated(rest) : rest.first(qMin(rest.size(), s_maxTextBytes)).toByteArray();
    if (!text)
        return std::nullopt;
    chunk.text = TextDecoding::fromIptc(*text, false);
    return chunk;
}

} // namespace

QList<Chunk> read(const ReadAt &readAt, QStringList &warnings)
{
    QList<Chunk> chunks;
    if (readAt(0, s_signatureSize) != QByteArrayView("\x89PNG\r\n\x1a\n", s_signatureSize))
        return chunks;
    qint64 offset = s_signatureSize;
    int damaged = 0;
    QSet<QByteArray> wanted; // the keywords read so far
    for (int seen = 0; seen < s_maxChunks; ++seen) {
        const QByteArray header = readAt(offset, 8);
        if (header.size() < 8)
            break; // the end of the file, IEND missing: what was read stands
        const quint32 length = qFromBigEndian<quint32>(header.constData());
        const QByteArrayView type = QByteArrayView(header).sliced(4, 4);
        if (length > 0x7fffffffu)
            break;
        if (type == "IEND")
            break;
        if (type == "tEXt" || type == "zTXt" || type == "iTXt") {
            // The keyword first: only the first chunk of each keyword the rules use is read further (and
            // inflated), so a file of many chunks costs a small read each.
            const QByteArray start = readAt(offset + 8, qMin<qint64>(length, s_maxKeyword + 1));
            const qsizetype nul = start.indexOf('\0');
            const QByteArrayView keyword = QByteArrayView(start).first(qMax<qsizetype>(0, nul));
            if (nul <= 0) {
                ++damaged;
            } else if (s_keywords.contains(keyword) && !wanted.contains(keyword.toByteArray())) {
                // Text chunks are small; one that claims more than a text could need is read in part.
                const QByteArray data = readAt(offset + 8, qMin<qint64>(length, 4 * s_maxTextBytes));
                if (const std::optional<Chunk> chunk = parse(type, data)) {
                    chunks.append(*chunk);
                    wanted.insert(keyword.toByteArray());
                    if (wanted.size() == s_keywords.size())
                        break;
                } else {
                    ++damaged;
                }
            }
        }
        offset += 12 + qint64(length); // length, type, data, CRC
    }
    if (damaged > 0)
        warnings.append(QStringLiteral("%1 PNG text chunk(s) could not be read").arg(damaged));
    return chunks;
}

StoreValues values(const QList<Chunk> &chunks)
{
    StoreValues values;
    const auto first = [&chunks](QLatin1String keyword) {
        for (const Chunk &chunk : chunks) {
            if (chunk.keyword == keyword)
                if (const QString text = TextDecoding::cleaned(chunk.text); !text.isNull())
                    return text;
        }
        return QString();
    };
    values.caption = first(QLatin1String("Description"));
    values.headline = first(QLatin1String("Title"));
    values.creator = first(QLatin1String("Author"));
    values.copyright = first(QLatin1String("Copyright"));
    return values;
}

} // namespace PngText
