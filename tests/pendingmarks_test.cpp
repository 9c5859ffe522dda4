#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"

#include "catalog/catalog.h"
#include "metadata/metadatawriter.h"
#include "models/fieldfacetmodel.h"
#include "models/photofiltermodel.h"

#include <QAbstractItemModelTester>

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
    photos.toggleLabel({take.a, take.b}, QStringLiteral("Red"));
    CHECK(roleOf(photos, take.a, PhotoModel::LabelRole).toString().isEmpty());
    CHECK(roleOf(photos, take.b, PhotoModel::LabelRole).toString().isEmpty());
    // A label ("" here) the file does not hold is still the desk's to write.
    CHECK(roleOf(photos, take.a, PhotoModel::MarkPendingRole).toBool());
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
        CHECK(catalog.marksIn(take.folder.path()).value(take.b) == PendingMark{5, QStringLiteral("Green")});
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
