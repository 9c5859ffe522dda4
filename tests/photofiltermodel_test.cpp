#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"

#include "models/photofiltermodel.h"

#include <QAbstractItemModelTester>
#include <QDir>

#include <memory>

namespace {

using Tester = QAbstractItemModelTester;
using In = FixturePhoto::CreditIn;

// A small desk: credits with and without agencies, an inferred credit, a near-duplicate, no credit.
void makeDesk(GalleryFolder &folder)
{
    folder.add({QStringLiteral("a.jpg"), QStringLiteral("Soyuz on the pad at Baikonur"), QStringLiteral("Energia"),
                In::Iptc, QStringLiteral("2016-03-31T15:40:00")});
    folder.add({QStringLiteral("b.jpg"), QStringLiteral("Lift-off"), QStringLiteral("Energia"), In::Caption,
                QStringLiteral("2016-03-31T16:23:57")});
    folder.add({QStringLiteral("c.jpg"), QStringLiteral("Progress over a city"), QStringLiteral("NASA/Tim Kopra"),
                In::Xmp, QStringLiteral("2016-03-31T16:32:00")});
    folder.add({QStringLiteral("d.jpg"), QStringLiteral("Launch from Baikonur"), QStringLiteral("NASA/Tim Copra"),
                In::Caption, QStringLiteral("2016-03-31T16:30:00")});
    folder.add({QStringLiteral("e.jpg"), QStringLiteral("Ride into orbit"), QStringLiteral("NASA/ESA/Tim Peake"),
                In::Xmp, QStringLiteral("2016-03-31T16:35:00")});
    folder.add({QStringLiteral("f.jpg"), QStringLiteral("D\u00E9collage \u00E0 Ba\u00EFkonour"), {}, In::Nowhere});
}

QStringList shownNames(const PhotoFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names << filter.index(row, 0).data(PhotoModel::FileNameRole).toString();
    return names;
}

/** The desk opened in a model with a filter over it, the filter checked by QAbstractItemModelTester. */
struct DeskView
{
    GalleryFolder folder;
    PhotoModel photos;
    PhotoFilterModel filter;
    std::unique_ptr<Tester> tester;

    DeskView()
    {
        makeDesk(folder);
        folder.open(photos);
        filter.setPhotos(&photos);
        tester = std::make_unique<Tester>(&filter, Tester::FailureReportingMode::Fatal);
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("credits OR together and AND with the search", "[filter]")
{
    DeskView desk;
    PhotoFilterModel &filter = desk.filter;
    REQUIRE(filter.count() == 6);
    CHECK_FALSE(filter.isFiltering());

    filter.setSelectedCredits({QStringLiteral("energia")});
    CHECK(sorted(shownNames(filter)) == QStringList{"a.jpg", "b.jpg"});
    filter.toggleCredit(QStringLiteral("nasa/tim kopra"));
    CHECK(sorted(shownNames(filter)) == QStringList{"a.jpg", "b.jpg", "c.jpg"});
    filter.setSearchText(QStringLiteral("baikonur"));
    CHECK(shownNames(filter) == QStringList{"a.jpg"});
    CHECK(filter.isFiltering());
    filter.clearFilters();
    CHECK(filter.count() == 6);
}

TEST_CASE("search is case- and accent-insensitive, every word must match, file names count", "[filter]")
{
    DeskView desk;
    PhotoFilterModel &filter = desk.filter;
    filter.setSearchText(QStringLiteral("BAIKONOUR decollage"));
    CHECK(shownNames(filter) == QStringList{"f.jpg"});
    filter.setSearchText(QStringLiteral("baikonur launch"));
    CHECK(shownNames(filter) == QStringList{"d.jpg"});
    filter.setSearchText(QStringLiteral("peake"));
    CHECK(shownNames(filter) == QStringList{"e.jpg"});
    filter.setSearchText(QStringLiteral("c.jpg"));
    CHECK(shownNames(filter) == QStringList{"c.jpg"});
    filter.setSearchText(QStringLiteral("orbit city"));
    CHECK(filter.count() == 0);
}

TEST_CASE("search finds the wire fields: instructions, keywords, a place", "[filter][wire]")
{
    GalleryFolder folder;
    MetadataWrite embargoed;
    embargoed.iptc.caption = QStringLiteral("Rollout");
    embargoed.iptc.instructions = QStringLiteral("EMBARGOED until 16:23 GMT");
    embargoed.iptc.keywords = {QStringLiteral("Soyuz"), QStringLiteral("Progress")};
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("embargoed.jpg")), embargoed);
    MetadataWrite placed;
    placed.xmp.caption = QStringLiteral("Crew walkout");
    placed.xmp.city = QStringLiteral("Baïkonour");
    placed.xmp.label = QStringLiteral("Red");
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("placed.jpg")), placed);
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    Tester tester(&filter, Tester::FailureReportingMode::Fatal);
    REQUIRE(filter.count() == 2);

    filter.setSearchText(QStringLiteral("embargoed"));
    CHECK(shownNames(filter) == QStringList{"embargoed.jpg"});
    filter.setSearchText(QStringLiteral("progress soyuz"));
    CHECK(shownNames(filter) == QStringList{"embargoed.jpg"});
    filter.setSearchText(QStringLiteral("baikonour red"));
    CHECK(shownNames(filter) == QStringList{"placed.jpg"});
    filter.setSearchText(QStringLiteral("embargoed red"));
    CHECK(filter.count() == 0);
}

TEST_CASE("agency facets, the no-credit bucket and the toggles", "[filter]")
{
    DeskView desk;
    PhotoFilterModel &filter = desk.filter;
    filter.setSelectedCredits({PhotoFilterModel::s_agencyPrefix + QStringLiteral("nasa")});
    CHECK(sorted(shownNames(filter)) == QStringList{"c.jpg", "d.jpg", "e.jpg"});
    filter.setSelectedCredits({PhotoFilterModel::s_agencyPrefix + QStringLiteral("esa")});
    CHECK(shownNames(filter) == QStringList{"e.jpg"});
    filter.setSelectedCredits({PhotoFilterModel::s_noCreditKey, QStringLiteral("nasa/tim kopra")});
    CHECK(sorted(shownNames(filter)) == QStringList{"c.jpg", "f.jpg"});
    filter.setSelectedCredits({});
    filter.setNoCreditOnly(true);
    CHECK(shownNames(filter) == QStringList{"f.jpg"});
    filter.setNoCreditOnly(false);
    filter.setInferredOnly(true);
    CHECK(sorted(shownNames(filter)) == QStringList{"b.jpg", "d.jpg"});
}

TEST_CASE("an accepted alias filters the misspelling with the credit it means", "[filter][alias]")
{
    DeskView desk;
    PhotoModel &photos = desk.photos;
    PhotoFilterModel &filter = desk.filter;
    filter.setSelectedCredits({QStringLiteral("nasa/tim kopra")});
    CHECK(shownNames(filter) == QStringList{"c.jpg"});
    photos.acceptAlias(QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"));
    CHECK(sorted(shownNames(filter)) == QStringList{"c.jpg", "d.jpg"});
    photos.removeAlias(QStringLiteral("nasa/tim copra"));
    CHECK(shownNames(filter) == QStringList{"c.jpg"});
}

TEST_CASE("sorting by date, name, credit, caption and size, both ways, stable", "[filter][sort]")
{
    DeskView desk;
    PhotoFilterModel &filter = desk.filter;

    filter.setSortKey(PhotoFilterModel::SortKey::DateTaken);
    CHECK(shownNames(filter) == QStringList{"a.jpg", "b.jpg", "d.jpg", "c.jpg", "e.jpg", "f.jpg"}); // undated last
    filter.setSortOrder(Qt::DescendingOrder);
    CHECK(shownNames(filter) == QStringList{"e.jpg", "c.jpg", "d.jpg", "b.jpg", "a.jpg", "f.jpg"}); // still last

    filter.setSortKey(PhotoFilterModel::SortKey::Name);
    CHECK(shownNames(filter) == QStringList{"f.jpg", "e.jpg", "d.jpg", "c.jpg", "b.jpg", "a.jpg"});
    filter.setSortOrder(Qt::AscendingOrder);
    CHECK(shownNames(filter) == QStringList{"a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg", "f.jpg"});

    // Equal credits keep name order in both directions.
    filter.setSortKey(PhotoFilterModel::SortKey::Credit);
    CHECK(shownNames(filter) == QStringList{"a.jpg", "b.jpg", "e.jpg", "d.jpg", "c.jpg", "f.jpg"});
    filter.setSortOrder(Qt::DescendingOrder);
    CHECK(shownNames(filter) == QStringList{"c.jpg", "d.jpg", "e.jpg", "a.jpg", "b.jpg", "f.jpg"});

    // The list view's caption column: folded, so "Décollage" sorts as "decollage", with "Launch".
    filter.setSortKey(PhotoFilterModel::SortKey::Caption);
    CHECK(shownNames(filter) == QStringList{"a.jpg", "e.jpg", "c.jpg", "b.jpg", "d.jpg", "f.jpg"});
    filter.setSortOrder(Qt::AscendingOrder);
    CHECK(shownNames(filter) == QStringList{"f.jpg", "d.jpg", "b.jpg", "c.jpg", "e.jpg", "a.jpg"});
    filter.setSortOrder(Qt::DescendingOrder);

    filter.setSortKey(PhotoFilterModel::SortKey::FileSize);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < filter.rowCount(); ++row) {
        const qint64 size = filter.index(row, 0).data(PhotoModel::FileSizeRole).toLongLong();
        CHECK(size <= previous);
        previous = size;
    }
}

TEST_CASE("the time-taken sort interleaves two cameras' bursts by the fraction of a second, and keeps each "
          "camera's frames of one instant together",
          "[filter][sort]")
{
    GalleryFolder folder;
    const auto add = [&folder](const char *name, const char *date, const char *serial) {
        MetadataWrite spec;
        spec.exif.dateTaken = QString::fromLatin1(date);
        spec.exif.cameraSerial = QString::fromLatin1(serial);
        PhotoFixture::jpegWith(folder.filePath(QString::fromLatin1(name)), spec);
    };
    // Two photographers at the launch, cameras whose clocks agree and record tenths of a second.
    add("kopra_0101.jpg", "2016-03-31T09:23:57.10", "A100");
    add("kopra_0102.jpg", "2016-03-31T09:23:57.30", "A100");
    add("kopra_0103.jpg", "2016-03-31T09:23:57.50", "A100");
    add("peake_2001.jpg", "2016-03-31T09:23:57.20", "B200");
    add("peake_2002.jpg", "2016-03-31T09:23:57.4", "B200");
    // Two cameras that record no fraction: names that alternate between them in name order.
    add("a_01.jpg", "2016-03-31T10:00:00", "C1");
    add("b_01.jpg", "2016-03-31T10:00:00", "D1");
    add("c_02.jpg", "2016-03-31T10:00:00", "C1");
    add("d_02.jpg", "2016-03-31T10:00:00", "D1");
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    Tester tester(&filter, Tester::FailureReportingMode::Fatal);
    REQUIRE(filter.count() == 9);

    filter.setSortKey(PhotoFilterModel::SortKey::DateTaken);
    CHECK(shownNames(filter) == QStringList{"kopra_0101.jpg", "peake_2001.jpg", "kopra_0102.jpg", "peake_2002.jpg",
                                            "kopra_0103.jpg", "a_01.jpg", "c_02.jpg", "b_01.jpg", "d_02.jpg"});
    CHECK(filter.index(0, 0).data(PhotoModel::DateTakenRole).toString() == QStringLiteral("2016-03-31T09:23:57.10"));
    // Newest first is the same order turned, each camera's frames of one instant included (_02 before _01).
    filter.setSortOrder(Qt::DescendingOrder);
    CHECK(shownNames(filter) == QStringList{"d_02.jpg", "b_01.jpg", "c_02.jpg", "a_01.jpg", "kopra_0103.jpg",
                                            "peake_2002.jpg", "kopra_0102.jpg", "peake_2001.jpg", "kopra_0101.jpg"});
}

TEST_CASE("unreadable files can be hidden, and clearing the filters keeps them hidden", "[filter]")
{
    DeskView desk;
    PhotoFilterModel &filter = desk.filter;
    PhotoFixture::writeAll(desk.folder.filePath(QStringLiteral("broken.jpg")), "not a photo at all");
    desk.photos.rescan();
    waitForScan(desk.photos);
    REQUIRE(desk.photos.errorCount() == 1);
    REQUIRE(filter.count() == 7);
    filter.setHideUnreadable(true);
    CHECK(filter.count() == 6);
    CHECK_FALSE(shownNames(filter).contains(QStringLiteral("broken.jpg")));
    filter.setSearchText(QStringLiteral("broken"));
    CHECK(filter.count() == 0);
    filter.clearFilters();
    CHECK(filter.hideUnreadable()); // a view preference, not a filter
    CHECK(filter.count() == 6);
    filter.setHideUnreadable(false);
    CHECK(filter.count() == 7);
}

TEST_CASE("in Subfolders mode the search finds the folder a tile names", "[filter]")
{
    GalleryFolder folder;
    using In = FixturePhoto::CreditIn;
    REQUIRE(QDir(folder.path()).mkpath(QStringLiteral("Expedition 47/day 2")));
    folder.add(
        {QStringLiteral("Expedition 47/IMG_1.jpg"), QStringLiteral("Cupola view"), QStringLiteral("NASA"), In::Xmp});
    folder.add({QStringLiteral("Expedition 47/day 2/IMG_2.jpg"), QStringLiteral("Spacewalk"), QStringLiteral("NASA"),
                In::Xmp});
    folder.add({QStringLiteral("IMG_3.jpg"), QStringLiteral("Launch"), QStringLiteral("Roscosmos"), In::Xmp});
    PhotoModel photos;
    photos.setRecursive(true);
    folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(filter.count() == 3);
    filter.setSearchText(QStringLiteral("expedition"));
    CHECK(sorted(shownNames(filter)) == QStringList{"IMG_1.jpg", "IMG_2.jpg"});
    // Words may come from the folder and from the photo: each word must be found somewhere.
    filter.setSearchText(QStringLiteral("expedition spacewalk"));
    CHECK(shownNames(filter) == QStringList{"IMG_2.jpg"});
    filter.setSearchText(QStringLiteral("day launch"));
    CHECK(filter.count() == 0);
}
