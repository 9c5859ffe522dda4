#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"

#include "support/waituntil.h"

#include "catalog/catalog.h"
#include "metadata/metadatareader.h"
#include "metadata/photorecordcodec.h"
#include "metadata/photorecordjson.h"
#include "models/photodetails.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

TEST_CASE("the details of a photo are display text with their provenance", "[details]")
{
    GalleryFolder folder;
    const QString embedded =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("Liftoff at 16:23."), QStringLiteral("NASA/ESA/Tim Peake"),
                    FixturePhoto::CreditIn::Iptc, QStringLiteral("2016-03-31T16:23:57")});
    const QString inferred = folder.add({QStringLiteral("b.jpg"), QStringLiteral("Amazing to watch"),
                                         QStringLiteral("NASA/Tim Copra"), FixturePhoto::CreditIn::Caption});
    PhotoModel photos;
    QAbstractItemModelTester tester(&photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
    folder.open(photos);

    PhotoDetails details;
    QSignalSpy changes(&details, &PhotoDetails::detailsChanged);
    details.setPhotos(&photos);
    CHECK_FALSE(details.isValid());
    CHECK(changes.count() == 0); // nothing to show yet, nothing changed
    details.setPath(embedded);
    REQUIRE(details.isValid());
    CHECK(changes.count() == 1);
    CHECK(details.fileName() == QStringLiteral("a.jpg"));
    CHECK(details.caption() == QStringLiteral("Liftoff at 16:23."));
    CHECK(details.creditLine() == QStringLiteral("Credit: NASA/ESA/Tim Peake"));
    CHECK(details.attributedCaption() == QStringLiteral("Liftoff at 16:23. Credit: NASA/ESA/Tim Peake"));
    CHECK_FALSE(details.creditInferred());
    CHECK(details.dateTaken() == QStringLiteral("2016-03-31 16:23:57"));
    CHECK(details.dimensions() == QStringLiteral("32 \u00D7 24"));
    CHECK(details.format() == QStringLiteral("JPEG"));
    CHECK(details.fileSize().endsWith(QStringLiteral("KiB")));
    CHECK(details.creditSource() == QStringLiteral("IPTC"));
    CHECK(details.captionSource() == QStringLiteral("XMP"));
    CHECK_FALSE(details.captionConflict());
    CHECK_FALSE(details.creditConflict());
    CHECK(details.creatorSource().isEmpty()); // no value, no source
    CHECK(details.photoSource().toString() == QStringLiteral("image://photo/%1-%2/")
                                                      .arg(photos.row(photos.rowOf(embedded)).version(), 0, 16)
                                                      .arg(QFileInfo(embedded).size()) +
                                                  QString::fromLatin1(QUrl::toPercentEncoding(embedded)));
    CHECK(details.thumbnailSource().toString().startsWith(QStringLiteral("image://thumb/")));
    CHECK(details.error().isEmpty());

    // Selecting changes the model's "selected" role, not the details: no needless signal.
    photos.selection()->selectOnly(embedded);
    CHECK(changes.count() == 1);

    details.setPath(inferred);
    CHECK(details.creditInferred());
    CHECK(details.credit() == QStringLiteral("NASA/Tim Copra"));
    CHECK(details.creditSource() == QStringLiteral("caption text"));
    CHECK(details.caption() == QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra")); // kept in full
    CHECK(details.attributedCaption() == QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"));

    details.setPath(QStringLiteral("/nowhere.jpg"));
    CHECK_FALSE(details.isValid());
    CHECK(details.caption().isEmpty());
    CHECK(details.captionSource().isEmpty());
}

TEST_CASE("the details follow the row when the file changes on disk, and show why a file is broken", "[details]")
{
    GalleryFolder folder;
    const QString path =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("First caption"), QStringLiteral("Energia")});
    PhotoModel photos;
    QAbstractItemModelTester tester(&photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
    folder.open(photos);
    PhotoDetails details;
    details.setPhotos(&photos);
    details.setPath(path);
    REQUIRE(details.caption() == QStringLiteral("First caption"));

    // Exif and XMP disagree about the caption: Exif wins (MWG) and the conflict is reported.
    MetadataWrite spec;
    spec.exif.caption = QStringLiteral("Second caption");
    spec.xmp.caption = QStringLiteral("Another caption");
    PhotoFixture::jpegWith(path, spec, {40, 30});
    photos.rescan();
    waitForScan(photos);
    CHECK(details.caption() == QStringLiteral("Second caption"));
    CHECK(details.captionSource() == QStringLiteral("Exif"));
    CHECK(details.captionConflict());
    CHECK_FALSE(details.dateTakenConflict());
    CHECK(details.dimensions() == QStringLiteral("40 \u00D7 30"));

    PhotoFixture::writeAll(path, QByteArray("not an image at all"));
    photos.rescan();
    waitForScan(photos);
    CHECK_FALSE(details.error().isEmpty());
    CHECK(details.dimensions().isEmpty());

    REQUIRE(QFile::remove(path));
    photos.rescan();
    waitForScan(photos);
    CHECK_FALSE(details.isValid()); // the row is gone
}

TEST_CASE("when the stores disagree, the details say what the other store holds", "[details][provenance]")
{
    GalleryFolder folder;
    MetadataWrite spec;
    spec.exif.caption = QStringLiteral("Liftoff at dawn. Credit: NASA/Tim Copra");
    spec.xmp.caption = QStringLiteral("Liftoff at dusk.");
    spec.xmp.credit = QStringLiteral("NASA/Tim Kopra");
    const QString path = PhotoFixture::jpegWith(folder.filePath(QStringLiteral("conflict.jpg")), spec);

    // The record keeps the other value through every layer: reader, catalog blob, model row, JSON.
    const PhotoRecord record = MetadataReader::read(path);
    const auto caption = record.provenanceOf(MetadataField::Caption);
    REQUIRE(caption);
    CHECK(*caption ==
          FieldProvenance{MetadataStore::Exif, true, MetadataStore::Xmp, QStringLiteral("Liftoff at dusk.")});
    const auto credit = record.provenanceOf(MetadataField::Credit);
    REQUIRE(credit);
    CHECK(*credit ==
          FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Caption, QStringLiteral("NASA/Tim Copra")});
    const auto decoded = PhotoRecordCodec::decode(PhotoRecordCodec::encode(record));
    REQUIRE(decoded);
    CHECK(decoded->provenanceBytes == record.provenanceBytes);
    CHECK(decoded->disagreements == record.disagreements);
    CHECK(PhotoRow::fromRecord(record).toRecord().provenanceBytes == record.provenanceBytes);
    CHECK(PhotoRow::fromRecord(record).toRecord().disagreements == record.disagreements);
    const QJsonObject json = PhotoRecordJson::toJson(record)[QStringLiteral("provenance")].toObject();
    CHECK(json[QStringLiteral("caption")].toObject()[QStringLiteral("other")].toObject() ==
          QJsonObject{{QStringLiteral("source"), QStringLiteral("xmp")},
                      {QStringLiteral("value"), QStringLiteral("Liftoff at dusk.")}});
    CHECK_FALSE(json[QStringLiteral("creator")].toObject().contains(QStringLiteral("other")));

    PhotoModel photos;
    folder.open(photos);
    PhotoDetails details;
    details.setPhotos(&photos);
    details.setPath(path);
    REQUIRE(details.isValid());
    const QVariantMap disagreements = details.disagreements().toMap();
    CHECK(disagreements.keys() == QStringList({QStringLiteral("caption"), QStringLiteral("credit")}));
    CHECK(disagreements[QStringLiteral("caption")].toMap() ==
          QVariantMap{{QStringLiteral("source"), QStringLiteral("XMP")},
                      {QStringLiteral("value"), QStringLiteral("Liftoff at dusk.")}});
    CHECK(disagreements[QStringLiteral("credit")].toMap() ==
          QVariantMap{{QStringLiteral("source"), QStringLiteral("caption text")},
                      {QStringLiteral("value"), QStringLiteral("NASA/Tim Copra")}});
}

TEST_CASE("the detail pane's credit line follows the desk's house style, as Ctrl+C copies it", "[details][book]")
{
    GalleryFolder folder;
    const QString path = folder.add({QStringLiteral("a.jpg"), QStringLiteral("Liftoff at 16:23."),
                                     QStringLiteral("Tim Kopra/NASA"), FixturePhoto::CreditIn::Xmp});
    PhotoModel photos;
    folder.open(photos);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CreditBookModel book;
    book.setCatalogPath(dir.filePath(QStringLiteral("book.sqlite")));
    REQUIRE(waitUntil([&] { return book.state() == CreditBookModel::LoadingState::Ready; }));
    PhotoDetails details;
    details.setPhotos(&photos);
    details.setPath(path);
    REQUIRE(details.isValid());
    CHECK(details.creditLine() == QStringLiteral("Credit: Tim Kopra/NASA"));
    CHECK(details.houseCreditLine().isEmpty()); // Byline's own line: nothing to show apart
    details.setBook(&book);
    QSignalSpy changes(&details, &PhotoDetails::detailsChanged);
    book.setStyle(CreditBookModel::Style::OrganisationPerson);
    CHECK(changes.count() == 1);
    CHECK(details.creditLine() == QStringLiteral("Credit: NASA/Tim Kopra"));
    CHECK(details.attributedCaption() == QStringLiteral("Liftoff at 16:23. Credit: NASA/Tim Kopra"));
    CHECK(details.credit() == QStringLiteral("Tim Kopra/NASA")); // the credit itself is as the file says
    // The detail pane shows the credit as read, and the printed line apart only when it is another.
    CHECK(details.houseCreditLine() == QStringLiteral("Credit: NASA/Tim Kopra"));
    REQUIRE(book.add(QStringLiteral("tim kopra / nasa"), QStringLiteral("Photo: Tim Kopra for NASA")).isEmpty());
    CHECK(details.creditLine() == QStringLiteral("Photo: Tim Kopra for NASA"));
    CHECK(details.houseCreditLine() == QStringLiteral("Photo: Tim Kopra for NASA"));
    CHECK(details.credit() == QStringLiteral("Tim Kopra/NASA"));
    CHECK(details.creditSource() == QStringLiteral("XMP"));
    CHECK(changes.count() >= 2);
    book.setStyle(CreditBookModel::Style::PersonOrganisation);
    REQUIRE(book.remove(QStringLiteral("Tim Kopra/NASA")));
    CHECK(details.creditLine() == QStringLiteral("Credit: Tim Kopra/NASA"));
    CHECK(details.houseCreditLine().isEmpty()); // the style prints it as the file says it
}

TEST_CASE("the wire fields are display text with their stores, a restricting instruction named", "[details][wire]")
{
    GalleryFolder folder;
    MetadataWrite spec;
    spec.iptc.instructions = QStringLiteral("EMBARGOED until 16:23 GMT. MANDATORY CREDIT");
    spec.iptc.title = QStringLiteral("Rollout");
    spec.iptc.keywords = {QStringLiteral("Soyuz"), QStringLiteral("Baikonur")};
    spec.iptc.sublocation = QStringLiteral("Site 31");
    spec.iptc.city = QStringLiteral("Baikonur");
    spec.xmp.city = QStringLiteral("Moscow"); // the stale digest lets IPTC win, and the city is a conflict
    spec.iptc.country = QStringLiteral("Kazakhstan");
    spec.iptc.countryCode = QStringLiteral("KAZ");
    spec.iptc.source = QStringLiteral("Roscosmos");
    spec.xmp.usageTerms = QStringLiteral("Editorial use only");
    spec.xmp.rating = QStringLiteral("3");
    spec.xmp.label = QStringLiteral("Red");
    spec.digest = MetadataWrite::Digest::Stale;
    const QString wire = PhotoFixture::jpegWith(folder.filePath(QStringLiteral("wire.jpg")), spec);
    MetadataWrite rejectedSpec;
    rejectedSpec.xmp.rating = QStringLiteral("-1");
    rejectedSpec.xmp.instructions = QStringLiteral("Handout photo");
    const QString rejected = PhotoFixture::jpegWith(folder.filePath(QStringLiteral("rejected.jpg")), rejectedSpec);
    PhotoModel photos;
    QAbstractItemModelTester tester(&photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
    folder.open(photos);
    PhotoDetails details;
    details.setPhotos(&photos);
    details.setPath(wire);
    REQUIRE(details.isValid());

    CHECK(details.instructions() == QStringLiteral("EMBARGOED until 16:23 GMT. MANDATORY CREDIT"));
    CHECK(details.instructionsAlert() == QStringLiteral("Embargo until 16:23 GMT \u00B7 Mandatory credit"));
    CHECK(details.instructionsSource() == QStringLiteral("IPTC"));
    CHECK(details.title() == QStringLiteral("Rollout"));
    CHECK(details.keywords() == QStringLiteral("Soyuz; Baikonur"));
    CHECK(details.keywordsSource() == QStringLiteral("IPTC"));
    CHECK(details.location() == QStringLiteral("Site 31, Baikonur, Kazakhstan (KAZ)"));
    CHECK(details.locationSource() == QStringLiteral("IPTC"));
    CHECK(details.locationConflict());
    CHECK(details.locationDisagreement().toMap() ==
          QVariantMap{{QStringLiteral("source"), QStringLiteral("XMP")},
                      {QStringLiteral("value"), QStringLiteral("city Moscow")}});
    CHECK(details.source() == QStringLiteral("Roscosmos"));
    CHECK(details.usageTerms() == QStringLiteral("Editorial use only"));
    CHECK(details.usageTermsSource() == QStringLiteral("XMP"));
    CHECK(details.rating() == QStringLiteral("\u2605\u2605\u2605\u2606\u2606"));
    CHECK(details.ratingSource() == QStringLiteral("XMP"));
    CHECK(details.label() == QStringLiteral("Red"));
    CHECK_FALSE(details.titleConflict());
    CHECK(details.disagreements().toMap().contains(QStringLiteral("city")));

    details.setPath(rejected);
    REQUIRE(details.isValid());
    CHECK(details.rating() == QStringLiteral("Rejected"));
    CHECK(details.instructions() == QStringLiteral("Handout photo"));
    CHECK(details.instructionsAlert().isEmpty()); // nothing it restricts
    CHECK(details.location().isEmpty());
    CHECK(details.locationSource().isEmpty());
    CHECK_FALSE(details.locationConflict());
    CHECK_FALSE(details.locationDisagreement().isValid());
    CHECK(details.keywords().isEmpty());

    // A rating set in the window is the desk's until written: the pane names no store for it.
    details.setPath(wire);
    photos.setRating({wire}, 5);
    CHECK(details.rating() == QStringLiteral("\u2605\u2605\u2605\u2605\u2605"));
    CHECK(details.ratingSource() == QStringLiteral("set here, not written yet"));
    CHECK(details.labelSource() == QStringLiteral("XMP")); // the label is still the file's
    CHECK(details.marks() == QStringLiteral("★★★★★  ·  Red  (not written yet: rating)"));

    // A label taken away here is said, not left out: the file still has it (new-user finding).
    photos.toggleLabel({wire}, QStringLiteral("Red"));
    CHECK(details.label().isEmpty());
    CHECK(details.labelShown() == QStringLiteral("No label"));
    CHECK(details.labelSource() == QStringLiteral("set here, not written yet"));
    CHECK(details.marks() == QStringLiteral("★★★★★  ·  No label  (not written yet: rating, label)"));
    photos.toggleTag({wire});
    CHECK(details.taggedShown() == QStringLiteral("✓ Tagged"));
    photos.toggleTag({wire}); // back to what the file says (untagged): nothing pending for the tag
    CHECK(details.taggedShown().isEmpty());
    CHECK(details.marks() == QStringLiteral("★★★★★  ·  No label  (not written yet: rating, label)"));
    photos.setRating({wire}, 3); // the file's rating again
    photos.toggleLabel({wire}, QStringLiteral("Red"));
    CHECK(details.labelShown() == QStringLiteral("Red"));
    CHECK(details.marks() == QStringLiteral("★★★☆☆  ·  Red"));
}
