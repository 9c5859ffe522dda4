#include <catch2/catch.hpp>

#include "metadata/metadatareconciler.h"

// One test per rule of docs/metadata.md, "Which value wins", on plain values; metadatareader_test.cpp
// checks the same rules end to end on real files.

namespace {

using Digest = PhotoshopResources::DigestState;

PhotoRecord reconciled(const MetadataSources &sources)
{
    PhotoRecord record;
    MetadataReconciler::reconcile(sources, record);
    return record;
}

FieldProvenance provenance(const PhotoRecord &record, MetadataField field)
{
    const auto value = record.provenanceOf(field);
    REQUIRE(value.has_value());
    return *value;
}

MetadataSources iptcAndXmp(const QString &iptcCaption, const QString &xmpCaption, Digest digest)
{
    MetadataSources sources;
    sources.hasIptc = true;
    sources.digest = digest;
    sources.iptc.caption = iptcCaption;
    sources.xmp.caption = xmpCaption;
    return sources;
}

} // namespace

TEST_CASE("rule 1: a non-blank Exif value wins over IPTC and XMP", "[rules]")
{
    MetadataSources sources = iptcAndXmp(QStringLiteral("iptc"), QStringLiteral("xmp"), Digest::Stale);
    sources.exif.caption = QStringLiteral("exif");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.caption == QStringLiteral("exif"));
    CHECK(provenance(record, MetadataField::Caption) ==
          FieldProvenance{MetadataStore::Exif, true, MetadataStore::Iptc, QStringLiteral("iptc")});
}

TEST_CASE("rule 2: without IPTC, XMP wins", "[rules]")
{
    MetadataSources sources;
    sources.xmp.caption = QStringLiteral("xmp caption");
    sources.xmp.creator = QStringLiteral("Tim Kopra");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.caption == QStringLiteral("xmp caption"));
    CHECK(provenance(record, MetadataField::Caption) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    CHECK(provenance(record, MetadataField::Creator).store == MetadataStore::Xmp);
}

TEST_CASE("rule 3: the IPTCDigest decides between IPTC and XMP", "[rules]")
{
    SECTION("digest missing: XMP")
    {
        const PhotoRecord record = reconciled(iptcAndXmp(QStringLiteral("old"), QStringLiteral("new"), Digest::Absent));
        CHECK(record.caption == QStringLiteral("new"));
        CHECK(provenance(record, MetadataField::Caption) ==
              FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc, QStringLiteral("old")});
    }
    SECTION("digest matches: XMP")
    {
        const PhotoRecord record =
            reconciled(iptcAndXmp(QStringLiteral("old"), QStringLiteral("new"), Digest::Matches));
        CHECK(record.caption == QStringLiteral("new"));
    }
    SECTION("digest stale: IPTC was edited later")
    {
        const PhotoRecord record =
            reconciled(iptcAndXmp(QStringLiteral("edited"), QStringLiteral("synced"), Digest::Stale));
        CHECK(record.caption == QStringLiteral("edited"));
        CHECK(provenance(record, MetadataField::Caption) ==
              FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("synced")});
    }
    SECTION("stale, but IPTC is the IIM-truncated prefix of XMP: the full XMP value")
    {
        const QString full = QString(2100, QLatin1Char('c'));
        const PhotoRecord record = reconciled(iptcAndXmp(full.left(2000), full, Digest::Stale));
        CHECK(record.caption == full);
        CHECK(provenance(record, MetadataField::Caption) == FieldProvenance{MetadataStore::Xmp, false, {}, {}});
    }
    SECTION("stale, and IPTC a short prefix edited on purpose: IPTC")
    {
        MetadataSources sources;
        sources.hasIptc = true;
        sources.digest = Digest::Stale;
        sources.iptc.credit = QStringLiteral("NASA");
        sources.xmp.credit = QStringLiteral("NASA/Bill Ingalls");
        sources.iptc.creator = QStringLiteral("Jane Doe");
        sources.xmp.creator = QStringLiteral("Jane Doe; John Smith");
        const PhotoRecord record = reconciled(sources);
        CHECK(record.credit == QStringLiteral("NASA"));
        CHECK(record.creator == QStringLiteral("Jane Doe"));
        CHECK(provenance(record, MetadataField::Credit) ==
              FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("NASA/Bill Ingalls")});
    }
    SECTION("stale, creators each cut at 32 bytes: the full XMP names")
    {
        MetadataSources sources;
        sources.hasIptc = true;
        sources.digest = Digest::Stale;
        const QString first = QStringLiteral("Johns Hopkins APL photographer Steve"),
                      second = QStringLiteral("Tim Kopra");
        sources.iptc.creator = first.left(32) + QStringLiteral("; ") + second;
        sources.xmp.creator = first + QStringLiteral("; ") + second;
        CHECK(reconciled(sources).creator == sources.xmp.creator);
    }
}

TEST_CASE("rule 4: credit and headline follow IPTC/XMP precedence and ignore Exif", "[rules]")
{
    MetadataSources sources;
    sources.hasIptc = true;
    sources.digest = Digest::Stale;
    sources.iptc.credit = QStringLiteral("NASA/Tim Kopra");
    sources.xmp.credit = QStringLiteral("NASA");
    sources.iptc.headline = QStringLiteral("Progress 63P");
    sources.exif.credit = QStringLiteral("never read from Exif");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(record.creditSource == CreditSource::Embedded);
    CHECK(provenance(record, MetadataField::Credit) ==
          FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("NASA")});
    CHECK(record.headline == QStringLiteral("Progress 63P"));
}

TEST_CASE("rule 5: each field falls back to the next store that has it", "[rules]")
{
    MetadataSources sources = iptcAndXmp({}, QStringLiteral("xmp caption"), Digest::Matches);
    sources.iptc.credit = QStringLiteral("Energia"); // XMP wins, but has no credit
    const PhotoRecord record = reconciled(sources);
    CHECK(record.caption == QStringLiteral("xmp caption"));
    CHECK(record.credit == QStringLiteral("Energia"));
    CHECK(provenance(record, MetadataField::Credit) == FieldProvenance{MetadataStore::Iptc, false, {}, {}});
}

TEST_CASE("a sidecar overrides embedded XMP field by field", "[rules][sidecar]")
{
    MetadataSources sources;
    sources.xmp.caption = QStringLiteral("embedded caption");
    sources.xmp.credit = QStringLiteral("embedded credit");
    sources.sidecar.caption = QStringLiteral("sidecar caption");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.caption == QStringLiteral("sidecar caption"));
    CHECK(provenance(record, MetadataField::Caption) ==
          FieldProvenance{MetadataStore::Sidecar, true, MetadataStore::Xmp, QStringLiteral("embedded caption")});
    CHECK(record.credit == QStringLiteral("embedded credit"));
    CHECK(provenance(record, MetadataField::Credit).store == MetadataStore::Xmp);
}

TEST_CASE("a sidecar wins over Exif and a stale IPTC, except for the orientation", "[rules][sidecar]")
{
    // A RAW's camera writes Artist and Copyright; the desk's correction lives in the sidecar.
    MetadataSources sources;
    sources.exif.creator = QStringLiteral("Camera Owner");
    sources.exif.orientation = 6;
    sources.iptc.credit = QStringLiteral("Old Credit");
    sources.hasIptc = true;
    sources.digest = PhotoshopResources::DigestState::Stale;
    sources.sidecar.creator = QStringLiteral("Tim Kopra");
    sources.sidecar.credit = QStringLiteral("NASA/Tim Kopra");
    sources.sidecar.orientation = 1;
    sources.exif.dateTaken = QStringLiteral("2016-03-31T16:23:57");
    sources.sidecar.dateTaken = QStringLiteral("2016-03-31T18:23:57+02:00"); // corrected in darktable
    const PhotoRecord record = reconciled(sources);
    CHECK(record.dateTaken == QStringLiteral("2016-03-31T18:23:57+02:00"));
    CHECK(record.creator == QStringLiteral("Tim Kopra"));
    CHECK(provenance(record, MetadataField::Creator) ==
          FieldProvenance{MetadataStore::Sidecar, true, MetadataStore::Exif, QStringLiteral("Camera Owner")});
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(provenance(record, MetadataField::Credit).store == MetadataStore::Sidecar);
    CHECK(record.orientation == 6);
}

TEST_CASE("a file whose only metadata is a sidecar takes everything from it", "[rules][sidecar]")
{
    MetadataSources sources;
    sources.sidecar.caption = QStringLiteral("caption");
    sources.sidecar.credit = QStringLiteral("Energia");
    sources.sidecar.orientation = 6;
    const PhotoRecord record = reconciled(sources);
    CHECK(record.credit == QStringLiteral("Energia"));
    CHECK(record.orientation == 6);
    CHECK(provenance(record, MetadataField::Orientation) == FieldProvenance{MetadataStore::Sidecar, false, {}, {}});
    CHECK_FALSE(record.provenanceOf(MetadataField::Creator).has_value());
}

TEST_CASE("dates: Exif wins and a zone on one side only is no conflict", "[rules][dates]")
{
    MetadataSources sources;
    sources.exif.dateTaken = QStringLiteral("2016-03-31T16:23:57");
    sources.xmp.dateTaken = QStringLiteral("2016-03-31T16:23:57+00:00");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.dateTaken == QStringLiteral("2016-03-31T16:23:57"));
    CHECK(provenance(record, MetadataField::DateTaken) == FieldProvenance{MetadataStore::Exif, false, {}, {}});
}

TEST_CASE("a trailing caption credit is used when no store has one", "[rules][credits]")
{
    MetadataSources sources;
    sources.xmp.caption = QStringLiteral("Amazing to watch Progress 63P launch. Credit: NASA/Tim Copra");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.credit == QStringLiteral("NASA/Tim Copra"));
    CHECK(record.creditSource == CreditSource::Caption);
    CHECK(provenance(record, MetadataField::Credit) == FieldProvenance{MetadataStore::Caption, false, {}, {}});
    CHECK(record.caption == sources.xmp.caption); // nothing cut from what the author wrote
}

TEST_CASE("an embedded credit beats an inferred one, and a disagreement is flagged", "[rules][credits]")
{
    MetadataSources sources;
    sources.xmp.caption = QStringLiteral("Launch. Credit: NASA/Tim Copra");
    sources.xmp.credit = QStringLiteral("NASA/Tim Kopra");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(record.creditSource == CreditSource::Embedded);
    CHECK(provenance(record, MetadataField::Credit) ==
          FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Caption, QStringLiteral("NASA/Tim Copra")});

    sources.xmp.caption = QStringLiteral("Launch. Credit: NASA / Tim Kopra");
    CHECK(provenance(reconciled(sources), MetadataField::Credit).conflict == false);
}

TEST_CASE("no credit anywhere leaves the credit absent", "[rules][credits]")
{
    MetadataSources sources;
    sources.xmp.caption = QStringLiteral("Credit Suisse sponsors the launch.");
    const PhotoRecord record = reconciled(sources);
    CHECK(record.credit.isNull());
    CHECK(record.creditSource == CreditSource::None);
    CHECK_FALSE(record.provenanceOf(MetadataField::Credit).has_value());
}

TEST_CASE("a PNG Description is the caption of last resort", "[rules][png]")
{
    MetadataSources sources;
    sources.png.caption = QStringLiteral("Screenshot of the launch feed. Photo: Roscosmos");
    PhotoRecord record = reconciled(sources);
    CHECK(record.caption == sources.png.caption);
    CHECK(provenance(record, MetadataField::Caption).store == MetadataStore::PngText);
    CHECK(record.credit == QStringLiteral("Roscosmos"));

    sources.xmp.caption = QStringLiteral("XMP caption");
    record = reconciled(sources);
    CHECK(record.caption == QStringLiteral("XMP caption"));
}
