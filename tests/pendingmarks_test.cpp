#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"

#include "catalog/catalog.h"
#include "metadata/metadatawriter.h"
#include "models/fieldfacetmodel.h"
#include "models/photofiltermodel.h"

#include <QAbstractItemModelTester>
#include <QFile>

#include <memory>

// Culling in the catalog first (issue 20): a rating or label key changes the row at once, the catalog
// keeps it for the next window, the file is not touched, and a file found holding the mark settles it.

namespace {

using Tester = QAbstractItemModelTester;

struct Take
{
    GalleryFolder folder;
    QString a, b, c;

    Take()
    {
        MetadataWrite rated;
        rated.xmp.caption = QStringLiteral("Soyuz MS-02 on the pad");
        rated.xmp.rating = QStringLiteral("2");
        a = folder.filePath(QStringLiteral("a.jpg"));
        PhotoFixture::jpegWith(a, rated);
        MetadataWrite plain;
        plain.iptc.caption = QStringLiteral("Crew walkout");
        b = folder.filePath(QStringLiteral("b.jpg"));
        PhotoFixture::jpegWith(b, plain);
        c = folder.filePath(QStringLiteral("c.jpg"));
        PhotoFixture::jpegWith(c, plain);
    }
};

QVariant roleOf(const PhotoModel &photos, const QString &path, int role)
{
    return photos.index(photos.rowOf(path)).data(role);
}

} // namespace

TEST_CASE("a rating key changes the row at once and leaves the file as it was", "[culling][marks]")
{
    Take take;
    const QByteArray before = PhotoFixture::readAll(take.a);
    PhotoModel photos;
    Tester tester(&photos, Tester::FailureReportingMode::Fatal);
    take.folder.open(photos);
    REQUIRE(roleOf(photos, take.a, PhotoModel::RatingRole).toInt() == 2);
    CHECK_FALSE(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());

    photos.setRating({take.a, take.b}, 4);
    CHECK(roleOf(photos, take.a, PhotoModel::RatingRole).toInt() == 4);
    CHECK(roleOf(photos, take.b, PhotoModel::RatingRole).toInt() == 4);
    CHECK(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
    CHECK_FALSE(roleOf(photos, take.c, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 2);
    // The store that held the rating no longer does: the detail pane names none for it.
    CHECK_FALSE(roleOf(photos, take.a, PhotoModel::ProvenanceRole).toMap().contains(QStringLiteral("rating")));
    CHECK(roleOf(photos, take.a, PhotoModel::CaptionRole).toString() == QStringLiteral("Soyuz MS-02 on the pad"));
    CHECK(photos.rowOf(take.a) >= 0); // still found by its path after the row was replaced

    photos.setRating({take.c}, -1);
    CHECK(roleOf(photos, take.c, PhotoModel::RatingRole).toInt() == -1);
    photos.setRating({take.c}, 9); // not a rating: nothing changes
    CHECK(roleOf(photos, take.c, PhotoModel::RatingRole).toInt() == -1);
    CHECK(PhotoFixture::readAll(take.a) == before);
}

TEST_CASE("a label key gives the label, and takes it away when every photo has it", "[culling][marks]")
{
    Take take;
    PhotoModel photos;
    take.folder.open(photos);
    photos.toggleLabel({take.a}, QStringLiteral("Red"));
    CHECK(roleOf(photos, take.a, PhotoModel::LabelRole).toString() == QStringLiteral("Red"));
    photos.toggleLabel({take.a, take.b}, QStringLiteral("Red")); // b lacks it: both get it
    CHECK(roleOf(photos, take.b, PhotoModel::LabelRole).toString() == QStringLiteral("Red"));
    CHECK(photos.pendingMarkCount() == 2);
    photos.toggleLabel({take.a, take.b}, QStringLiteral("Red"));
    CHECK(roleOf(photos, take.a, PhotoModel::LabelRole).toString().isEmpty());
    CHECK(roleOf(photos, take.b, PhotoModel::LabelRole).toString().isEmpty());
    // Back at what the files say (no label): no mark is left to write.
    CHECK_FALSE(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 0);
}

TEST_CASE("a key back to the file's own rating leaves no mark; an unreadable photo in the selection is passed over",
          "[culling][marks]")
{
    Take take;
    PhotoFixture::writeAll(take.folder.filePath(QStringLiteral("broken.jpg")), QByteArrayLiteral("not a JPEG"));
    PhotoModel photos;
    take.folder.open(photos);
    const QString broken = take.folder.filePath(QStringLiteral("broken.jpg"));
    REQUIRE(photos.rowOf(broken) >= 0);
    photos.setRating({take.a, broken}, 4);
    CHECK(photos.pendingMarkCount() == 1); // the unreadable file gets none
    photos.setRating({take.a}, 2);         // a.jpg's file says 2
    CHECK(roleOf(photos, take.a, PhotoModel::RatingRole).toInt() == 2);
    CHECK_FALSE(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 0);
    // Toggling a label over a selection with an unreadable photo still takes the label away.
    photos.toggleLabel({take.b, broken}, QStringLiteral("Red"));
    CHECK(roleOf(photos, take.b, PhotoModel::LabelRole).toString() == QStringLiteral("Red"));
    photos.toggleLabel({take.b, broken}, QStringLiteral("red")); // in any case
    CHECK(roleOf(photos, take.b, PhotoModel::LabelRole).toString().isEmpty());
}

TEST_CASE("the T key's tag is toggled over a selection, kept in the catalog, and settled by a file that holds it",
          "[culling][marks][catalog]")
{
    Take take;
    {
        PhotoModel photos;
        Tester tester(&photos, Tester::FailureReportingMode::Fatal);
        take.folder.open(photos);
        CHECK_FALSE(roleOf(photos, take.a, PhotoModel::TaggedRole).toBool());
        photos.toggleTag({take.a});
        CHECK(roleOf(photos, take.a, PhotoModel::TaggedRole).toBool());
        CHECK(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
        // Only the tag is the desk's: the rating shown is still the file's, and a view can tell them apart.
        CHECK(roleOf(photos, take.a, PhotoModel::PendingPartsRole).toInt() == PhotoModel::PendingTag);
        photos.toggleLabel({take.a}, QStringLiteral("Red"));
        CHECK(roleOf(photos, take.a, PhotoModel::PendingPartsRole).toInt() ==
              (PhotoModel::PendingTag | PhotoModel::PendingLabel));
        photos.toggleLabel({take.a}, QStringLiteral("Red"));
        CHECK(roleOf(photos, take.a, PhotoModel::RatingRole).toInt() == 2); // the file's rating is left alone
        photos.toggleTag({take.a, take.b});                                 // b is not tagged: both are
        CHECK(roleOf(photos, take.b, PhotoModel::TaggedRole).toBool());
        photos.toggleTag({take.a, take.b}); // both are: both are untagged, back at the files' own
        CHECK_FALSE(roleOf(photos, take.a, PhotoModel::TaggedRole).toBool());
        CHECK(photos.pendingMarkCount() == 0);
        photos.toggleTag({take.c});
        CHECK(photos.pendingMarkCount() == 1);
    }
    {
        Catalog catalog(take.folder.catalogPath());
        const PendingMark kept = catalog.marksIn(take.folder.path()).value(take.c);
        CHECK(kept.tagged == true);
        CHECK_FALSE(kept.fileTagged);
        CHECK_FALSE(kept.rating);
        CHECK_FALSE(kept.label);
    }
    PhotoModel photos;
    take.folder.open(photos);
    CHECK(roleOf(photos, take.c, PhotoModel::TaggedRole).toBool());
    CHECK(roleOf(photos, take.c, PhotoModel::MarkPendingRole).toBool());

    // Photo Mechanic tags the file itself: the mark is settled, and the tag is the file's (XMP).
    MetadataWrite written;
    written.iptc.caption = QStringLiteral("Crew walkout");
    written.xmp.tagged = QStringLiteral("True");
    PhotoFixture::jpegWith(take.c, written);
    photos.rescan();
    waitForScan(photos);
    CHECK(roleOf(photos, take.c, PhotoModel::TaggedRole).toBool());
    CHECK_FALSE(roleOf(photos, take.c, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 0);
    CHECK(roleOf(photos, take.c, PhotoModel::ProvenanceRole).toMap().contains(QStringLiteral("tagged")));
}

TEST_CASE("a file changed elsewhere since the mark was made keeps the change: the later word wins", "[culling][marks]")
{
    Take take;
    PhotoModel photos;
    take.folder.open(photos);
    photos.setRating({take.a}, 5); // a.jpg's file says 2
    REQUIRE(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
    // byline-cli set --rating 1, or another program, writes the file.
    MetadataWrite rewritten;
    rewritten.xmp.caption = QStringLiteral("Soyuz MS-02 on the pad");
    rewritten.xmp.rating = QStringLiteral("1");
    PhotoFixture::jpegWith(take.a, rewritten);
    photos.rescan();
    waitForScan(photos);
    CHECK(roleOf(photos, take.a, PhotoModel::RatingRole).toInt() == 1);
    CHECK_FALSE(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 0);
}

TEST_CASE("the catalog forgets a settled mark, and the mark of a photo that is gone", "[culling][marks][catalog]")
{
    Take take;
    {
        PhotoModel photos;
        take.folder.open(photos);
        photos.setRating({take.b, take.c}, 3);
    }
    QFile::remove(take.c); // deleted while the window was closed
    MetadataWrite written;
    written.iptc.caption = QStringLiteral("Crew walkout");
    written.xmp.rating = QStringLiteral("3");
    PhotoFixture::jpegWith(take.b, written); // and b written with its mark by another program
    {
        PhotoModel photos;
        take.folder.open(photos);
        CHECK(photos.pendingMarkCount() == 0);
    }
    Catalog catalog(take.folder.catalogPath());
    CHECK(catalog.marksIn(take.folder.path()).isEmpty());
}

TEST_CASE("the catalog keeps the marks for the next window, until the file holds them", "[culling][marks][catalog]")
{
    Take take;
    {
        PhotoModel photos;
        take.folder.open(photos);
        photos.setRating({take.b}, 5);
        photos.toggleLabel({take.b}, QStringLiteral("Green"));
    } // the window closes; its catalog writes are done before it goes

    {
        Catalog catalog(take.folder.catalogPath());
        const PendingMark kept = catalog.marksIn(take.folder.path()).value(take.b);
        CHECK(kept.rating == 5);
        CHECK(kept.label == QStringLiteral("Green"));
        CHECK(kept.fileRating == 0); // what the file said when the mark was made
        CHECK(kept.fileLabel.isEmpty());
    }
    PhotoModel photos;
    take.folder.open(photos);
    CHECK(roleOf(photos, take.b, PhotoModel::RatingRole).toInt() == 5);
    CHECK(roleOf(photos, take.b, PhotoModel::LabelRole).toString() == QStringLiteral("Green"));
    CHECK(roleOf(photos, take.b, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 1);

    // Another program writes the same rating and label into the file: nothing is pending any more.
    MetadataWrite written;
    written.iptc.caption = QStringLiteral("Crew walkout");
    written.xmp.rating = QStringLiteral("5");
    written.xmp.label = QStringLiteral("Green");
    PhotoFixture::jpegWith(take.b, written);
    photos.rescan();
    waitForScan(photos);
    CHECK(roleOf(photos, take.b, PhotoModel::RatingRole).toInt() == 5);
    CHECK_FALSE(roleOf(photos, take.b, PhotoModel::MarkPendingRole).toBool());
    CHECK(photos.pendingMarkCount() == 0);
    REQUIRE(roleOf(photos, take.b, PhotoModel::ProvenanceRole).toMap().contains(QStringLiteral("rating")));
}

TEST_CASE("the rating facet and filter follow a mark as soon as it is made", "[culling][marks][facets]")
{
    Take take;
    PhotoModel photos;
    take.folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    Tester tester(&filter, Tester::FailureReportingMode::Fatal);
    FieldFacetModel ratings;
    ratings.setField(FieldFacetModel::Field::Rating);
    ratings.setFilter(&filter);
    ratings.toggle(QStringLiteral("5"));
    CHECK(filter.count() == 0);
    photos.setRating({take.c}, 5);
    CHECK(filter.count() == 1);
    CHECK(filter.pathAt(0) == take.c);
    ratings.recountNow();
    REQUIRE(ratings.rowCount() >= 1);
    CHECK(ratings.facet(0).value == QStringLiteral("5"));
    CHECK(ratings.facet(0).count == 1);
    photos.setRating({take.c}, 3); // rated down: out of the five-star filter at once
    CHECK(filter.count() == 0);
}
