#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"

#include "search/photorow.h"

// The rules of docs/metadata.md, "Which value wins", end to end: real files written with Exiv2 (and
// Byline's APP13 writer), read back through MetadataReader, checking each value and where it came from.

namespace {

MetadataWrite iptcXmp(const QString &iptcCaption, const QString &xmpCaption, Digest digest)
{
    MetadataWrite spec;
    spec.iptc.caption = iptcCaption;
    spec.xmp.caption = xmpCaption;
    spec.digest = digest;
    return spec;
}

} // namespace

TEST_CASE("reader rule 1: Exif wins when valid and not blank", "[reader][rules]")
{
    Fixture f;
    MetadataWrite spec = iptcXmp(QStringLiteral("iptc caption"), QStringLiteral("xmp caption"), Digest::Stale);
    spec.exif.caption = QStringLiteral("exif caption");
    spec.exif.creator = QStringLiteral("Exif Artist");
    spec.xmp.creator = QStringLiteral("XMP Creator");
    const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
    CHECK(record.caption == QStringLiteral("exif caption"));
    CHECK(provenance(record, MetadataField::Caption) ==
          FieldProvenance{MetadataStore::Exif, true, MetadataStore::Iptc, QStringLiteral("iptc caption")});
    CHECK(record.creator == QStringLiteral("Exif Artist"));
}

TEST_CASE("reader rule 1: blank, boilerplate or non-UTF-8 Exif is absent", "[reader][rules]")
{
    Fixture f;
    SECTION("blank")
    {
        MetadataWrite spec;
        spec.exif.caption = QStringLiteral("    ");
        spec.xmp.caption = QStringLiteral("the real caption");
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
        CHECK(record.caption == QStringLiteral("the real caption"));
        CHECK(provenance(record, MetadataField::Caption) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    }
    SECTION("camera boilerplate")
    {
        MetadataWrite spec;
        spec.exif.caption = QStringLiteral("OLYMPUS DIGITAL CAMERA");
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
        CHECK(record.caption.isNull());
        // What the file says stays visible, among its notes.
        CHECK(record.warnings.contains(
            QStringLiteral("the Exif caption \"OLYMPUS DIGITAL CAMERA\" is camera filler, not a caption")));
    }
    SECTION("not UTF-8")
    {
        MetadataWrite spec;
        spec.exif.caption = QStringLiteral("cafX caption");
        spec.iptc.caption = QStringLiteral("IPTC caption");
        const QString path = PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec);
        QByteArray bytes = PhotoFixture::readAll(path);
        REQUIRE(bytes.count("cafX caption") == 1);
        bytes.replace("cafX caption", "caf\xE9 caption"); // Latin-1, same length
        PhotoFixture::writeAll(path, bytes);
        const PhotoRecord record = readOk(path);
        CHECK(record.caption == QStringLiteral("IPTC caption"));
        CHECK(record.warnings.join(u' ').contains(QStringLiteral("not valid UTF-8")));
        CHECK(record.provenanceOf(MetadataField::Caption)->store == MetadataStore::Iptc);
    }
    SECTION("not UTF-8, and no other store has the field: read as Windows-1252, and said so")
    {
        MetadataWrite spec;
        spec.exif.copyright = QStringLiteral("(C)Hendrik WXrdehoff");
        const QString path = PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec);
        QByteArray bytes = PhotoFixture::readAll(path);
        REQUIRE(bytes.count("WXrdehoff") == 1);
        bytes.replace("WXrdehoff", "W\xF6rdehoff"); // an old camera's Latin-1, same length
        PhotoFixture::writeAll(path, bytes);
        const PhotoRecord record = readOk(path);
        CHECK(record.copyright == QStringLiteral("(C)Hendrik W\u00F6rdehoff"));
        CHECK(provenance(record, MetadataField::Copyright) ==
              FieldProvenance{MetadataStore::ExifWindows1252, false, {}, {}});
        CHECK(record.warnings.join(u' ').contains(QStringLiteral("read as Windows-1252")));
    }
}

TEST_CASE("reader rule 2: without IPTC, XMP wins", "[reader][rules]")
{
    Fixture f;
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("xmp caption");
    spec.xmp.credit = QStringLiteral("ESA/Tim Peake");
    const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
    CHECK(record.caption == QStringLiteral("xmp caption"));
    CHECK(record.credit == QStringLiteral("ESA/Tim Peake"));
    CHECK(provenance(record, MetadataField::Credit) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    CHECK(record.creditSource == CreditSource::Embedded);
}

TEST_CASE("reader rule 3: the IPTCDigest in APP13 decides between IPTC and XMP", "[reader][rules]")
{
    Fixture f;
    const QString path = f.path(QStringLiteral("a.jpg"));
    SECTION("matching digest: XMP")
    {
        const PhotoRecord record = readOk(
            PhotoFixture::jpegWith(path, iptcXmp(QStringLiteral("old"), QStringLiteral("new"), Digest::Matching)));
        CHECK(record.caption == QStringLiteral("new"));
        CHECK(provenance(record, MetadataField::Caption) ==
              FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc, QStringLiteral("old")});
    }
    SECTION("no digest: XMP")
    {
        const PhotoRecord record =
            readOk(PhotoFixture::jpegWith(path, iptcXmp(QStringLiteral("old"), QStringLiteral("new"), Digest::None)));
        CHECK(record.caption == QStringLiteral("new"));
    }
    SECTION("stale digest: IPTC")
    {
        const PhotoRecord record = readOk(
            PhotoFixture::jpegWith(path, iptcXmp(QStringLiteral("edited"), QStringLiteral("synced"), Digest::Stale)));
        CHECK(record.caption == QStringLiteral("edited"));
        CHECK(provenance(record, MetadataField::Caption) ==
              FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("synced")});
    }
    SECTION("stale digest, IPTC a truncated prefix of XMP: the full XMP value")
    {
        const QString full = QStringLiteral("Tim Kopra, Expedition 47 flight engineer");
        MetadataWrite spec = iptcXmp({}, {}, Digest::Stale);
        spec.iptc.creator = full.left(32); // IIM By-line is limited to 32 bytes
        spec.xmp.creator = full;
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(path, spec));
        CHECK(record.creator == full);
        CHECK(provenance(record, MetadataField::Creator) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    }
}

TEST_CASE("stores that differ only in line ends or trailing spaces agree; the value shown keeps its own",
          "[reader][rules]")
{
    // New-user finding: an IPTC caption with CR line ends (Photoshop, Mac-era tools) under the same XMP
    // caption with LF was flagged "stores disagree".
    Fixture f;
    const QString path = f.path(QStringLiteral("a.jpg"));
    const QString lf = QStringLiteral("Soyuz TMA-20M rolls out.\nBaikonur, 16 March 2016.");
    SECTION("CR LF in IPTC, LF in XMP; XMP wins")
    {
        const QString crlf = QStringLiteral("Soyuz TMA-20M rolls out.\r\nBaikonur, 16 March 2016.");
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(path, iptcXmp(crlf, lf, Digest::Matching)));
        CHECK(record.caption == lf);
        CHECK(provenance(record, MetadataField::Caption) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    }
    SECTION("CR in IPTC, which wins: shown as IPTC holds it, without a conflict")
    {
        const QString cr = QStringLiteral("Soyuz TMA-20M rolls out.\rBaikonur, 16 March 2016.");
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(path, iptcXmp(cr, lf, Digest::Stale)));
        CHECK(record.caption == cr);
        CHECK(provenance(record, MetadataField::Caption) == FieldProvenance{MetadataStore::Iptc, false, {}, {}});
    }
    SECTION("a space before the line end in one store only")
    {
        const QString spaced = QStringLiteral("Soyuz TMA-20M rolls out. \r\nBaikonur, 16 March 2016.");
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(path, iptcXmp(spaced, lf, Digest::Matching)));
        CHECK(provenance(record, MetadataField::Caption) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    }
    SECTION("other words, or a line break where the other has none, are still a conflict")
    {
        const QString other = QStringLiteral("Soyuz TMA-20M rolls out.\r\nBaikonur, 17 March 2016.");
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(path, iptcXmp(other, lf, Digest::Matching)));
        CHECK(provenance(record, MetadataField::Caption) ==
              FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc, other});
        const QString oneLine = QStringLiteral("Soyuz TMA-20M rolls out. Baikonur, 16 March 2016.");
        const PhotoRecord joined =
            readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("b.jpg")), iptcXmp(oneLine, lf, Digest::Matching)));
        CHECK(provenance(joined, MetadataField::Caption) ==
              FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc, oneLine});
    }
}

TEST_CASE("reader rules 4-5: credit and headline, each field from the next store that has it", "[reader][rules]")
{
    Fixture f;
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("xmp caption");
    spec.iptc.credit = QStringLiteral("Energia");
    spec.iptc.headline = QStringLiteral("Progress MS-02 lifts off");
    spec.iptc.copyright = QStringLiteral("\u00A9 RSC Energia");
    spec.digest = Digest::Matching;
    const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
    CHECK(record.caption == QStringLiteral("xmp caption"));
    CHECK(record.credit == QStringLiteral("Energia"));
    CHECK(provenance(record, MetadataField::Credit) == FieldProvenance{MetadataStore::Iptc, false, {}, {}});
    CHECK(record.headline == QStringLiteral("Progress MS-02 lifts off"));
    CHECK(record.copyright == QStringLiteral("\u00A9 RSC Energia"));
}

TEST_CASE("a control character inside an IIM value is a space and never shifts the row's fields", "[reader][rules]")
{
    Fixture f;
    MetadataWrite spec;
    spec.iptc.caption = QStringLiteral("Liftoff.") + QChar(0) + QStringLiteral(" More text") + QChar(0x1E) +
                        QStringLiteral(". Credit: NASA/Tim Copra");
    spec.iptc.credit = QStringLiteral("Reuters") + QChar(0x1B);
    const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
    CHECK(record.caption == QStringLiteral("Liftoff.  More text . Credit: NASA/Tim Copra"));
    CHECK(record.credit == QStringLiteral("Reuters"));
    // The window's row keeps each field in its place.
    const PhotoRecord shown = PhotoRow::fromRecord(record).toRecord();
    CHECK(shown.caption == record.caption);
    CHECK(shown.credit == QStringLiteral("Reuters"));
    CHECK(shown.creator.isEmpty());
    CHECK(shown.error.isEmpty());
    // A record made elsewhere, with a NUL left in, still keeps its fields apart.
    PhotoRecord raw = record;
    raw.caption = QStringLiteral("Liftoff.") + QChar(0) + QStringLiteral("More");
    raw.creator = QStringLiteral("Tim Kopra");
    const PhotoRecord rawShown = PhotoRow::fromRecord(raw).toRecord();
    CHECK(rawShown.caption == QStringLiteral("Liftoff. More"));
    CHECK(rawShown.credit == QStringLiteral("Reuters"));
    CHECK(rawShown.creator == QStringLiteral("Tim Kopra"));
}
