#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"

#include "metadata/metadatawriter.h"
#include "models/fieldfacetmodel.h"
#include "models/photofiltermodel.h"

#include <QAbstractItemModelTester>

#include <memory>

// The facet lists of rating, label, source, city and country (issue 20): values with counts under every
// other filter, checked values filtering the grid, several values of one field OR-ed, fields AND-ed.

namespace {

using Tester = QAbstractItemModelTester;
using Field = FieldFacetModel::Field;

struct Shot
{
    const char *name;
    const char *rating; // "" for none
    const char *label;
    const char *source;
    const char *city;
    const char *credit;
    bool tagged = false; // Photo Mechanic's tag
};

// A take: two photographers' frames from Baikonur and Moscow, rated and labelled by a desk.
constexpr Shot s_take[] = {
    {"a.jpg", "5", "Red", "Roscosmos", "Baikonur", "Energia", true},
    {"b.jpg", "3", "Red", "Roscosmos", "Baikonur", "Energia"},
    {"c.jpg", "3", "Green", "NASA", "Baikonur", "NASA/Bill Ingalls", true},
    {"d.jpg", "-1", "", "NASA", "Moscow", "NASA/Bill Ingalls"},
    {"e.jpg", "", "", "", "", "NASA/Bill Ingalls"},
};

struct Take
{
    GalleryFolder folder;
    PhotoModel photos;
    PhotoFilterModel filter;
    std::unique_ptr<Tester> filterTester;

    Take()
    {
        for (const Shot &shot : s_take) {
            MetadataWrite write;
            write.xmp.caption = QStringLiteral("Soyuz MS-02");
            write.xmp.credit = QString::fromUtf8(shot.credit);
            write.xmp.rating = QString::fromUtf8(shot.rating);
            write.xmp.label = QString::fromUtf8(shot.label);
            write.xmp.tagged = shot.tagged ? QStringLiteral("True") : QString();
            write.iptc.source = QString::fromUtf8(shot.source);
            write.iptc.city = QString::fromUtf8(shot.city);
            PhotoFixture::jpegWith(folder.filePath(QString::fromUtf8(shot.name)), write);
        }
        folder.open(photos);
        filter.setPhotos(&photos);
        filterTester = std::make_unique<Tester>(&filter, Tester::FailureReportingMode::Fatal);
    }
};

// "value=count" for each facet, in the list's order.
QStringList listed(FieldFacetModel &facets)
{
    facets.recountNow();
    QStringList rows;
    for (int row = 0; row < facets.rowCount(); ++row)
        rows << QStringLiteral("%1=%2").arg(facets.facet(row).value).arg(facets.facet(row).count);
    return rows;
}

QStringList shown(const PhotoFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names << filter.index(row, 0).data(PhotoModel::FileNameRole).toString();
    names.sort();
    return names;
}

std::unique_ptr<FieldFacetModel> facetsOf(Take &take, Field field)
{
    auto facets = std::make_unique<FieldFacetModel>();
    facets->setField(field);
    facets->setFilter(&take.filter);
    return facets;
}

} // namespace

TEST_CASE("field facets list each value with its count: ratings from five stars down, others by name, none last",
          "[facets][culling]")
{
    Take take;
    REQUIRE(take.photos.rowCount() == 5);
    const auto rating = facetsOf(take, Field::Rating);
    Tester ratingTester(rating.get(), Tester::FailureReportingMode::Fatal);
    CHECK(listed(*rating) == QStringList{"5=1", "3=2", "0=1", "-1=1"});
    CHECK(rating->hasValues());
    CHECK(rating->index(2).data(FieldFacetModel::NoneRole).toBool()); // unrated
    CHECK(rating->index(0).data(FieldFacetModel::NameRole).toString() == QStringLiteral("★★★★★"));
    CHECK(rating->index(2).data(FieldFacetModel::NameRole).toString() == QStringLiteral("Unrated"));
    CHECK(rating->index(3).data(FieldFacetModel::NameRole).toString() == QStringLiteral("Rejected"));
    CHECK_FALSE(rating->index(3).data(FieldFacetModel::NoneRole).toBool()); // rejected is a value

    const auto label = facetsOf(take, Field::Label);
    Tester labelTester(label.get(), Tester::FailureReportingMode::Fatal);
    CHECK(listed(*label) == QStringList{"Red=2", "Green=1", "=2"}); // in the keys' order, 6 Red before 8 Green
    const auto source = facetsOf(take, Field::Source);
    CHECK(listed(*source) == QStringList{"NASA=2", "Roscosmos=2", "=1"});
    CHECK(source->index(2).data(FieldFacetModel::NameRole).toString() == QStringLiteral("No source"));
    const auto city = facetsOf(take, Field::City);
    CHECK(listed(*city) == QStringList{"Baikonur=3", "Moscow=1", "=1"});
    const auto country = facetsOf(take, Field::Country);
    CHECK(listed(*country) == QStringList{"=5"});
    CHECK_FALSE(country->hasValues()); // nothing to filter by: the window hides the list
}

TEST_CASE("checked values filter the grid: OR within a field, AND across fields, credits and search",
          "[facets][culling]")
{
    Take take;
    const auto rating = facetsOf(take, Field::Rating);
    const auto city = facetsOf(take, Field::City);
    const auto label = facetsOf(take, Field::Label);

    rating->toggle(QStringLiteral("3"));
    CHECK(shown(take.filter) == QStringList{"b.jpg", "c.jpg"});
    CHECK(take.filter.isFiltering());
    CHECK(rating->index(1).data(FieldFacetModel::SelectedRole).toBool());
    rating->toggle(QStringLiteral("5"));
    CHECK(shown(take.filter) == QStringList{"a.jpg", "b.jpg", "c.jpg"});
    // A field's own counts ignore its own selection; the others' follow it.
    CHECK(listed(*rating) == QStringList{"5=1", "3=2", "0=1", "-1=1"});
    CHECK(listed(*city) == QStringList{"Baikonur=3"});
    CHECK(listed(*label) == QStringList{"Red=2", "Green=1"});

    // What a view's check box does: set the row's "selected".
    REQUIRE(label->setData(label->index(1), true, FieldFacetModel::SelectedRole)); // Green
    CHECK(shown(take.filter) == QStringList{"c.jpg"});
    CHECK(listed(*rating) == QStringList{"5=0", "3=1"}); // five stars is checked: listed though none is shown

    // The credit facets count over the field facets' selection; a credit selection narrows these counts.
    take.filter.setSelectedCredits({QStringLiteral("energia")});
    CHECK(shown(take.filter).isEmpty());
    // A checked value that no photo has now stays listed, at 0, so it can be unchecked.
    CHECK(listed(*label) == QStringList{"Red=2", "Green=0"});
    take.filter.setSelectedCredits({});

    take.filter.setSearchText(QStringLiteral("nothing like this"));
    CHECK(take.filter.count() == 0);
    take.filter.clearFilters();
    CHECK(take.filter.count() == 5);
    CHECK_FALSE(take.filter.isFiltering());
    CHECK(take.filter.facetSelection(FacetField::Rating).isEmpty());
}

TEST_CASE("the photos without a value are a value of their own", "[facets][culling]")
{
    Take take;
    const auto source = facetsOf(take, Field::Source);
    source->toggle(QString());
    CHECK(shown(take.filter) == QStringList{"e.jpg"});
    const auto rating = facetsOf(take, Field::Rating);
    source->toggle(QString());
    rating->toggle(QStringLiteral("0"));
    CHECK(shown(take.filter) == QStringList{"e.jpg"});
    rating->toggle(QStringLiteral("-1"));
    CHECK(shown(take.filter) == QStringList{"d.jpg", "e.jpg"});
}

TEST_CASE("a tile's roles carry the rating, the label and the instructions' restrictions", "[culling][wire]")
{
    GalleryFolder folder;
    MetadataWrite write;
    write.iptc.caption = QStringLiteral("Rollout");
    write.iptc.instructions = QStringLiteral("EMBARGOED UNTIL 0001 GMT. NO SALES");
    write.xmp.rating = QStringLiteral("4");
    write.xmp.label = QStringLiteral("Blue");
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("restricted.jpg")), write);
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("plain.jpg")), MetadataWrite{});
    // The stores disagree (a tool that did not know XMP changed the IPTC): what either says restricts.
    MetadataWrite disagreeing;
    disagreeing.iptc.instructions = QStringLiteral("OUT: FRANCE, BELGIUM");
    disagreeing.xmp.instructions = QStringLiteral("EDITORIAL USE ONLY");
    disagreeing.digest = MetadataWrite::Digest::Matching; // XMP's wins, IPTC's is the other store's
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("disagreeing.jpg")), disagreeing);
    PhotoModel photos;
    folder.open(photos);
    REQUIRE(photos.rowCount() == 3);
    const QModelIndex both = photos.index(photos.rowOf(folder.filePath(QStringLiteral("disagreeing.jpg"))));
    CHECK(both.data(PhotoModel::RestrictionsRole).toString() ==
          QStringLiteral("Out: FRANCE, BELGIUM \u00B7 Editorial use only"));
    const QModelIndex restricted = photos.index(photos.rowOf(folder.filePath(QStringLiteral("restricted.jpg"))));
    CHECK(restricted.data(PhotoModel::RatingRole).toInt() == 4);
    CHECK(restricted.data(PhotoModel::LabelRole).toString() == QStringLiteral("Blue"));
    CHECK(restricted.data(PhotoModel::RestrictionsRole).toString() ==
          QStringLiteral("Embargo until 0001 GMT \u00B7 No sales"));
    const QModelIndex plain = photos.index(photos.rowOf(folder.filePath(QStringLiteral("plain.jpg"))));
    CHECK(plain.data(PhotoModel::RatingRole).toInt() == 0);
    CHECK(plain.data(PhotoModel::LabelRole).toString().isEmpty());
    CHECK(plain.data(PhotoModel::RestrictionsRole).toString().isEmpty());
}

TEST_CASE("sorting by rating: five stars first descending, rejected last, ties by name", "[culling][sort]")
{
    Take take;
    take.filter.setSortKey(PhotoFilterModel::SortKey::Rating);
    take.filter.setSortOrder(Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < take.filter.rowCount(); ++row)
        order << take.filter.index(row, 0).data(PhotoModel::FileNameRole).toString();
    CHECK(order == QStringList{"a.jpg", "b.jpg", "c.jpg", "e.jpg", "d.jpg"});
    take.filter.setSortOrder(Qt::AscendingOrder);
    order.clear();
    for (int row = 0; row < take.filter.rowCount(); ++row)
        order << take.filter.index(row, 0).data(PhotoModel::FileNameRole).toString();
    CHECK(order == QStringList{"d.jpg", "e.jpg", "b.jpg", "c.jpg", "a.jpg"});
}

TEST_CASE("the tag facet lists the tagged photos and the others, and filters with the rest", "[facets][culling]")
{
    Take take;
    const auto tag = facetsOf(take, Field::Tagged);
    Tester tester(tag.get(), Tester::FailureReportingMode::Fatal);
    CHECK(listed(*tag) == QStringList{"Tagged=2", "=3"});
    CHECK(tag->index(0).data(FieldFacetModel::NameRole).toString() == QStringLiteral("Tagged"));
    CHECK(tag->index(1).data(FieldFacetModel::NameRole).toString() == QStringLiteral("Not tagged"));
    CHECK(tag->index(1).data(FieldFacetModel::NoneRole).toBool());

    take.filter.toggleFacetValue(FacetField::Tagged, QStringLiteral("Tagged"));
    CHECK(shown(take.filter) == QStringList{"a.jpg", "c.jpg"});
    take.filter.toggleFacetValue(FacetField::Label, QStringLiteral("Green"));
    CHECK(shown(take.filter) == QStringList{"c.jpg"});
    CHECK(listed(*tag) == QStringList{"Tagged=1"}); // counted under the Green label
    take.filter.toggleFacetValue(FacetField::Label, QStringLiteral("Green"));
    // A tag key on b.jpg shows at once in the counts and the filter.
    take.photos.toggleTag({take.folder.filePath(QStringLiteral("b.jpg"))});
    CHECK(listed(*tag) == QStringList{"Tagged=3", "=2"});
    CHECK(shown(take.filter) == QStringList{"a.jpg", "b.jpg", "c.jpg"});
}

TEST_CASE("the marks' facets are listed from the start of a cull, before any photo has one", "[facets][culling]")
{
    GalleryFolder folder;
    for (const char *name : {"a.jpg", "b.jpg"}) {
        MetadataWrite write;
        write.iptc.caption = QStringLiteral("Soyuz MS-02");
        write.iptc.city = QStringLiteral("Baikonur");
        PhotoFixture::jpegWith(folder.filePath(QString::fromUtf8(name)), write);
    }
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    for (const Field field : {Field::Rating, Field::Label, Field::Tagged}) {
        FieldFacetModel facets;
        facets.setField(field);
        facets.setFilter(&filter);
        INFO(int(field));
        CHECK(listed(facets).size() == 1); // "Unrated", "No label", "Not tagged": all of them
        CHECK(facets.hasValues());         // so the desk can filter to what it has not marked yet
    }
    FieldFacetModel country; // no photo has a country: nothing to filter by
    country.setField(Field::Country);
    country.setFilter(&filter);
    CHECK_FALSE(country.hasValues());
    PhotoModel empty;
    PhotoFilterModel nothing;
    nothing.setPhotos(&empty);
    FieldFacetModel rating;
    rating.setFilter(&nothing);
    CHECK_FALSE(rating.hasValues()); // no photos, no list
}
