#include <catch2/catch.hpp>

#include "credits/creditname.h"

TEST_CASE("credit spellings that differ only in case, spacing or punctuation share a key", "[credits]")
{
    const QString key = CreditName::groupingKey(QStringLiteral("NASA/Tim Peake"));
    CHECK(CreditName::groupingKey(QStringLiteral("NASA / Tim Peake")) == key);
    CHECK(CreditName::groupingKey(QStringLiteral("  nasa/tim  peake. ")) == key);
    CHECK(CreditName::groupingKey(QStringLiteral("(NASA/Tim Peake)")) == key);
    CHECK(CreditName::groupingKey(QStringLiteral("NASA/Tim Kopra")) != key);
    CHECK(CreditName::groupingKey(QStringLiteral("SpaceX ")) == CreditName::groupingKey(QStringLiteral("SpaceX")));
}

TEST_CASE("AGENCY/Person credits name their agencies and person", "[credits]")
{
    CHECK(CreditName::agencies(QStringLiteral("NASA/ESA/Tim Peake")) ==
          QStringList{QStringLiteral("NASA"), QStringLiteral("ESA")});
    CHECK(CreditName::agencies(QStringLiteral("NASA / Tim Kopra")) == QStringList{QStringLiteral("NASA")});
    CHECK(CreditName::agencies(QStringLiteral("Energia")).isEmpty());
    CHECK(CreditName::person(QStringLiteral("NASA/ESA/Tim Peake")) == QStringLiteral("Tim Peake"));
    CHECK(CreditName::person(QStringLiteral("Energia")) == QStringLiteral("Energia"));
    CHECK(CreditName::agencies(QStringLiteral("/NASA//")).isEmpty());
}

TEST_CASE("edit distance finds near-duplicate spellings and stops early", "[credits]")
{
    CHECK(CreditName::editDistance(QStringLiteral("tim copra"), QStringLiteral("tim kopra"), 2) == 1);
    CHECK(CreditName::editDistance(QStringLiteral("t. peake"), QStringLiteral("tim peake"), 2) == 2);
    CHECK(CreditName::editDistance(QStringLiteral("bill ingalls"), QStringLiteral("tim kopra"), 2) == 3);
    CHECK(CreditName::editDistance(QStringLiteral("abc"), QStringLiteral("abc"), 0) == 0);
    CHECK(CreditName::editDistance(QString(), QStringLiteral("ab"), 2) == 2);
}
