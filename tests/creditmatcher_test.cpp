#include <catch2/catch.hpp>

#include "credits/creditindex.h"
#include "credits/creditmatcher.h"
#include "credits/credittally.h"
#include "search/recordfilter.h"

namespace {

const QStringList s_nasa{QStringLiteral("nasa")};

} // namespace

TEST_CASE("a credit matcher takes the chosen groups, everything under a chosen agency, and no-credit when chosen",
          "[credits]")
{
    CreditMatcher matcher;
    CHECK(matcher.isEmpty());
    CHECK(matcher.matches(QStringLiteral("energia"), {}));
    CHECK(matcher.matches({}, {})); // nothing chosen: every photo passes

    matcher.addGroup(QStringLiteral("energia"));
    CHECK(matcher.matches(QStringLiteral("energia"), {}));
    CHECK_FALSE(matcher.matches(QStringLiteral("nasa/tim kopra"), s_nasa));
    CHECK_FALSE(matcher.matches({}, {}));

    matcher.addAgency(QStringLiteral("nasa"));
    CHECK(matcher.matches(QStringLiteral("nasa/tim kopra"), s_nasa));
    CHECK(matcher.matches(QStringLiteral("nasa"), {})); // a plain "NASA" is its agency's member
    CHECK_FALSE(matcher.matches(QStringLiteral("esa/tim peake"), {QStringLiteral("esa")}));

    matcher.addWithoutCredit();
    CHECK(matcher.matches({}, {}));
}

TEST_CASE("a chosen group alone does not take the credits under that name as an agency", "[credits]")
{
    CreditMatcher matcher;
    matcher.addGroup(QStringLiteral("nasa"));
    CHECK(matcher.matches(QStringLiteral("nasa"), {}));
    CHECK_FALSE(matcher.matches(QStringLiteral("nasa/tim kopra"), s_nasa));
}

TEST_CASE("byline-cli's --credit is the credit and the agency, after the folder's aliases", "[credits]")
{
    const auto record = [](const QString &credit) {
        PhotoRecord photo;
        photo.path = QStringLiteral("/photos/a.jpg");
        photo.credit = credit;
        return photo;
    };
    const RecordFilter nasa({QStringLiteral("NASA")}, {});
    CHECK(nasa.accepts(record(QStringLiteral("NASA"))));
    CHECK(nasa.accepts(record(QStringLiteral("NASA / Tim Kopra"))));
    CHECK_FALSE(nasa.accepts(record(QStringLiteral("Energia"))));
    CHECK_FALSE(nasa.accepts(record({})));

    // "ESA/Tim Peake" accepted as an alias of "NASA/Tim Peake": it now sits under NASA, not ESA.
    const CreditAliases aliases({CreditAlias{QStringLiteral("esa/tim peake"), QStringLiteral("nasa/tim peake")}});
    CHECK(RecordFilter({QStringLiteral("NASA")}, {}, aliases).accepts(record(QStringLiteral("ESA/Tim Peake"))));
    CHECK_FALSE(RecordFilter({QStringLiteral("ESA")}, {}, aliases).accepts(record(QStringLiteral("ESA/Tim Peake"))));
}

TEST_CASE("a credit tally counts photos per group, embedded and inferred apart, and ranks them", "[credits]")
{
    CreditIndex index;
    CreditTally tally;
    const auto add = [&](const QString &credit, bool inferred) { tally.add(index.add(credit), inferred); };
    add(QStringLiteral("Energia"), false);
    add(QStringLiteral("Energia"), true);
    add(QStringLiteral("ENERGIA"), false);
    add(QStringLiteral("NASA/Tim Kopra"), false);
    add(QStringLiteral("Bill Ingalls"), false);
    add({}, false);
    add({}, false);

    const int energia = index.idOf(QStringLiteral("energia"));
    CHECK(tally.of(energia).photos == 3);
    CHECK(tally.of(energia).embedded == 2);
    CHECK(tally.of(energia).inferred == 1);
    CHECK(tally.withoutCredit().photos == 2);
    CHECK(tally.of(-1).photos == 2);
    CHECK(tally.of(999).photos == 0); // a group with no photo yet

    // Most photos first, then by name: Energia (3), Bill Ingalls (1), NASA/Tim Kopra (1).
    QStringList ranked;
    for (const int id : tally.ranked(index))
        ranked.append(index.displayName(id));
    CHECK(ranked ==
          QStringList{QStringLiteral("Energia"), QStringLiteral("Bill Ingalls"), QStringLiteral("NASA/Tim Kopra")});
}
