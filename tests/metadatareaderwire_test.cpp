#include <catch2/catch.hpp>

#include "support/exiftool.h"
#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"

#include "search/photorow.h"

#include <QFile>

// The wire fields (docs/metadata.md, "Stores and fields"; issue 20) end to end: real files read back through
// MetadataReader. ExifTool writes the files of one store, so that an IIM dataset or XMP property that Byline
// misnamed in its reader and its fixture writer alike would still fail; MetadataWriter writes the files whose
// IPTCDigest a rule depends on.

namespace {

const FieldProvenance s_fromIptc{MetadataStore::Iptc, false, {}, {}};
const FieldProvenance s_fromXmp{MetadataStore::Xmp, false, {}, {}};

const QList<MetadataField> s_iimWireFields = {
    MetadataField::Title,    MetadataField::Source,      MetadataField::Instructions,
    MetadataField::Keywords, MetadataField::Sublocation, MetadataField::City,
    MetadataField::State,    MetadataField::Country,     MetadataField::CountryCode,
};

// A wire photo's IPTC side, as a Reuters or AFP picture carries it.
const QStringList s_iptcArguments = {
    QStringLiteral("-charset"),
    QStringLiteral("iptc=UTF8"),
    QStringLiteral("-IPTC:CodedCharacterSet=UTF8"),
    QStringLiteral("-IPTC:ObjectName=Progress MS-02 rollout"),
    QStringLiteral("-IPTC:Keywords=Soyuz"),
    QStringLiteral("-IPTC:Keywords=Baïkonour"),
    QStringLiteral("-IPTC:Keywords=rollout"),
    QStringLiteral("-IPTC:SpecialInstructions=EMBARGOED until 31 March 2016 16:23 GMT. MANDATORY CREDIT"),
    QStringLiteral("-IPTC:Sub-location=Site 31"),
    QStringLiteral("-IPTC:City=Baikonur"),
    QStringLiteral("-IPTC:Province-State=Kyzylorda"),
    QStringLiteral("-IPTC:Country-PrimaryLocationCode=KAZ"),
    QStringLiteral("-IPTC:Country-PrimaryLocationName=Kazakhstan"),
    QStringLiteral("-IPTC:Source=Roscosmos"),
};

} // namespace

TEST_CASE("wire fields: an IPTC-only file gives every IIM wire field, from IPTC", "[reader][wire][exiftool]")
{
    if (!ExifTool::available())
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("iptc.jpg")));
    ExifTool::write(path, s_iptcArguments);

    const PhotoRecord record = readOk(path);
    CHECK(record.title == QStringLiteral("Progress MS-02 rollout"));
    CHECK(record.keywords ==
          QStringList{QStringLiteral("Soyuz"), QStringLiteral("Baïkonour"), QStringLiteral("rollout")});
    CHECK(record.instructions == QStringLiteral("EMBARGOED until 31 March 2016 16:23 GMT. MANDATORY CREDIT"));
    CHECK(record.sublocation == QStringLiteral("Site 31"));
    CHECK(record.city == QStringLiteral("Baikonur"));
    CHECK(record.state == QStringLiteral("Kyzylorda"));
    CHECK(record.countryCode == QStringLiteral("KAZ"));
    CHECK(record.country == QStringLiteral("Kazakhstan"));
    CHECK(record.source == QStringLiteral("Roscosmos"));
    for (const MetadataField field : s_iimWireFields) {
        INFO(metadataFieldName(field).toStdString());
        CHECK(provenance(record, field) == s_fromIptc);
    }
    // IIM has no home for these: nothing is made up.
    CHECK(record.usageTerms.isNull());
    CHECK_FALSE(record.rating.has_value());
    CHECK(record.label.isNull());
    CHECK_FALSE(record.provenanceOf(MetadataField::Rating));
}

TEST_CASE("wire fields: an XMP-only file gives every wire field, from XMP", "[reader][wire][exiftool]")
{
    if (!ExifTool::available())
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("xmp.jpg")));
    ExifTool::write(
        path, {
                  QStringLiteral("-XMP-dc:Title=Progress MS-02 rollout"), QStringLiteral("-XMP-dc:Subject=Soyuz"),
                  QStringLiteral("-XMP-dc:Subject=Baikonur"),
                  QStringLiteral("-XMP-photoshop:Instructions=No sales. Editorial use only"),
                  QStringLiteral("-XMP-xmpRights:UsageTerms=Editorial use only, no archiving"),
                  QStringLiteral("-XMP-iptcCore:Location=Site 31"), QStringLiteral("-XMP-photoshop:City=Baikonur"),
                  QStringLiteral("-XMP-photoshop:State=Kyzylorda"), QStringLiteral("-XMP-photoshop:Country=Kazakhstan"),
                  QStringLiteral("-XMP-iptcCore:CountryCode=KZ"), QStringLiteral("-XMP-photoshop:Source=Energia"),
                  QStringLiteral("-XMP-xmp:Rating=4"), QStringLiteral("-XMP-xmp:Label=Red"),
                  QStringLiteral("-XMP-photomech:Tagged=Yes"), // ExifTool's word for True
              });

    const PhotoRecord record = readOk(path);
    CHECK(record.title == QStringLiteral("Progress MS-02 rollout"));
    CHECK(record.keywords == QStringList{QStringLiteral("Soyuz"), QStringLiteral("Baikonur")});
    CHECK(record.instructions == QStringLiteral("No sales. Editorial use only"));
    CHECK(record.usageTerms == QStringLiteral("Editorial use only, no archiving"));
    CHECK(record.sublocation == QStringLiteral("Site 31"));
    CHECK(record.city == QStringLiteral("Baikonur"));
    CHECK(record.state == QStringLiteral("Kyzylorda"));
    CHECK(record.country == QStringLiteral("Kazakhstan"));
    CHECK(record.countryCode == QStringLiteral("KZ"));
    CHECK(record.source == QStringLiteral("Energia"));
    CHECK(record.rating == 4);
    CHECK(record.label == QStringLiteral("Red"));
    CHECK(record.tagged); // Photo Mechanic's tag, as ExifTool writes it
    for (int i = int(MetadataField::Title); i < s_metadataFieldCount; ++i) {
        INFO(metadataFieldName(MetadataField(i)).toStdString());
        CHECK(provenance(record, MetadataField(i)) == s_fromXmp);
    }

    SECTION("a rejected photo is rated -1")
    {
        ExifTool::write(path, {QStringLiteral("-XMP-xmp:Rating=-1")});
        CHECK(readOk(path).rating == -1);
    }
    SECTION("a rating outside -1 to 5 is no rating, and said so")
    {
        ExifTool::write(path, {QStringLiteral("-XMP-xmp:Rating=7")});
        const PhotoRecord bad = readOk(path);
        CHECK_FALSE(bad.rating.has_value());
        CHECK_FALSE(bad.provenanceOf(MetadataField::Rating));
        CHECK(bad.warnings.contains(QStringLiteral("XMP rating 7 is not -1 to 5 and was ignored")));
    }
}

TEST_CASE("wire fields: a sidecar wins for the fields it sets, and the embedded value is kept as the conflict",
          "[reader][wire][sidecar][exiftool]")
{
    if (!ExifTool::available())
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("IMG_1.jpg")));
    ExifTool::write(path, {QStringLiteral("-XMP-photoshop:City=Moscow"), QStringLiteral("-XMP-xmp:Rating=2"),
                           QStringLiteral("-XMP-xmp:Label=Green"), QStringLiteral("-XMP-dc:Subject=Soyuz")});
    // What darktable or Lightroom write beside a file they will not touch.
    const QString sidecar = f.path(QStringLiteral("IMG_1.xmp"));
    ExifTool::write(sidecar, {QStringLiteral("-XMP-photoshop:City=Baikonur"), QStringLiteral("-XMP-xmp:Rating=5"),
                              QStringLiteral("-XMP-xmpRights:UsageTerms=Editorial use only"),
                              QStringLiteral("-XMP-dc:Subject=Soyuz")});
    REQUIRE(QFile::exists(sidecar));

    const PhotoRecord record = readOk(path);
    CHECK(record.city == QStringLiteral("Baikonur"));
    CHECK(provenance(record, MetadataField::City) ==
          FieldProvenance{MetadataStore::Sidecar, true, MetadataStore::Xmp, QStringLiteral("Moscow")});
    CHECK(record.rating == 5);
    CHECK(provenance(record, MetadataField::Rating) ==
          FieldProvenance{MetadataStore::Sidecar, true, MetadataStore::Xmp, QStringLiteral("2")});
    CHECK(record.usageTerms == QStringLiteral("Editorial use only"));
    CHECK(provenance(record, MetadataField::UsageTerms) == FieldProvenance{MetadataStore::Sidecar, false, {}, {}});
    CHECK(record.keywords == QStringList{QStringLiteral("Soyuz")});
    CHECK(provenance(record, MetadataField::Keywords) == FieldProvenance{MetadataStore::Sidecar, false, {}, {}});
    // A field the sidecar lacks still comes from the file.
    CHECK(record.label == QStringLiteral("Green"));
    CHECK(provenance(record, MetadataField::Label) == s_fromXmp);
}

TEST_CASE("wire fields: conflicting IPTC and XMP follow the IPTCDigest, and the other value is kept",
          "[reader][wire][rules]")
{
    Fixture f;
    const QString longTitle = QStringLiteral("Progress MS-02 cargo ship rolled out to the launch pad at Site 31 of "
                                             "the Baikonur Cosmodrome");
    MetadataWrite spec;
    spec.iptc.city = QStringLiteral("Baikonur");
    spec.xmp.city = QStringLiteral("Moscow");
    spec.iptc.instructions = QStringLiteral("EMBARGOED until 16:23 GMT");
    spec.xmp.instructions = QStringLiteral("No embargo");
    // The same keywords in another order: a bag has no order, so the stores agree.
    spec.iptc.keywords = QStringList{QStringLiteral("Soyuz"), QStringLiteral("Baikonur")};
    spec.xmp.keywords = QStringList{QStringLiteral("Baikonur"), QStringLiteral("Soyuz")};
    // IIM caps Object Name at 64 bytes: the IPTC title is the XMP one cut there, not another title.
    spec.iptc.title = longTitle.left(64);
    spec.xmp.title = longTitle;
    spec.xmp.usageTerms = QStringLiteral("Editorial use only"); // no IIM home
    spec.iptc.source = QStringLiteral("Roscosmos");             // IPTC alone (rule 5)

    SECTION("stale digest: a tool that does not know XMP edited the IPTC, which wins")
    {
        spec.digest = Digest::Stale;
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
        CHECK(record.city == QStringLiteral("Baikonur"));
        CHECK(provenance(record, MetadataField::City) ==
              FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("Moscow")});
        CHECK(record.instructions == QStringLiteral("EMBARGOED until 16:23 GMT"));
        CHECK(provenance(record, MetadataField::Instructions) ==
              FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("No embargo")});
        CHECK(record.keywords == QStringList{QStringLiteral("Soyuz"), QStringLiteral("Baikonur")});
        CHECK(provenance(record, MetadataField::Keywords) == s_fromIptc);
        CHECK(record.title == longTitle); // rule 3's exception: the full XMP value
        CHECK(provenance(record, MetadataField::Title) == s_fromXmp);
        CHECK(record.usageTerms == QStringLiteral("Editorial use only"));
        CHECK(provenance(record, MetadataField::UsageTerms) == s_fromXmp);
        CHECK(record.source == QStringLiteral("Roscosmos"));
        CHECK(provenance(record, MetadataField::Source) == s_fromIptc);
    }
    SECTION("matching digest: XMP wins")
    {
        spec.digest = Digest::Matching;
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
        CHECK(record.city == QStringLiteral("Moscow"));
        CHECK(provenance(record, MetadataField::City) ==
              FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc, QStringLiteral("Baikonur")});
        CHECK(record.keywords == QStringList{QStringLiteral("Baikonur"), QStringLiteral("Soyuz")});
        CHECK(provenance(record, MetadataField::Keywords) == s_fromXmp);
        CHECK(provenance(record, MetadataField::Title) == s_fromXmp);
        CHECK(record.source == QStringLiteral("Roscosmos"));
        CHECK(provenance(record, MetadataField::Source) == s_fromIptc);
    }
    SECTION("keywords that differ: the other store's list is kept, as people read it")
    {
        spec.digest = Digest::Stale;
        spec.xmp.keywords = QStringList{QStringLiteral("Soyuz"), QStringLiteral("Progress")};
        const PhotoRecord record = readOk(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
        CHECK(record.keywords == QStringList{QStringLiteral("Soyuz"), QStringLiteral("Baikonur")});
        CHECK(provenance(record, MetadataField::Keywords) ==
              FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("Soyuz; Progress")});
        // The models' compact row gives the record back whole, the disagreement included.
        const PhotoRow row = PhotoRow::fromRecord(record);
        CHECK(row.keywords() == record.keywords);
        CHECK(row.provenance(MetadataField::Keywords) == record.provenanceOf(MetadataField::Keywords));
        CHECK(row.toRecord().instructions == record.instructions);
        CHECK(row.toRecord().provenanceBytes == record.provenanceBytes);
        CHECK(row.toRecord().disagreements == record.disagreements);
    }
}

TEST_CASE("wire fields: what the fixture writer writes is where ExifTool reads it", "[reader][wire][exiftool]")
{
    // MetadataWriter makes the conflict fixtures above; this keeps it honest about its datasets and properties.
    if (!ExifTool::available())
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    Fixture f;
    MetadataWrite spec;
    spec.iptc.title = QStringLiteral("iptc title");
    spec.iptc.keywords = QStringList{QStringLiteral("one"), QStringLiteral("two")};
    spec.iptc.countryCode = QStringLiteral("KAZ");
    spec.xmp.sublocation = QStringLiteral("Site 31");
    spec.xmp.rating = QStringLiteral("-1");
    spec.xmp.usageTerms = QStringLiteral("Editorial use only");
    const QJsonObject tags = ExifTool::read(PhotoFixture::jpegWith(f.path(QStringLiteral("a.jpg")), spec));
    CHECK(tags.value(QStringLiteral("IPTC:ObjectName")).toString() == QStringLiteral("iptc title"));
    CHECK(tags.value(QStringLiteral("IPTC:Keywords")).toVariant().toStringList() ==
          QStringList{QStringLiteral("one"), QStringLiteral("two")});
    CHECK(tags.value(QStringLiteral("IPTC:Country-PrimaryLocationCode")).toString() == QStringLiteral("KAZ"));
    CHECK(tags.value(QStringLiteral("XMP-iptcCore:Location")).toString() == QStringLiteral("Site 31"));
    CHECK(tags.value(QStringLiteral("XMP-xmp:Rating")).toInt() == -1);
    CHECK(tags.value(QStringLiteral("XMP-xmpRights:UsageTerms")).toString() == QStringLiteral("Editorial use only"));
}

TEST_CASE("burst order: the fraction of a second and the camera's serial number are read", "[reader][dates][exiftool]")
{
    if (!ExifTool::available())
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("burst.jpg")));
    ExifTool::write(path, {QStringLiteral("-ExifIFD:DateTimeOriginal=2016:03:31 09:23:57"),
                           QStringLiteral("-ExifIFD:OffsetTimeOriginal=+06:00"),
                           QStringLiteral("-ExifIFD:SubSecTimeOriginal=045"),
                           QStringLiteral("-ExifIFD:SerialNumber=032011000123")});

    PhotoRecord record = readOk(path);
    CHECK(record.dateTaken == QStringLiteral("2016-03-31T09:23:57.045+06:00"));
    CHECK(record.cameraSerial == QStringLiteral("032011000123"));
    // Kept through the row every view and sort reads.
    CHECK(PhotoRow::fromRecord(record).toRecord().cameraSerial == record.cameraSerial);

    SECTION("an XMP date with its fraction agrees with the Exif one; IPTC's whole seconds do too")
    {
        ExifTool::write(path, {QStringLiteral("-XMP-photoshop:DateCreated=2016-03-31T09:23:57.045+06:00"),
                               QStringLiteral("-IPTC:DateCreated=2016:03:31"),
                               QStringLiteral("-IPTC:TimeCreated=09:23:57+06:00")});
        record = readOk(path);
        CHECK(record.dateTaken == QStringLiteral("2016-03-31T09:23:57.045+06:00"));
        REQUIRE(record.provenanceOf(MetadataField::DateTaken));
        CHECK_FALSE(record.provenanceOf(MetadataField::DateTaken)->conflict);
    }
    SECTION("a serial only in XMP (aux:SerialNumber, as Lightroom writes it) is read")
    {
        ExifTool::write(path,
                        {QStringLiteral("-ExifIFD:SerialNumber="), QStringLiteral("-XMP-aux:SerialNumber=XMP 777")});
        CHECK(readOk(path).cameraSerial == QStringLiteral("XMP 777"));
    }
    SECTION("no serial anywhere is none")
    {
        ExifTool::write(path, {QStringLiteral("-ExifIFD:SerialNumber=")});
        CHECK(readOk(path).cameraSerial.isEmpty());
    }
}
