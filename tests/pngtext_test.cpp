#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/metadatareader.h"
#include "metadata/pngtext.h"

#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

namespace {

QByteArray chunk(QByteArrayView type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    const QByteArray typed = type.toByteArray() + data;
    out += typed;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(::crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()))),
                          crc.data());
    return out + crc;
}

QByteArray zlibStream(const QByteArray &text)
{
    return qCompress(text).mid(4); // qCompress puts the length first
}

QByteArray text(const char *keyword, const QByteArray &value)
{
    return chunk("tEXt", QByteArray(keyword) + '\0' + value);
}

QByteArray compressedText(const char *keyword, const QByteArray &value)
{
    return chunk("zTXt", QByteArray(keyword) + '\0' + '\0' + zlibStream(value));
}

QByteArray internationalText(const char *keyword, const QString &value, bool compressed)
{
    const QByteArray utf8 = value.toUtf8();
    return chunk("iTXt", QByteArray(keyword) + '\0' + char(compressed ? 1 : 0) + '\0' + "de" + '\0' + "Titel" + '\0' +
                             (compressed ? zlibStream(utf8) : utf8));
}

// A real 2 x 2 PNG from Qt, with @p chunks inserted after its header chunk.
QByteArray pngWith(const QByteArray &chunks)
{
    QTemporaryDir dir;
    const QByteArray plain = PhotoFixture::readAll(PhotoFixture::png(dir.filePath(QStringLiteral("p.png")), {2, 2}));
    const qsizetype afterHeader = 8 + 12 + 13; // signature, IHDR
    return plain.left(afterHeader) + chunks + plain.mid(afterHeader);
}

QList<PngText::Chunk> readBytes(const QByteArray &png, QStringList &warnings)
{
    return PngText::read([&png](qint64 offset, qint64 length) { return png.mid(offset, length); }, warnings);
}

} // namespace

TEST_CASE("PNG text: Description, Title, Author and Copyright in every chunk form; nothing else", "[png][text]")
{
    const QString title = QStringLiteral("Start der Sojus \u2014 \u00FC");
    const QByteArray png = pngWith(
        text("Software", "GIMP 2.10") + text("Creation Time", "2016-03-18T10:00:00") +
        text("Raw profile type iptc", "\niptc\n      20\n1c0278000b48656c6c6f20776f726c64\n") +
        compressedText("Description", "Soyuz MS-02 on the pad. Photo: Energia") +
        internationalText("Title", title, true) + internationalText("Author", QStringLiteral("Jane Doe"), false) +
        text("Copyright", "\xA9 2016 Roscosmos")); // Latin-1, as tEXt is
    QStringList warnings;
    const QList<PngText::Chunk> chunks = readBytes(png, warnings);
    CHECK(warnings.isEmpty());
    REQUIRE(chunks.size() == 4); // the raw profile, software and time are skipped unread
    CHECK(chunks[0].keyword == QStringLiteral("Description"));
    const StoreValues values = PngText::values(chunks);
    CHECK(values.caption == QStringLiteral("Soyuz MS-02 on the pad. Photo: Energia"));
    CHECK(values.headline == title);
    CHECK(values.creator == QStringLiteral("Jane Doe"));
    CHECK(values.copyright == QStringLiteral("\u00A9 2016 Roscosmos"));
}

TEST_CASE("PNG text: a damaged chunk is a warning and the others are read", "[png][text][bad]")
{
    const QByteArray png = pngWith(chunk("zTXt", QByteArray("Description") + '\0' + '\0' + "not zlib at all") +
                                   chunk("tEXt", QByteArray(100, 'k')) + // no keyword terminator
                                   text("Author", "Jane Doe"));
    QStringList warnings;
    const QList<PngText::Chunk> chunks = readBytes(png, warnings);
    REQUIRE(chunks.size() == 1);
    CHECK(PngText::values(chunks).creator == QStringLiteral("Jane Doe"));
    CHECK(warnings == QStringList{QStringLiteral("2 PNG text chunk(s) could not be read")});

    // Cut inside a chunk, and not a PNG at all: nothing, and no crash.
    QStringList ignored;
    CHECK(readBytes(png.left(40), ignored).isEmpty());
    CHECK(readBytes("GIF89a", ignored).isEmpty());
}

TEST_CASE("PNG text: thousands of compressed chunks are skipped, and only the first of each keyword is read",
          "[png][text][bad]")
{
    // Each chunk inflates to 1 MB of zeros: inflating them all would take gigabytes.
    const QByteArray bomb = zlibStream(QByteArray(1024 * 1024, '\0'));
    QByteArray chunks;
    for (int i = 0; i < 3000; ++i)
        chunks += chunk("zTXt", QByteArray(i % 2 ? "Comment" : "Description") + '\0' + '\0' + bomb);
    QStringList warnings;
    const QList<PngText::Chunk> read = readBytes(pngWith(chunks), warnings);
    CHECK(warnings.isEmpty());
    REQUIRE(read.size() == 1); // the first Description; the 1,499 after it and every Comment unread
    CHECK(read[0].text.size() == PngText::s_maxTextBytes);
}

TEST_CASE("an ImageMagick PNG's raw profiles, software and times are no caption", "[png][text][reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("magick.png"));
    PhotoFixture::writeAll(path, pngWith(text("Raw profile type iptc", "\niptc\n      4\n1c020000\n") +
                                         text("Software", "ImageMagick 6.9.11") +
                                         text("date:create", "2016-03-18T10:00:00+00:00")));
    const PhotoRecord record = MetadataReader::read(path);
    CHECK(record.error.isEmpty());
    CHECK(record.caption.isNull());

    PhotoFixture::writeAll(path, pngWith(text("Description", "Soyuz MS-02 on the pad") + text("Author", "Jane Doe")));
    const PhotoRecord described = MetadataReader::read(path);
    CHECK(described.caption == QStringLiteral("Soyuz MS-02 on the pad"));
    CHECK(described.provenanceOf(MetadataField::Caption)->store == MetadataStore::PngText);
    CHECK(described.creator == QStringLiteral("Jane Doe"));
    CHECK(described.provenanceOf(MetadataField::Creator)->store == MetadataStore::PngText);

    // A JPEG's ImageDescription filler, carried into a PNG's Description by a conversion.
    PhotoFixture::writeAll(path, pngWith(text("Description", "OLYMPUS DIGITAL CAMERA") + text("Author", "Jane Doe")));
    const PhotoRecord filler = MetadataReader::read(path);
    CHECK(filler.caption.isNull());
    CHECK(filler.creator == QStringLiteral("Jane Doe"));
    CHECK(filler.warnings.join(u' ').contains(QStringLiteral("\"OLYMPUS DIGITAL CAMERA\" is camera filler")));
}

TEST_CASE("PNG tEXt written as UTF-8 (ImageMagick's -set) is read as UTF-8; Latin-1 stays Latin-1", "[png][text]")
{
    QStringList warnings;
    const StoreValues values = PngText::values(
        readBytes(pngWith(text("Copyright", "\xC2\xA9 2016 Roscosmos") + text("Author", "Andrey Shel\xC3\xA9pin") +
                          compressedText("Description", "K\xC3\xB6ln \xE2\x80\x94 Baikonur") +
                          text("Title", "Caf\xE9 \x93Zvezda\x94")),
                  warnings));
    CHECK(values.copyright == QStringLiteral("\u00A9 2016 Roscosmos"));
    CHECK(values.creator == QStringLiteral("Andrey Shel\u00E9pin"));
    CHECK(values.caption == QStringLiteral("K\u00F6ln \u2014 Baikonur"));
    CHECK(values.headline == QStringLiteral("Caf\u00E9 \u201CZvezda\u201D")); // Windows-1252 quotes
}

namespace {

// A block as ImageMagick writes it into a "Raw profile type NAME" chunk: its name, its length, then hex in
// lines of 72 digits.
QByteArray rawProfile(const char *name, const QByteArray &block)
{
    QByteArray hex = block.toHex();
    for (qsizetype at = 72; at < hex.size(); at += 73)
        hex.insert(at, '\n');
    return '\n' + QByteArray(name) + '\n' + QByteArray::number(block.size()).rightJustified(8, ' ') + '\n' + hex + '\n';
}

} // namespace

TEST_CASE("an ImageMagick PNG's raw profiles are decoded into Exif, IPTC and XMP", "[png][reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The Exif block of a JPEG Exiv2 wrote, as ImageMagick copies it ("Exif\0\0" and the TIFF structure).
    MetadataWrite exifOnly;
    exifOnly.exif.copyright = QStringLiteral("(C) Roscosmos");
    const QByteArray jpeg = PhotoFixture::readAll(PhotoFixture::jpegWith(dir.filePath("exif.jpg"), exifOnly));
    const qsizetype exifAt = jpeg.indexOf(QByteArray("Exif\0\0", 6));
    REQUIRE(exifAt > 0);
    const qsizetype exifLength = (quint8(jpeg[exifAt - 2]) << 8 | quint8(jpeg[exifAt - 1])) - 2;
    StoreValues iptc;
    iptc.caption = QStringLiteral("Progress MS-02 rolls out");
    iptc.credit = QStringLiteral("Energia");
    const QByteArray xmp = PhotoFixture::xmpPacket(
        {PhotoFixture::seqProperty(QStringLiteral("dc:creator"), {QStringLiteral("Oleg Voloshin")})});

    const QString path = dir.filePath(QStringLiteral("magick.png"));
    PhotoFixture::writeAll(
        path, pngWith(compressedText("Raw profile type exif", rawProfile("exif", jpeg.mid(exifAt, exifLength))) +
                      compressedText("Raw profile type iptc", rawProfile("iptc", MetadataWriter::iptcBlock(iptc))) +
                      compressedText("Raw profile type xmp", rawProfile("xmp", xmp))));
    const PhotoRecord record = MetadataReader::read(path);
    CHECK(record.error.isEmpty());
    CHECK(record.caption == QStringLiteral("Progress MS-02 rolls out"));
    CHECK(record.provenanceOf(MetadataField::Caption)->store == MetadataStore::Iptc);
    CHECK(record.credit == QStringLiteral("Energia"));
    CHECK(record.creator == QStringLiteral("Oleg Voloshin"));
    CHECK(record.provenanceOf(MetadataField::Creator)->store == MetadataStore::Xmp);
    CHECK(record.copyright == QStringLiteral("(C) Roscosmos"));
    CHECK(record.provenanceOf(MetadataField::Copyright)->store == MetadataStore::Exif);
}
