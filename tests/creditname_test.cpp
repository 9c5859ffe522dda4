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
