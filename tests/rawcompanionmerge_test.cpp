#include <catch2/catch.hpp>

#include "metadata/rawcompanionmerge.h"

#include <QSize>

// The one record of a RAW+JPEG pair (docs/metadata.md, "RAW+JPEG pairs").

namespace {

PhotoRecord jpeg()
{
    PhotoRecord record;
    record.path = QStringLiteral("/d/IMG_1.JPG");
    record.format = QStringLiteral("jpeg");
    record.width = 1600;
    record.height = 1200;
    record.orientation = 1;
    record.fileSize = 400'000;
    return record;
}

PhotoRecord raw()
{
    PhotoRecord record;
    record.path = QStringLiteral("/d/IMG_1.NEF");
    record.format = QStringLiteral("nef");
    record.width = 6048;
    record.height = 4024;
    record.orientation = 6;
    record.fileSize = 24'000'000;
    return record;
}

void set(PhotoRecord &record, QString PhotoRecord::*member, MetadataField field, const QString &value,
         MetadataStore store)
{
    record.*member = value;
    record.setProvenance(field, {store, false, MetadataStore::Exif, {}});
}

} // namespace

TEST_CASE("the pair is the JPEG's record, naming the RAW as its companion", "[pairs][merge]")
{
    PhotoRecord shown = jpeg();
    set(shown, &PhotoRecord::caption, MetadataField::Caption, QStringLiteral("Liftoff"), MetadataStore::Iptc);
    const PhotoRecord pair = RawCompanionMerge::merge(shown, raw());
    CHECK(pair.path == QStringLiteral("/d/IMG_1.JPG"));
    CHECK(pair.companionPath == QStringLiteral("/d/IMG_1.NEF"));
    CHECK(pair.companionSize == 24'000'000);
    CHECK(pair.hasCompanion());
    // The picture shown is the JPEG's: its size, orientation and format.
    CHECK(pair.format == QStringLiteral("jpeg"));
    CHECK(QSize(pair.width, pair.height) == QSize(1600, 1200));
    CHECK(pair.orientation == 1);
    CHECK(pair.fileSize == 400'000);
    CHECK(pair.caption == QStringLiteral("Liftoff"));
    CHECK(pair.provenanceOf(MetadataField::Caption)->store == MetadataStore::Iptc);
    CHECK(pair.warnings.isEmpty());
}

TEST_CASE("fields the JPEG lacks come from the RAW, marked as from the RAW companion", "[pairs][merge]")
{
    PhotoRecord shown = jpeg();
    set(shown, &PhotoRecord::dateTaken, MetadataField::DateTaken, QStringLiteral("2016-03-31T09:23:57"),
        MetadataStore::Exif);
    PhotoRecord companion = raw();
    set(companion, &PhotoRecord::caption, MetadataField::Caption, QStringLiteral("Progress MS-02 on the pad"),
        MetadataStore::Sidecar);
    set(companion, &PhotoRecord::credit, MetadataField::Credit, QStringLiteral("Energia"), MetadataStore::Sidecar);
    companion.creditSource = CreditSource::Embedded;
    set(companion, &PhotoRecord::creator, MetadataField::Creator, QStringLiteral("Oleg Artemyev"), MetadataStore::Exif);
    set(companion, &PhotoRecord::copyright, MetadataField::Copyright, QStringLiteral("Roscosmos"), MetadataStore::Exif);
    set(companion, &PhotoRecord::headline, MetadataField::Headline, QStringLiteral("Launch"), MetadataStore::Xmp);
    set(companion, &PhotoRecord::dateTaken, MetadataField::DateTaken, QStringLiteral("2016-03-31T09:23:58"),
        MetadataStore::Exif);

    const PhotoRecord pair = RawCompanionMerge::merge(shown, companion);
    CHECK(pair.caption == QStringLiteral("Progress MS-02 on the pad"));
    CHECK(pair.credit == QStringLiteral("Energia"));
    CHECK(pair.creditSource == CreditSource::Embedded);
    CHECK(pair.creator == QStringLiteral("Oleg Artemyev"));
    CHECK(pair.copyright == QStringLiteral("Roscosmos"));
    CHECK(pair.headline == QStringLiteral("Launch"));
    for (const MetadataField field : {MetadataField::Caption, MetadataField::Credit, MetadataField::Creator,
                                      MetadataField::Copyright, MetadataField::Headline}) {
        INFO(metadataFieldName(field).toStdString());
        REQUIRE(pair.provenanceOf(field));
        CHECK(pair.provenanceOf(field)->store == MetadataStore::RawCompanion);
    }
    // The JPEG's own date stays, from its own store; only the caption and credit are compared.
    CHECK(pair.dateTaken == QStringLiteral("2016-03-31T09:23:57"));
    CHECK(pair.provenanceOf(MetadataField::DateTaken)->store == MetadataStore::Exif);
    CHECK(pair.provenanceOf(MetadataField::Orientation) == std::nullopt);
    CHECK(pair.warnings.isEmpty());
    CHECK(metadataStoreName(MetadataStore::RawCompanion) == QStringLiteral("raw-companion"));
}

TEST_CASE("wire fields the JPEG lacks come from the RAW: a pair is rated in the RAW's sidecar", "[pairs][merge][wire]")
{
    PhotoRecord shown = jpeg();
    set(shown, &PhotoRecord::city, MetadataField::City, QStringLiteral("Baikonur"), MetadataStore::Iptc);
    PhotoRecord companion = raw();
    set(companion, &PhotoRecord::city, MetadataField::City, QStringLiteral("Moscow"), MetadataStore::Sidecar);
    set(companion, &PhotoRecord::label, MetadataField::Label, QStringLiteral("Red"), MetadataStore::Sidecar);
    companion.rating = 0; // "unrated" said in so many words is a value
    companion.setProvenance(MetadataField::Rating, {MetadataStore::Sidecar, false, {}, {}});
    companion.keywords = {QStringLiteral("Soyuz")};
    companion.setProvenance(MetadataField::Keywords, {MetadataStore::Sidecar, false, {}, {}});

    const PhotoRecord pair = RawCompanionMerge::merge(shown, companion);
    CHECK(pair.city == QStringLiteral("Baikonur")); // the JPEG's own
    CHECK(pair.provenanceOf(MetadataField::City)->store == MetadataStore::Iptc);
    CHECK(pair.label == QStringLiteral("Red"));
    CHECK(pair.rating == 0);
    CHECK(pair.keywords == QStringList{QStringLiteral("Soyuz")});
    for (const MetadataField field : {MetadataField::Label, MetadataField::Rating, MetadataField::Keywords}) {
        INFO(metadataFieldName(field).toStdString());
        REQUIRE(pair.provenanceOf(field));
        CHECK(pair.provenanceOf(field)->store == MetadataStore::RawCompanion);
    }
    CHECK_FALSE(pair.provenanceOf(MetadataField::Title));
}

TEST_CASE("a caption or credit both carry differently: the JPEG's is kept, a warning names the RAW's", "[pairs][merge]")
{
    PhotoRecord shown = jpeg();
    set(shown, &PhotoRecord::caption, MetadataField::Caption, QStringLiteral("Edited caption"), MetadataStore::Iptc);
    set(shown, &PhotoRecord::credit, MetadataField::Credit, QStringLiteral("Reuters"), MetadataStore::Iptc);
    shown.creditSource = CreditSource::Embedded;
    shown.warnings = {QStringLiteral("the JPEG's own warning")};
    PhotoRecord companion = raw();
    set(companion, &PhotoRecord::caption, MetadataField::Caption, QStringLiteral("Camera caption"),
        MetadataStore::Sidecar);
    set(companion, &PhotoRecord::credit, MetadataField::Credit, QStringLiteral("Stringer"), MetadataStore::Sidecar);
    companion.creditSource = CreditSource::Embedded;

    const PhotoRecord pair = RawCompanionMerge::merge(shown, companion);
    CHECK(pair.caption == QStringLiteral("Edited caption"));
    CHECK(pair.credit == QStringLiteral("Reuters"));
    CHECK(pair.provenanceOf(MetadataField::Credit)->store == MetadataStore::Iptc);
    CHECK(pair.warnings ==
          QStringList{QStringLiteral("the JPEG's own warning"),
                      QStringLiteral("the RAW companion IMG_1.NEF has another caption: \"Camera caption\"; "
                                     "the JPEG's is shown"),
                      QStringLiteral("the RAW companion IMG_1.NEF has another credit: \"Stringer\"; the JPEG's is "
                                     "shown")});

    // The same text in another case or spacing is no disagreement.
    companion.caption = QStringLiteral("edited  CAPTION");
    companion.credit = QStringLiteral("REUTERS");
    CHECK(RawCompanionMerge::merge(shown, companion).warnings == shown.warnings);
}

TEST_CASE("a credit embedded in the RAW beats one inferred from the JPEG's caption", "[pairs][merge]")
{
    // The single-file rule, "an embedded credit always beats an inferred one", holds across the pair.
    PhotoRecord shown = jpeg();
    set(shown, &PhotoRecord::caption, MetadataField::Caption, QStringLiteral("Liftoff. Credit: NASA/Bill Ingalls"),
        MetadataStore::Iptc);
    set(shown, &PhotoRecord::credit, MetadataField::Credit, QStringLiteral("NASA/Bill Ingalls"),
        MetadataStore::Caption);
    shown.creditSource = CreditSource::Caption;
    PhotoRecord companion = raw();
    set(companion, &PhotoRecord::credit, MetadataField::Credit, QStringLiteral("NASA/Joel Kowsky"),
        MetadataStore::Sidecar);
    companion.creditSource = CreditSource::Embedded;

    PhotoRecord pair = RawCompanionMerge::merge(shown, companion);
    CHECK(pair.credit == QStringLiteral("NASA/Joel Kowsky"));
    CHECK(pair.creditSource == CreditSource::Embedded);
    CHECK(pair.provenanceOf(MetadataField::Credit)->store == MetadataStore::RawCompanion);
    REQUIRE(pair.warnings.size() == 1);
    CHECK(pair.warnings.constFirst().contains(QStringLiteral("\"NASA/Bill Ingalls\"")));

    // Inferred against inferred: the JPEG's stays.
    companion.creditSource = CreditSource::Caption;
    pair = RawCompanionMerge::merge(shown, companion);
    CHECK(pair.credit == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(pair.creditSource == CreditSource::Caption);
}

TEST_CASE("a RAW that cannot be read gives nothing but a warning", "[pairs][merge]")
{
    PhotoRecord companion = raw();
    companion.error = QStringLiteral("no preview");
    companion.caption = QStringLiteral("never taken from an error record");
    const PhotoRecord pair = RawCompanionMerge::merge(jpeg(), companion);
    CHECK(pair.caption.isEmpty());
    CHECK(pair.companionPath == QStringLiteral("/d/IMG_1.NEF"));
    CHECK(pair.warnings == QStringList{QStringLiteral("the RAW companion IMG_1.NEF could not be read: no preview")});
    CHECK_FALSE(pair.hasError()); // the JPEG is shown
}
