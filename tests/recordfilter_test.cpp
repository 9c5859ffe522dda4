#include <catch2/catch.hpp>

#include "credits/creditname.h"
#include "search/photorow.h"
#include "search/recordfilter.h"

namespace {

PhotoRecord photo(const char *path, const char *caption, const char *credit)
{
    PhotoRecord record;
    record.path = QString::fromUtf8(path);
    record.caption = QString::fromUtf8(caption);
    record.credit = QString::fromUtf8(credit);
    return record;
}

} // namespace

TEST_CASE("a record filter applies the window's credit and search rules to records", "[models]")
{
    const PhotoRecord kopra = photo("/p/kopra.jpg", "Over western Asia.", "NASA/Tim Kopra");
    const PhotoRecord peake = photo("/p/peake.jpg", "Docking at the Station.", "NASA/ESA/Tim Peake");
    const PhotoRecord energia = photo("/p/energia.jpg", "Liftoff from Baïkonur.", "Energia");
    const PhotoRecord none = photo("/p/none.jpg", "No credit.", "");
    const QList<PhotoRecord> all = {kopra, peake, energia, none};

    CHECK(RecordFilter({}, {}).filtered(all) == all);
    // Agencies take every credit under them; spellings fold by grouping key.
    CHECK(RecordFilter({QStringLiteral("nasa")}, {}).filtered(all) == QList<PhotoRecord>{kopra, peake});
    CHECK(RecordFilter({QStringLiteral("ESA")}, {}).filtered(all) == QList<PhotoRecord>{peake});
    CHECK(RecordFilter({QStringLiteral("NASA / tim kopra"), QStringLiteral("Energia")}, {}).filtered(all) ==
          QList<PhotoRecord>{kopra, energia});
    // Every word, any field or the file name, case and accents ignored.
    CHECK(RecordFilter({}, QStringLiteral("baikonur LIFTOFF")).filtered(all) == QList<PhotoRecord>{energia});
    CHECK(RecordFilter({}, QStringLiteral("peake.jpg")).filtered(all) == QList<PhotoRecord>{peake});
    CHECK(RecordFilter({QStringLiteral("NASA")}, QStringLiteral("asia")).filtered(all) == QList<PhotoRecord>{kopra});
}

TEST_CASE("a record filter searches the wire fields too", "[models][wire]")
{
    PhotoRecord embargoed = photo("/p/embargoed.jpg", "Rollout.", "Energia");
    embargoed.instructions = QStringLiteral("EMBARGOED until 16:23 GMT");
    embargoed.keywords = {QStringLiteral("Soyuz"), QStringLiteral("rollout")};
    PhotoRecord placed = photo("/p/placed.jpg", "Crew.", "NASA/Bill Ingalls");
    placed.city = QStringLiteral("Baïkonour");
    placed.countryCode = QStringLiteral("KAZ");
    placed.title = QStringLiteral("Crew walkout");
    placed.source = QStringLiteral("Roscosmos");
    placed.usageTerms = QStringLiteral("Editorial use only");
    placed.label = QStringLiteral("Red");
    const QList<PhotoRecord> all = {embargoed, placed};

    CHECK(RecordFilter({}, QStringLiteral("embargoed")).filtered(all) == QList<PhotoRecord>{embargoed});
    CHECK(RecordFilter({}, QStringLiteral("soyuz")).filtered(all) == QList<PhotoRecord>{embargoed});
    CHECK(RecordFilter({}, QStringLiteral("baikonour kaz")).filtered(all) == QList<PhotoRecord>{placed});
    CHECK(RecordFilter({}, QStringLiteral("walkout roscosmos editorial red")).filtered(all) ==
          QList<PhotoRecord>{placed});
    // Every keyword counts, not only the first; a word in none of the fields still fails.
    CHECK(RecordFilter({}, QStringLiteral("rollout soyuz")).filtered(all) == QList<PhotoRecord>{embargoed});
    CHECK(RecordFilter({}, QStringLiteral("soyuz moscow")).filtered(all).isEmpty());
}

TEST_CASE("a record filter applies the folder's accepted credit aliases, as the facet list does", "[models]")
{
    const PhotoRecord kopra = photo("/p/kopra.jpg", "Over western Asia.", "NASA/Tim Kopra");
    const PhotoRecord copra = photo("/p/copra.jpg", "Supplies to the ISS.", "NASA/Tim Copra");
    const PhotoRecord bare = photo("/p/bare.jpg", "From the cupola.", "Tim Kopra");
    const PhotoRecord energia = photo("/p/energia.jpg", "Liftoff.", "Energia");
    const QList<PhotoRecord> all = {kopra, copra, bare, energia};

    // Without aliases each spelling is its own credit.
    CHECK(RecordFilter({QStringLiteral("NASA/Tim Kopra")}, {}).filtered(all) == QList<PhotoRecord>{kopra});

    const CreditAliases aliases({{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra")},
                                 {QStringLiteral("tim kopra"), QStringLiteral("nasa/tim kopra")}});
    // The canonical credit takes its aliases' photos, and so does naming an alias.
    CHECK(RecordFilter({QStringLiteral("NASA/Tim Kopra")}, {}, aliases).filtered(all) ==
          QList<PhotoRecord>{kopra, copra, bare});
    CHECK(RecordFilter({QStringLiteral("nasa / tim copra")}, {}, aliases).filtered(all) ==
          QList<PhotoRecord>{kopra, copra, bare});
    // An aliased photo sits under its group's agencies: "Tim Kopra" alone now counts under NASA.
    CHECK(RecordFilter({QStringLiteral("NASA")}, {}).filtered(all) == QList<PhotoRecord>{kopra, copra});
    CHECK(RecordFilter({QStringLiteral("NASA")}, {}, aliases).filtered(all) == QList<PhotoRecord>{kopra, copra, bare});
    CHECK(RecordFilter({QStringLiteral("Energia")}, {}, aliases).filtered(all) == QList<PhotoRecord>{energia});
    // Search still applies on top of the credit.
    CHECK(RecordFilter({QStringLiteral("NASA")}, QStringLiteral("cupola"), aliases).filtered(all) ==
          QList<PhotoRecord>{bare});
}

TEST_CASE("a search finds a photo by the credit spelling an alias corrected", "[models]")
{
    PhotoRecord corrected = photo("/p/a.jpg", "Over western Asia.", "NASA/Tim Kopra");
    corrected.creditCorrectedFrom = QStringLiteral("NASA/Tim Copra");
    const PhotoRecord kopra = photo("/p/b.jpg", "Over western Asia.", "NASA/Tim Kopra");
    const QList<PhotoRecord> all = {corrected, kopra};
    CHECK(RecordFilter({}, QStringLiteral("copra")).filtered(all) == QList<PhotoRecord>{corrected});
    CHECK(RecordFilter({}, QStringLiteral("kopra")).filtered(all) == all);
    CHECK(PhotoRow::fromRecord(corrected).toRecord().creditCorrectedFrom == QStringLiteral("NASA/Tim Copra"));
}

TEST_CASE("credit aliases resolve chains and ignore cycles", "[models]")
{
    const CreditAliases none;
    CHECK(none.canonicalKey(QStringLiteral("  NASA / Tim Kopra ")) ==
          CreditName::groupingKey(QStringLiteral("NASA/Tim Kopra")));
    CHECK(none.canonicalKey(QStringLiteral("   ")).isEmpty());

    const CreditAliases chain({{QStringLiteral("roskosmos"), QStringLiteral("roscosmos")},
                               {QStringLiteral("roscosmos"), QStringLiteral("energia")},
                               {QStringLiteral("energia"), QStringLiteral("roskosmos")}}); // would close a cycle
    CHECK(chain.canonicalKey(QStringLiteral("Roskosmos")) == QStringLiteral("energia"));
    CHECK(chain.canonicalKey(QStringLiteral("ROSCOSMOS")) == QStringLiteral("energia"));
    CHECK(chain.canonicalKey(QStringLiteral("Energia")) == QStringLiteral("energia"));
    CHECK(chain.canonicalKey(QStringLiteral("Progress")) == QStringLiteral("progress"));
}

TEST_CASE("a record filter takes an agency however its credits spell it", "[models]")
{
    const PhotoRecord vucci = photo("/p/vucci.jpg", "At the podium.", "AP Photo/Evan Vucci");
    const PhotoRecord brandon = photo("/p/brandon.jpg", "On the lawn.", "AP/Alex Brandon");
    const PhotoRecord lamarque = photo("/p/lamarque.jpg", "Briefing.", "REUTERS/Kevin Lamarque");
    const PhotoRecord handout = photo("/p/handout.jpg", "Docking.", "Roscosmos/Handout via Reuters");
    const QList<PhotoRecord> all = {vucci, brandon, lamarque, handout};

    // Issue 18: "AP Photo" and "AP" are one agency, and so are "REUTERS" and "Reuters".
    CHECK(RecordFilter({QStringLiteral("AP")}, {}).filtered(all) == QList<PhotoRecord>{vucci, brandon});
    CHECK(RecordFilter({QStringLiteral("Associated Press")}, {}).filtered(all) == QList<PhotoRecord>{vucci, brandon});
    CHECK(RecordFilter({QStringLiteral("Reuters")}, {}).filtered(all) == QList<PhotoRecord>{lamarque, handout});
    // A credit that names a person is that credit only.
    CHECK(RecordFilter({QStringLiteral("AP/Alex Brandon")}, {}).filtered(all) == QList<PhotoRecord>{brandon});
}
