#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/modelsignalcounter.h"
#include "support/waituntil.h"

#include "catalog/catalog.h"
#include "models/creditfacetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace {

using Tester = QAbstractItemModelTester;
using In = FixturePhoto::CreditIn;
using Kind = CreditFacetModel::Kind;

void makeDesk(GalleryFolder &folder)
{
    for (const QString &name : {QStringLiteral("e1.jpg"), QStringLiteral("e2.jpg"), QStringLiteral("e3.jpg")})
        folder.add({name, QStringLiteral("Soyuz at Baikonur"), QStringLiteral("Energia"), In::Iptc});
    folder.add({QStringLiteral("e4.jpg"), QStringLiteral("Lift-off"), QStringLiteral("Energia"), In::Caption});
    folder.add({QStringLiteral("k1.jpg"), QStringLiteral("Over a city"), QStringLiteral("NASA/Tim Kopra"), In::Xmp});
    folder.add(
        {QStringLiteral("k2.jpg"), QStringLiteral("Over the steppe"), QStringLiteral("NASA / Tim Kopra"), In::Xmp});
    folder.add({QStringLiteral("c1.jpg"), QStringLiteral("Launch from Baikonur"), QStringLiteral("NASA/Tim Copra"),
                In::Caption});
    folder.add(
        {QStringLiteral("p1.jpg"), QStringLiteral("Ride into orbit"), QStringLiteral("NASA/ESA/Tim Peake"), In::Xmp});
    folder.add({QStringLiteral("n1.jpg"), QStringLiteral("Uncredited"), {}, In::Nowhere});
}

struct Row
{
    QString name;
    int count, embedded, inferred, depth;
    Kind kind;
};

QList<Row> rows(const CreditFacetModel &facets)
{
    QList<Row> out;
    for (int i = 0; i < facets.rowCount(); ++i) {
        const auto &f = facets.facet(i);
        out.append({f.name, f.count, f.embedded, f.inferred, f.depth, f.kind});
    }
    return out;
}

/** The desk opened in a model, with a filter and the facets over it. */
struct DeskFacets
{
    GalleryFolder folder;
    PhotoModel photos;
    PhotoFilterModel filter;
    CreditFacetModel facets;
    std::unique_ptr<Tester> tester;

    DeskFacets()
    {
        makeDesk(folder);
        folder.open(photos);
        filter.setPhotos(&photos);
        tester = std::make_unique<Tester>(&facets, Tester::FailureReportingMode::Fatal);
        facets.setFilter(&filter);
    }
};

const CreditFacetModel::Facet *find(const CreditFacetModel &facets, const QString &key)
{
    for (int i = 0; i < facets.rowCount(); ++i) {
        if (facets.facet(i).key == key)
            return &facets.facet(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("facets group agencies over their people, count embedded and inferred, end with no credit", "[facets]")
{
    DeskFacets desk;
    const QList<Row> list = rows(desk.facets);
    REQUIRE(list.size() == 8);
    // NASA (4) and Energia (4) tie on count: by name.
    CHECK(list[0].name == QStringLiteral("Energia"));
    CHECK((list[0].count == 4 && list[0].embedded == 3 && list[0].inferred == 1 && list[0].depth == 0));
    CHECK(list[1].name == QStringLiteral("NASA"));
    CHECK((list[1].kind == Kind::Agency && list[1].count == 4 && list[1].inferred == 1));
    CHECK(list[2].name.startsWith(QStringLiteral("NASA")));
    CHECK((list[2].count == 2 && list[2].depth == 1)); // Kopra, two spellings grouped
    CHECK(list[5].name == QStringLiteral("ESA"));
    CHECK((list[5].kind == Kind::Agency && list[5].count == 1));
    CHECK(list[6].name == QStringLiteral("NASA/ESA/Tim Peake")); // under ESA as well as under NASA
    CHECK((list[7].kind == Kind::NoCredit && list[7].count == 1));
}

TEST_CASE("counts follow the search but not the credit selection", "[facets]")
{
    DeskFacets desk;
    PhotoFilterModel &filter = desk.filter;
    CreditFacetModel &facets = desk.facets;

    filter.setSelectedCredits({QStringLiteral("energia")});
    facets.recountNow();
    CHECK(find(facets, QStringLiteral("energia"))->count == 4);
    CHECK(find(facets, QStringLiteral("nasa/tim kopra"))->count == 2);
    CHECK(facets.index(0).data(CreditFacetModel::SelectedRole).toBool());

    filter.setSearchText(QStringLiteral("baikonur"));
    facets.recountNow();
    CHECK(find(facets, QStringLiteral("energia"))->count == 3);
    CHECK(find(facets, QStringLiteral("nasa/tim copra"))->count == 1);
    CHECK(find(facets, QStringLiteral("nasa/tim kopra")) == nullptr);
    CHECK(find(facets, PhotoFilterModel::s_noCreditKey) == nullptr);
}

TEST_CASE("a near-duplicate is suggested, accepted, and remembered for the folder", "[facets][alias]")
{
    GalleryFolder folder;
    makeDesk(folder);
    {
        PhotoModel photos;
        folder.open(photos);
        PhotoFilterModel filter;
        filter.setPhotos(&photos);
        CreditFacetModel facets;
        Tester tester(&facets, Tester::FailureReportingMode::Fatal);
        facets.setFilter(&filter);

        const auto *copra = find(facets, QStringLiteral("nasa/tim copra"));
        REQUIRE(copra);
        CHECK(copra->aliasOfKey == QStringLiteral("nasa/tim kopra"));
        CHECK(copra->aliasOfName.contains(QStringLiteral("Kopra")));
        CHECK(find(facets, QStringLiteral("nasa/tim kopra"))->aliasOfKey.isEmpty());
        CHECK(find(facets, QStringLiteral("energia"))->aliasOfKey.isEmpty());

        facets.acceptSuggestion(QStringLiteral("nasa/tim copra"));
        facets.recountNow();
        CHECK(find(facets, QStringLiteral("nasa/tim copra")) == nullptr);
        CHECK(find(facets, QStringLiteral("nasa/tim kopra"))->count == 3);
    } // the alias is written to the catalog off the GUI thread; the model waits for it on destruction

    PhotoModel reopened;
    folder.open(reopened);
    PhotoFilterModel filter;
    filter.setPhotos(&reopened);
    CreditFacetModel facets;
    facets.setFilter(&filter);
    CHECK(find(facets, QStringLiteral("nasa/tim kopra"))->count == 3);
    CHECK(find(facets, QStringLiteral("nasa/tim copra")) == nullptr);
}

TEST_CASE("agencies a letter or two apart are never suggested as one credit; misspelt people still are",
          "[facets][alias]")
{
    // New-user finding: a folder with one plain "NASA" credit and many "JAXA" ones offered "NASA — probably
    // JAXA?", as it would have offered "NASA — probably ESA?".
    GalleryFolder folder;
    const auto add = [&folder](const QString &name, const QString &credit, In in = In::Xmp) {
        folder.add({name, QStringLiteral("Docking at the station"), credit, in});
    };
    add(QStringLiteral("n1.jpg"), QStringLiteral("NASA"), In::Caption);
    for (const QString &name : {QStringLiteral("j1.jpg"), QStringLiteral("j2.jpg"), QStringLiteral("j3.jpg")})
        add(name, QStringLiteral("JAXA"));
    add(QStringLiteral("e1.jpg"), QStringLiteral("ESA"));
    add(QStringLiteral("e2.jpg"), QStringLiteral("ESA"));
    add(QStringLiteral("a1.jpg"), QStringLiteral("AFP"));
    add(QStringLiteral("a2.jpg"), QStringLiteral("AP"));
    add(QStringLiteral("a3.jpg"), QStringLiteral("AP"));
    add(QStringLiteral("r1.jpg"), QStringLiteral("Roscosmos"));
    add(QStringLiteral("r2.jpg"), QStringLiteral("Energia"));
    add(QStringLiteral("r3.jpg"), QStringLiteral("Energia"));
    add(QStringLiteral("i1.jpg"), QStringLiteral("NASA/Bill Ingals"), In::Caption);
    add(QStringLiteral("i2.jpg"), QStringLiteral("NASA/Bill Ingalls"));
    add(QStringLiteral("i3.jpg"), QStringLiteral("NASA/Bill Ingalls"));
    add(QStringLiteral("k1.jpg"), QStringLiteral("NASA/Tim Copra"), In::Caption);
    add(QStringLiteral("k2.jpg"), QStringLiteral("NASA/Tim Kopra"));
    add(QStringLiteral("k3.jpg"), QStringLiteral("NASA/Tim Kopra"));
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    CreditFacetModel facets;
    Tester tester(&facets, Tester::FailureReportingMode::Fatal);
    facets.setFilter(&filter);

    for (const char *key : {"nasa", "jaxa", "esa", "afp", "ap", "roscosmos", "energia"}) {
        const auto *facet = find(facets, QString::fromUtf8(key));
        INFO(key);
        REQUIRE(facet);
        CHECK(facet->aliasOfKey.isEmpty());
    }
    const auto *ingals = find(facets, QStringLiteral("nasa/bill ingals"));
    REQUIRE(ingals);
    CHECK(ingals->aliasOfKey == QStringLiteral("nasa/bill ingalls"));
    const auto *copra = find(facets, QStringLiteral("nasa/tim copra"));
    REQUIRE(copra);
    CHECK(copra->aliasOfKey == QStringLiteral("nasa/tim kopra"));
}

TEST_CASE("facets update while a folder loads", "[facets]")
{
    GalleryFolder folder;
    makeDesk(folder);
    PhotoModel photos;
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    CreditFacetModel facets;
    Tester tester(&facets, Tester::FailureReportingMode::Fatal);
    facets.setFilter(&filter);
    CHECK(facets.rowCount() == 0);
    folder.open(photos);
    CHECK(waitUntil([&] { return facets.rowCount() == 8; }));
}

TEST_CASE("facets read credit lines by the grammar: one spelling per agency, people under each", "[facets]")
{
    // Issue 18: credits split only on "/" put "AP Photo" and "AP" apart and "AFP via Getty Images" nowhere.
    GalleryFolder folder;
    folder.add({QStringLiteral("v1.jpg"), QStringLiteral("At the podium"), QStringLiteral("AP Photo/Evan Vucci")});
    folder.add({QStringLiteral("v2.jpg"), QStringLiteral("On the lawn"), QStringLiteral("AP/Evan Vucci")});
    folder.add({QStringLiteral("l1.jpg"), QStringLiteral("Briefing"), QStringLiteral("REUTERS/Kevin Lamarque")});
    folder.add({QStringLiteral("w1.jpg"), QStringLiteral("Launch"), QStringLiteral("Jim Watson/AFP via Getty Images")});
    folder.add({QStringLiteral("r1.jpg"), QStringLiteral("Docking"), QStringLiteral("\u00A9 2016 Roscosmos")});
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel filter;
    filter.setPhotos(&photos);
    CreditFacetModel facets;
    Tester tester(&facets, Tester::FailureReportingMode::Fatal);
    facets.setFilter(&filter);

    const auto *ap = find(facets, PhotoFilterModel::s_agencyPrefix + QStringLiteral("ap"));
    REQUIRE(ap);
    CHECK((ap->name == QStringLiteral("AP") && ap->count == 2 && ap->kind == Kind::Agency));
    const auto *reuters = find(facets, PhotoFilterModel::s_agencyPrefix + QStringLiteral("reuters"));
    REQUIRE(reuters);
    CHECK(reuters->name == QStringLiteral("Reuters")); // the one spelling, not the file's "REUTERS"
    CHECK(find(facets, PhotoFilterModel::s_agencyPrefix + QStringLiteral("afp"))->count == 1);
    CHECK(find(facets, PhotoFilterModel::s_agencyPrefix + QStringLiteral("getty images"))->count == 1);
    // A plain agency credit with no other credit of its agency stands alone, as "Energia" does.
    const auto *roscosmos = find(facets, QStringLiteral("\u00A9 2016 roscosmos"));
    REQUIRE(roscosmos);
    CHECK((roscosmos->depth == 0 && roscosmos->kind == Kind::Credit));
    // Same agency, same person: the two spellings are offered as one credit.
    CHECK(find(facets, QStringLiteral("ap/evan vucci"))->aliasOfKey == QStringLiteral("ap photo/evan vucci"));

    filter.setSelectedCredits({PhotoFilterModel::s_agencyPrefix + QStringLiteral("ap")});
    CHECK(filter.rowCount() == 2);
    filter.setSelectedCredits({PhotoFilterModel::s_agencyPrefix + QStringLiteral("getty images")});
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("with a credit book, credits not in it are flagged and their photos counted; an empty book flags none",
          "[facets][book]")
{
    DeskFacets desk;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString catalogPath = dir.filePath(QStringLiteral("book.sqlite"));
    REQUIRE(Catalog(catalogPath).isOpen());
    CreditBookModel book;
    book.setCatalogPath(catalogPath);
    QAbstractItemModelTester bookTester(&book, Tester::FailureReportingMode::Fatal);
    REQUIRE(waitUntil([&] { return book.state() == CreditBookModel::LoadingState::Ready; }));
    desk.facets.setBook(&book);
    desk.facets.recountNow();

    // An empty book: nothing is flagged, nothing counted.
    for (int row = 0; row < desk.facets.rowCount(); ++row)
        CHECK_FALSE(desk.facets.data(desk.facets.index(row), CreditFacetModel::UnbookedRole).toBool());
    CHECK(desk.facets.unbookedCount() == 0);

    QSignalSpy counted(&desk.facets, &CreditFacetModel::unbookedCountChanged);
    REQUIRE(book.add(QStringLiteral("nasa/tim kopra")).isEmpty());
    REQUIRE(waitUntil([&] { return desk.facets.unbookedCount() > 0; }));
    CHECK(counted.count() == 1);
    // Energia (4 photos), NASA/Tim Copra (1) and NASA/ESA/Tim Peake (1) are not in the book; Peake is under
    // two agencies but counted once; the photo without a credit is not "unbooked".
    CHECK(desk.facets.unbookedCount() == 6);
    const auto unbooked = [&](const QString &key) {
        for (int row = 0; row < desk.facets.rowCount(); ++row) {
            const QModelIndex index = desk.facets.index(row);
            if (desk.facets.data(index, CreditFacetModel::KeyRole).toString() == key)
                return desk.facets.data(index, CreditFacetModel::UnbookedRole).toBool();
        }
        FAIL("no facet " << key.toStdString());
        return false;
    };
    CHECK_FALSE(unbooked(QStringLiteral("nasa/tim kopra")));
    CHECK(unbooked(QStringLiteral("nasa/tim copra")));
    CHECK(unbooked(QStringLiteral("energia")));
    CHECK(unbooked(QStringLiteral("nasa/esa/tim peake")));
    CHECK_FALSE(unbooked(QStringLiteral("agency:nasa"))); // an agency is no credit
    CHECK_FALSE(unbooked(PhotoFilterModel::s_noCreditKey));
    CHECK(desk.facets.roleNames().value(CreditFacetModel::UnbookedRole) == "unbooked");

    // Counts follow the search.
    desk.filter.setSearchText(QStringLiteral("baikonur"));
    desk.facets.recountNow();
    CHECK(desk.facets.unbookedCount() == 4); // e1-e3 and c1

    // "Add to credit book" from a facet: the folder's spelling of the credit goes in the book.
    desk.filter.setSearchText({});
    desk.facets.recountNow();
    desk.facets.addToBook(QStringLiteral("energia"));
    CHECK(book.contains(QStringLiteral("Energia")));
    CHECK(book.book().find(QStringLiteral("energia"))->credit == QStringLiteral("Energia"));
    REQUIRE(waitUntil([&] { return desk.facets.unbookedCount() == 2; }));
    CHECK_FALSE(unbooked(QStringLiteral("energia")));
    desk.facets.addToBook(QStringLiteral("agency:nasa")); // not a credit: nothing happens
    CHECK(book.count() == 2);

    // Grouping the misspelling under the booked credit: its photos are the booked credit's now.
    desk.facets.acceptSuggestion(QStringLiteral("nasa/tim copra"));
    REQUIRE(waitUntil([&] { return desk.facets.unbookedCount() == 1; }));
}
