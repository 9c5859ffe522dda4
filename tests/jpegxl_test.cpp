#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/photodecoder.h"
#include "imaging/thumbnailer.h"
#include "metadata/jpegstructure.h"
#include "metadata/jxlcontainer.h"
#include "metadata/metadatareader.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

#include <brotli/encode.h>

// JPEG XL: decoded through libjxl, upright by the codestream's orientation; the container's Exif and XMP
// boxes read by Byline, plain or Brotli-compressed ('brob', what cjxl writes), within bounds.

namespace {

constexpr QSize s_whole(2048, 2048);
const QString s_caption = QStringLiteral("Progress MS-02 on the pad");

QString cjxl()
{
    return QStandardPaths::findExecutable(QStringLiteral("cjxl"));
}

QString encode(const QString &source, const QString &output, const QStringList &arguments = {})
{
    QProcess process;
    process.start(cjxl(), QStringList{source, output} + arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return output;
}

// A JPEG of marked() turned by @p orientation, with a caption in Exif and a creator in XMP.
QString describedJpeg(const Fixture &fixture, int orientation)
{
    const QString path =
        markedJpeg(fixture.path(QStringLiteral("source-%1.jpg").arg(orientation)), {800, 600}, orientation);
    MetadataWrite spec;
    spec.exif.caption = s_caption;
    spec.exif.orientation = orientation;
    spec.xmp.creator = QStringLiteral("Oleg Voloshin");
    PhotoFixture::write(path, spec);
    return path;
}

QByteArray box(const QByteArray &type, const QByteArray &payload)
{
    QByteArray size(4, '\0');
    qToBigEndian<quint32>(quint32(8 + payload.size()), size.data());
    return size + type + payload;
}

const QByteArray s_signature("\0\0\0\x0CJXL \r\n\x87\n", 12);
const QByteArray s_ftyp = box("ftyp", QByteArray("jxl \0\0\0\0jxl ", 12));

// The codestream of what cjxl wrote from a PNG: the whole file, or its one 'jxlc' box.
QByteArray codestreamOf(const QByteArray &container)
{
    if (container.startsWith("\xFF\x0A"))
        return container;
    for (qsizetype at = 0; at + 8 <= container.size();) {
        const qsizetype size = qFromBigEndian<quint32>(container.constData() + at);
        if (size < 8)
            break;
        if (container.mid(at + 4, 4) == "jxlc")
            return container.mid(at + 8, size - 8);
        at += size;
    }
    FAIL("no jxlc box");
    return {};
}

// The TIFF-structured Exif of a JPEG Exiv2 wrote.
QByteArray exifOf(const QString &jpegPath)
{
    const QByteArray jpeg = PhotoFixture::readAll(jpegPath);
    for (const JpegSegment &segment : JpegStructure::scan(jpeg).segments) {
        if (segment.marker == 0xE1 && jpeg.mid(segment.payloadOffset, 6) == QByteArray("Exif\0\0", 6))
            return jpeg.mid(segment.payloadOffset + 6, segment.payloadSize - 6);
    }
    FAIL("no Exif segment");
    return {};
}

QByteArray brotli(const QByteArray &data)
{
    QByteArray out(qsizetype(BrotliEncoderMaxCompressedSize(size_t(data.size()))), '\0');
    size_t size = size_t(out.size());
    REQUIRE(BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC,
                                  size_t(data.size()), reinterpret_cast<const uint8_t *>(data.constData()), &size,
                                  reinterpret_cast<uint8_t *>(out.data())));
    out.resize(qsizetype(size));
    return out;
}

JxlContainer::Metadata readBoxes(const QByteArray &file)
{
    return JxlContainer::read([&file](qint64 at, qint64 length) { return file.mid(at, length); }, file.size());
}

} // namespace

TEST_CASE("a JPEG XL from cjxl decodes upright, and its compressed Exif and XMP are read", "[jpegxl]")
{
    if (cjxl().isEmpty())
        BYLINE_SKIP("cjxl is not installed (libjxl-tools)");
    const Fixture fixture;
    for (const int orientation : {1, 3, 6, 8}) {
        INFO("orientation " << orientation);
        const QString source = describedJpeg(fixture, orientation);
        const QString jxl = encode(source, fixture.path(QStringLiteral("photo-%1.jxl").arg(orientation)));
        const QImage upright = fullUpright(source);

        const DecodedPhoto decoded = PhotoDecoder::fitted(jxl, s_whole);
        REQUIRE(decoded.error.isEmpty());
        CHECK(decoded.image.size() == upright.size());
        CHECK(decoded.original == upright.size());
        CHECK(sameOrientation(decoded.image, upright));
        CHECK(Thumbnailer::make(jxl, 256).image.size() == upright.size().scaled(256, 256, Qt::KeepAspectRatio));

        const PhotoRecord record = readOk(jxl);
        CHECK(record.format == QStringLiteral("jxl"));
        CHECK(record.caption == s_caption);
        CHECK(record.creator == QStringLiteral("Oleg Voloshin"));
        CHECK(record.orientation == orientation);                    // as the Exif says
        CHECK(QSize(record.width, record.height) == upright.size()); // turned once, by the codestream
    }
}

TEST_CASE("plain Exif and xml boxes are read, and a bare codestream has none", "[jpegxl]")
{
    if (cjxl().isEmpty())
        BYLINE_SKIP("cjxl is not installed (libjxl-tools)");
    const Fixture fixture;
    const QString png = PhotoFixture::png(fixture.path(QStringLiteral("source.png")), {120, 80});
    const QByteArray codestream = codestreamOf(PhotoFixture::readAll(encode(png, fixture.path("tmp.jxl"))));
    REQUIRE(codestream.startsWith("\xFF\x0A"));

    const QString bare = fixture.path(QStringLiteral("bare.jxl"));
    PhotoFixture::writeAll(bare, codestream);
    const PhotoRecord bareRecord = readOk(bare);
    CHECK(QSize(bareRecord.width, bareRecord.height) == QSize(120, 80));
    CHECK(bareRecord.caption.isEmpty());
    CHECK(PhotoDecoder::fitted(bare, s_whole).image.size() == QSize(120, 80));

    MetadataWrite spec;
    spec.exif.caption = s_caption;
    const QByteArray exif = exifOf(PhotoFixture::jpegWith(fixture.path(QStringLiteral("exif.jpg")), spec));
    const QByteArray xmp = PhotoFixture::xmpPacket(
        {PhotoFixture::seqProperty(QStringLiteral("dc:creator"), {QStringLiteral("Oleg Voloshin")})});
    const QString boxed = fixture.path(QStringLiteral("boxed.jxl"));
    PhotoFixture::writeAll(boxed, s_signature + s_ftyp + box("Exif", QByteArray(4, '\0') + exif) + box("xml ", xmp) +
                                      box("jxlc", codestream));
    const PhotoRecord record = readOk(boxed);
    CHECK(record.caption == s_caption);
    CHECK(record.creator == QStringLiteral("Oleg Voloshin"));
    CHECK(PhotoDecoder::fitted(boxed, s_whole).image.size() == QSize(120, 80));
}

TEST_CASE("hostile JPEG XL boxes cost only their own metadata", "[jpegxl][badinput]")
{
    const QByteArray xmp = PhotoFixture::xmpPacket({PhotoFixture::simpleProperty("photoshop:Credit", "NASA")});

    SECTION("a Brotli bomb is stopped at the box limit")
    {
        const QByteArray bomb = brotli(QByteArray(64 * 1024 * 1024, '\0'));
        REQUIRE(bomb.size() < 100 * 1024);
        const JxlContainer::Metadata read =
            readBoxes(s_signature + s_ftyp + box("brob", "xml " + bomb) + box("xml ", xmp));
        CHECK(read.xmp == xmp); // the next XMP box is read instead
        REQUIRE(read.warnings.size() == 1);
        CHECK(read.warnings.first().contains(QStringLiteral("decompresses to more than 4 MB")));
    }
    SECTION("data that is not Brotli")
    {
        const JxlContainer::Metadata read = readBoxes(s_signature + box("brob", "Exif" + QByteArray(50, 'x')));
        CHECK(read.exif.isEmpty());
        CHECK(read.warnings ==
              QStringList{"the compressed JPEG XL Exif box is not valid Brotli data; it was not read"});
    }
    SECTION("an Exif offset past the box")
    {
        const JxlContainer::Metadata read = readBoxes(s_signature + box("Exif", QByteArray("\x7f\0\0\0II*\0", 8)));
        CHECK(read.exif.isEmpty());
        CHECK(read.warnings.size() == 1);
    }
    SECTION("a box larger than the file, a 64-bit size, and a box up to the end")
    {
        QByteArray large("\0\0\0\1xml \0\0\0\0\0\0\0\0", 16);
        qToBigEndian<quint64>(quint64(16 + xmp.size()), large.data() + 8);
        CHECK(readBoxes(s_signature + large + xmp).xmp == xmp);
        CHECK(readBoxes(s_signature + QByteArray("\0\0\0\0xml ", 8) + xmp).xmp == xmp);
        CHECK(readBoxes(s_signature + QByteArray("\x7f\0\0\0xml ", 8) + xmp).xmp.isEmpty());
        CHECK(readBoxes(s_signature + QByteArray("\0\0\0\3xml ", 8) + xmp).xmp.isEmpty()); // smaller than its header
    }
    SECTION("no more than the box limit is walked")
    {
        QByteArray many = s_signature;
        for (int i = 0; i < JxlContainer::s_maxBoxes + 10; ++i)
            many += box("free", {});
        CHECK(readBoxes(many + box("xml ", xmp)).xmp.isEmpty());
    }
}

TEST_CASE("a truncated JPEG XL is an error, never a crash", "[jpegxl][badinput]")
{
    if (cjxl().isEmpty())
        BYLINE_SKIP("cjxl is not installed (libjxl-tools)");
    const Fixture fixture;
    const QByteArray whole = PhotoFixture::readAll(encode(describedJpeg(fixture, 1), fixture.path("photo.jxl")));
    for (const qsizetype kept : {qsizetype(20), whole.size() / 2, whole.size() - 10}) {
        INFO("kept " << kept << " of " << whole.size());
        const QString cut = fixture.path(QStringLiteral("cut-%1.jxl").arg(kept));
        PhotoFixture::writeAll(cut, whole.first(kept));
        const DecodedPhoto decoded = PhotoDecoder::fitted(cut, s_whole);
        CHECK(decoded.image.isNull());
        CHECK(decoded.error.startsWith(QStringLiteral("cannot decode the JPEG XL image")));
        (void)MetadataReader::read(cut);
    }
    const PhotoRecord tiny = MetadataReader::read(fixture.path(QStringLiteral("cut-20.jxl")));
    CHECK(tiny.error.startsWith(QStringLiteral("cannot read the JPEG XL header")));
}
