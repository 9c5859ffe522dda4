#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"

#include "metadata/iptcrecords.h"
#include "metadata/metadatareader.h"
#include "metadata/photoshopresources.h"

#include <QFileInfo>

// MetadataReader end to end on real files written with Exiv2 (and Byline's APP13 writer): file facts,
// sidecars, character sets, XMP language alternatives, dates, orientation, inferred credits and each
// format's stores. Which value wins when the embedded stores disagree: metadatareaderrules_test.

namespace {

void writeSidecar(const QString &path, const QStringList &properties)
{
    PhotoFixture::writeAll(path, PhotoFixture::xmpPacket(properties));
}

QByteArray iimWith(const QList<QPair<quint8, QByteArray>> &datasets, bool declareUtf8)
{
    IptcRecords records;
    if (declareUtf8)
        records.append(IptcRecords::s_envelope, IptcRecords::s_codedCharacterSet, "\x1B%G");
    for (const auto &[dataset, value] : datasets)
        records.append(IptcRecords::s_application, dataset, value);
    return records.serialize();
}

} // namespace

TEST_CASE("reader: size, format, file facts and a clean record for a plain JPEG", "[reader]")
{
    Fixture f;
    const PhotoRecord record = readOk(PhotoFixture::jpeg(f.path(QStringLiteral("plain.jpg")), {321, 123}));
    CHECK(record.format == QStringLiteral("jpeg"));
    CHECK(record.width == 321);
    CHECK(record.height == 123);
    CHECK(record.fileSize == QFileInfo(f.path(QStringLiteral("plain.jpg"))).size());
    CHECK(record.mtime.isValid());
    CHECK(record.caption.isNull());
    CHECK(record.creditSource == CreditSource::None);
    CHECK(record.warnings.isEmpty());
}

TEST_CASE("reader: sidecars override embedded XMP, IMG.xmp before IMG.jpg.xmp", "[reader][sidecar]")
{
    Fixture f;
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("embedded caption");
    spec.xmp.credit = QStringLiteral("embedded credit");
    const QString image = PhotoFixture::jpegWith(f.path(QStringLiteral("IMG_1.jpg")), spec);
    writeSidecar(f.path(QStringLiteral("IMG_1.jpg.xmp")),
                 {PhotoFixture::langAlt(QStringLiteral("dc:description"),
                                        {{QStringLiteral("x-default"), QStringLiteral("long-name sidecar")}})});
    PhotoRecord record = readOk(image);
    CHECK(record.caption == QStringLiteral("long-name sidecar"));
    CHECK(provenance(record, MetadataField::Caption) ==
          FieldProvenance{MetadataStore::Sidecar, true, MetadataStore::Xmp, QStringLiteral("embedded caption")});
    CHECK(record.credit == QStringLiteral("embedded credit"));

    writeSidecar(f.path(QStringLiteral("IMG_1.xmp")),
                 {PhotoFixture::langAlt(QStringLiteral("dc:description"),
                                        {{QStringLiteral("x-default"), QStringLiteral("short-name sidecar")}}),
                  PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"), QStringLiteral("Roscosmos"))});
    record = readOk(image);
    CHECK(record.caption == QStringLiteral("short-name sidecar"));
    CHECK(record.credit == QStringLiteral("Roscosmos"));
    CHECK(provenance(record, MetadataField::Credit).store == MetadataStore::Sidecar);
}

TEST_CASE("reader: a sidecar alone supplies every field and invents no Exif or IPTC", "[reader][sidecar]")
{
    Fixture f;
    const QString image = PhotoFixture::jpeg(f.path(QStringLiteral("bare.jpg")));
    writeSidecar(f.path(QStringLiteral("bare.xmp")),
                 {PhotoFixture::langAlt(QStringLiteral("dc:description"),
                                        {{QStringLiteral("x-default"), QStringLiteral("From the sidecar")}}),
                  PhotoFixture::seqProperty(QStringLiteral("dc:creator"), {QStringLiteral("Tim Peake")}),
                  PhotoFixture::simpleProperty(QStringLiteral("photoshop:DateCreated"),
                                               QStringLiteral("2016-03-31T16:23:57+00:00")),
                  PhotoFixture::simpleProperty(QStringLiteral("tiff:Orientation"), QStringLiteral("6"))});
    const PhotoRecord record = readOk(image);
    CHECK(record.caption == QStringLiteral("From the sidecar"));
    CHECK(record.creator == QStringLiteral("Tim Peake"));
    CHECK(record.dateTaken == QStringLiteral("2016-03-31T16:23:57+00:00"));
    CHECK(record.orientation == 6);
    CHECK(record.width == 48); // 64x48 stored, turned a quarter
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        if (const auto p = record.provenanceOf(static_cast<MetadataField>(i)))
            CHECK(p->store == MetadataStore::Sidecar);
    }
    CHECK(PhotoFixture::readAll(image).indexOf("Photoshop 3.0") < 0); // the original is untouched
}

TEST_CASE("reader: IPTC charset from 1:90, UTF-8 detection, Windows-1252 fallback", "[reader][charset]")
{
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("a.jpg")));
    SECTION("declared UTF-8")
    {
        REQUIRE(MetadataWriter::writeJpegIptc(
                    path,
                    iimWith({{IptcRecords::s_credit,
                              "\xD0\xA0\xD0\xBE\xD1\x81\xD0\xBA\xD0\xBE\xD1\x81\xD0\xBC\xD0\xBE\xD1\x81"}},
                            true),
                    Digest::None)
                    .isEmpty());
        CHECK(readOk(path).credit == QStringLiteral("\u0420\u043E\u0441\u043A\u043E\u0441\u043C\u043E\u0441"));
    }
    SECTION("undeclared but valid UTF-8")
    {
        REQUIRE(MetadataWriter::writeJpegIptc(
                    path, iimWith({{IptcRecords::s_byline, "St\xC3\xA9phane Corvaja"}}, false), Digest::None)
                    .isEmpty());
        CHECK(readOk(path).creator == QStringLiteral("St\u00E9phane Corvaja"));
    }
    SECTION("legacy Windows-1252")
    {
        REQUIRE(MetadataWriter::writeJpegIptc(
                    path, iimWith({{IptcRecords::s_credit, "ESA\x96St\xE9phane Corvaja"}}, false), Digest::None)
                    .isEmpty());
        CHECK(readOk(path).credit == QStringLiteral("ESA\u2013St\u00E9phane Corvaja"));
    }
}

TEST_CASE("reader: lang-alt takes x-default, else the first alternative in the file", "[reader][xmp]")
{
    Fixture f;
    const QString image = PhotoFixture::jpeg(f.path(QStringLiteral("a.jpg")));
    const QString sidecar = f.path(QStringLiteral("a.xmp"));
    const QString de = QStringLiteral("Start der Sojus"), fr = QStringLiteral("D\u00E9collage du Soyouz"),
                  en = QStringLiteral("Soyuz lift-off");
    writeSidecar(sidecar, {PhotoFixture::langAlt(QStringLiteral("dc:description"), {{QStringLiteral("de"), de},
                                                                                    {QStringLiteral("x-default"), en},
                                                                                    {QStringLiteral("fr"), fr}})});
    CHECK(readOk(image).caption == en);
    writeSidecar(sidecar, {PhotoFixture::langAlt(QStringLiteral("dc:description"),
                                                 {{QStringLiteral("fr"), fr}, {QStringLiteral("de"), de}})});
    CHECK(readOk(image).caption == fr);
    writeSidecar(sidecar, {PhotoFixture::langAlt(QStringLiteral("dc:description"),
                                                 {{QStringLiteral("de"), de}, {QStringLiteral("fr"), fr}})});
    CHECK(readOk(image).caption == de);
}

TEST_CASE("reader: repeated creators are joined with a semicolon", "[reader]")
{
    Fixture f;
    SECTION("XMP dc:creator")
    {
        MetadataWrite spec;
        spec.xmp.creator = QStringLiteral("Tim Kopra; Tim Peake");
        CHECK(readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec)).creator ==
              QStringLiteral("Tim Kopra; Tim Peake"));
    }
    SECTION("IPTC By-line")
    {
        const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("a.jpg")));
        REQUIRE(MetadataWriter::writeJpegIptc(path,
                                              iimWith({{IptcRecords::s_byline, "Tim Kopra"},
                                                       {IptcRecords::s_byline, " "},
                                                       {IptcRecords::s_byline, "Tim Peake"}},
                                                      true),
                                              Digest::None)
                    .isEmpty());
        CHECK(readOk(path).creator == QStringLiteral("Tim Kopra; Tim Peake"));
    }
}

TEST_CASE("reader: dates from each store, ISO 8601 with the recorded zone", "[reader][dates]")
{
    Fixture f;
    MetadataWrite spec;
    spec.iptc.dateTaken = QStringLiteral("2016-03-31T16:23:57+00:00");
    spec.digest = Digest::None;
    PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("iptc.jpg")), spec));
    CHECK(record.dateTaken == QStringLiteral("2016-03-31T16:23:57+00:00"));
    CHECK(provenance(record, MetadataField::DateTaken).store == MetadataStore::Iptc);

    spec.exif.dateTaken = QStringLiteral("2016-03-31T22:23:57+06:00");
    record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("exif.jpg")), spec));
    CHECK(record.dateTaken == QStringLiteral("2016-03-31T22:23:57+06:00"));
    CHECK(provenance(record, MetadataField::DateTaken) ==
          FieldProvenance{MetadataStore::Exif, true, MetadataStore::Iptc, QStringLiteral("2016-03-31T16:23:57+00:00")});
}

TEST_CASE("reader: orientations 5-8 swap the displayed size", "[reader][orientation]")
{
    Fixture f;
    for (int orientation = 1; orientation <= 8; ++orientation) {
        MetadataWrite spec;
        spec.exif.orientation = orientation;
        const PhotoRecord record =
            readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("o%1.jpg").arg(orientation)), spec, {80, 30}));
        INFO("orientation " << orientation);
        CHECK(record.orientation == orientation);
        CHECK(record.width == (orientation >= 5 ? 30 : 80));
        CHECK(record.height == (orientation >= 5 ? 80 : 30));
        CHECK(provenance(record, MetadataField::Orientation).store == MetadataStore::Exif);
    }
}

TEST_CASE("reader: a trailing caption credit is inferred end to end", "[reader][credits]")
{
    Fixture f;
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("The Soyuz rocket lifts off from Baikonur. Photo credit: Energia");
    spec.iptc.caption = spec.xmp.caption;
    const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
    CHECK(record.credit == QStringLiteral("Energia"));
    CHECK(record.creditSource == CreditSource::Caption);
    CHECK(provenance(record, MetadataField::Credit) == FieldProvenance{MetadataStore::Caption, false, {}, {}});
    CHECK(record.caption == spec.xmp.caption);
}

TEST_CASE("reader: PNG with XMP in iTXt, and a tEXt Description as caption", "[reader][png]")
{
    Fixture f;
    const QString described =
        PhotoFixture::png(f.path(QStringLiteral("d.png")), {40, 30}, QStringLiteral("Launch feed. Photo: Roscosmos"));
    PhotoRecord record = readOk(described);
    CHECK(record.format == QStringLiteral("png"));
    CHECK(record.width == 40);
    CHECK(record.caption == QStringLiteral("Launch feed. Photo: Roscosmos"));
    CHECK(provenance(record, MetadataField::Caption).store == MetadataStore::PngText);
    CHECK(record.credit == QStringLiteral("Roscosmos"));

    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("XMP in PNG");
    spec.xmp.credit = QStringLiteral("SpaceX");
    const QString withXmp =
        PhotoFixture::png(f.path(QStringLiteral("x.png")), {40, 30}, QStringLiteral("ignored: XMP has a caption"));
    PhotoFixture::write(withXmp, spec);
    record = readOk(withXmp);
    CHECK(record.caption == QStringLiteral("XMP in PNG"));
    CHECK(record.credit == QStringLiteral("SpaceX"));
}

TEST_CASE("reader: TIFF and WebP carry Exif, IPTC and XMP", "[reader][formats]")
{
    Fixture f;
    MetadataWrite spec;
    spec.exif.caption = QStringLiteral("Exif caption in TIFF");
    spec.iptc.credit = QStringLiteral("NASA/Bill Ingalls");
    spec.xmp.headline = QStringLiteral("Scan");
    const QString tiff = PhotoFixture::image(f.path(QStringLiteral("scan.tif")), "tiff", {50, 20});
    PhotoFixture::write(tiff, spec);
    PhotoRecord record = readOk(tiff);
    CHECK(record.format == QStringLiteral("tiff"));
    CHECK(record.width == 50);
    CHECK(record.height == 20);
    CHECK(record.caption == QStringLiteral("Exif caption in TIFF"));
    CHECK(record.credit == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(provenance(record, MetadataField::Credit).store == MetadataStore::Iptc);
    CHECK(record.headline == QStringLiteral("Scan"));

    MetadataWrite webpSpec;
    webpSpec.xmp.caption = QStringLiteral("WebP caption. Credit: ESA/Tim Peake");
    const QString webp = PhotoFixture::image(f.path(QStringLiteral("w.webp")), "webp", {60, 40});
    PhotoFixture::write(webp, webpSpec);
    record = readOk(webp);
    CHECK(record.format == QStringLiteral("webp"));
    CHECK(record.width == 60);
    CHECK(record.credit == QStringLiteral("ESA/Tim Peake"));
    CHECK(record.creditSource == CreditSource::Caption);
}

TEST_CASE("reader: a blank x-default falls through to the first written alternative", "[reader][xmp]")
{
    Fixture f;
    const QString image = PhotoFixture::jpeg(f.path(QStringLiteral("a.jpg")));
    PhotoFixture::writeAll(f.path(QStringLiteral("a.xmp")),
                           PhotoFixture::xmpPacket({PhotoFixture::langAlt(
                               QStringLiteral("dc:description"), {{QStringLiteral("x-default"), QStringLiteral("  ")},
                                                                  {QStringLiteral("fr"), QStringLiteral("Fus\u00E9e")},
                                                                  {QStringLiteral("en"), QStringLiteral("Rocket")}})}));
    CHECK(readOk(image).caption == QStringLiteral("Fus\u00E9e"));
}

TEST_CASE("reader: a Photoshop file's IPTCDigest is read from its image resources", "[reader][formats]")
{
    Fixture f;
    StoreValues iptc;
    iptc.caption = QStringLiteral("IPTC caption, edited later");
    const QByteArray iim = MetadataWriter::iptcBlock(iptc);
    PhotoshopResources resources;
    resources.set(PhotoshopResources::s_iptcId, iim);
    resources.set(PhotoshopResources::s_iptcDigestId, QByteArray(16, '\x01')); // stale
    resources.set(0x0424, PhotoFixture::xmpPacket(
                              {PhotoFixture::langAlt(QStringLiteral("dc:description"),
                                                     {{QStringLiteral("x-default"), QStringLiteral("XMP caption")}})}));
    const QByteArray irb = resources.serialize();
    const auto u32 = [](quint32 v) {
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        return QByteArray(bytes, 4);
    };
    // 8BPS v1, 3 channels, 4x2 pixels, 8 bits, RGB; no colour-mode data; resources; no layers; raw pixels.
    QByteArray psd = QByteArray("8BPS\0\x01\0\0\0\0\0\0\0\x03", 14) + u32(2) + u32(4) + QByteArray("\0\x08\0\x03", 4);
    psd += u32(0) + u32(quint32(irb.size())) + irb + u32(0) + QByteArray("\0\0", 2) + QByteArray(3 * 4 * 2, '\x7F');
    PhotoFixture::writeAll(f.path(QStringLiteral("layout.psd")), psd);

    const PhotoRecord record = MetadataReader::read(f.path(QStringLiteral("layout.psd")));
    CHECK(record.format == QStringLiteral("psd"));
    CHECK(record.error.isEmpty()); // Byline decodes the composite itself (PsdComposite)
    CHECK(QSize(record.width, record.height) == QSize(4, 2));
    CHECK(record.caption == QStringLiteral("IPTC caption, edited later"));
    CHECK(provenance(record, MetadataField::Caption) ==
          FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("XMP caption")});
}
