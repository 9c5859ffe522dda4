#include <catch2/catch.hpp>

#include "credits/creditindex.h"
#include "credits/creditname.h"

TEST_CASE("credits are interned by grouping key and named by their commonest spelling", "[credits]")
{
    CreditIndex index;
    const int a = index.add(QStringLiteral("NASA/Bill Ingalls"));
    CHECK(index.add(QStringLiteral("NASA / Bill Ingalls")) == a);
    CHECK(index.add(QStringLiteral("Nasa/Bill Ingalls")) == a);
    CHECK(index.add(QStringLiteral("NASA/Bill Ingalls")) == a);
    CHECK(index.add(QStringLiteral("   ")) == -1);
    CHECK(index.displayName(a) == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(index.group(a).agencyKeys == QStringList{QStringLiteral("nasa")});
    index.remove(QStringLiteral("NASA/Bill Ingalls"));
    index.remove(QStringLiteral("NASA/Bill Ingalls"));
    CHECK(index.displayName(a) != QStringLiteral("NASA/Bill Ingalls"));
}

TEST_CASE("an alias points a group at another, without cycles", "[credits]")
{
    CreditIndex index;
    const int kopra = index.add(QStringLiteral("NASA/Tim Kopra"));
    const int copra = index.add(QStringLiteral("NASA/Tim Copra"));
    index.add(QStringLiteral("NASA/Tim Copra"));
    index.setAlias(QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"));
    CHECK(index.effective(copra) == kopra);
    CHECK(index.displayName(kopra) == QStringLiteral("NASA/Tim Kopra"));                // the accepted spelling
    index.setAlias(QStringLiteral("nasa/tim kopra"), QStringLiteral("nasa/tim copra")); // would be a cycle
    CHECK(index.effective(kopra) == kopra);
    index.removeAlias(QStringLiteral("nasa/tim copra"));
    CHECK(index.effective(copra) == copra);
}

TEST_CASE("a group seen only through its aliases takes their commonest spelling, over all of them", "[credits]")
{
    CreditIndex index;
    // "ESA/Tim Peake" itself never appears; two alias groups do, the second more often.
    index.add(QStringLiteral("ESA/T. Peake"));
    for (int i = 0; i < 3; ++i)
        index.add(QStringLiteral("ESA - Tim Peake"));
    index.setAlias(CreditName::groupingKey(QStringLiteral("ESA/T. Peake")), QStringLiteral("esa/tim peake"));
    index.setAlias(CreditName::groupingKey(QStringLiteral("ESA - Tim Peake")), QStringLiteral("esa/tim peake"));
    const int peake = index.idOf(QStringLiteral("esa/tim peake"));
    REQUIRE(peake >= 0);
    CHECK(index.displayName(peake) == QStringLiteral("ESA - Tim Peake"));
}
