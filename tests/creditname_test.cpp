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
    CHECK(CreditName::person(QStringLiteral("NASA/ESA/Tim Peake")) == QStringLiteral("Tim Peake"));
    // Issue 18: a plain agency credit is that agency, and names no person.
    CHECK(CreditName::agencies(QStringLiteral("Energia")) == QStringList{QStringLiteral("Energia")});
    CHECK(CreditName::person(QStringLiteral("Energia")).isEmpty());
    CHECK(CreditName::agencies(QStringLiteral("/NASA//")) == QStringList{QStringLiteral("NASA")});
}

TEST_CASE("agencies are named and keyed in one spelling, from a credit or its grouping key", "[credits]")
{
    CHECK(CreditName::agencies(QStringLiteral("AP Photo/Evan Vucci")) == QStringList{QStringLiteral("AP")});
    CHECK(CreditName::agencies(QStringLiteral("ap photo/evan vucci")) == QStringList{QStringLiteral("AP")});
    CHECK(CreditName::agencyKeys(QStringLiteral("REUTERS/Kevin Lamarque")) == QStringList{QStringLiteral("reuters")});
    CHECK(CreditName::agencyKeys(QStringLiteral("Jim Watson/AFP via Getty Images")) ==
          QStringList{QStringLiteral("afp"), QStringLiteral("getty images")});
    CHECK(CreditName::agencyKeys(QStringLiteral("NASA/Nasa/NASA")) == QStringList{QStringLiteral("nasa")});
    CHECK(CreditName::person(CreditName::groupingKey(QStringLiteral("AP Photo/Evan Vucci"))) ==
          QStringLiteral("evan vucci"));
    CHECK(CreditName::agencyKeys(QStringLiteral("Bill Ingalls")).isEmpty());
}

TEST_CASE("edit distance finds near-duplicate spellings and stops early", "[credits]")
{
    CHECK(CreditName::editDistance(QStringLiteral("tim copra"), QStringLiteral("tim kopra"), 2) == 1);
    CHECK(CreditName::editDistance(QStringLiteral("t. peake"), QStringLiteral("tim peake"), 2) == 2);
    CHECK(CreditName::editDistance(QStringLiteral("bill ingalls"), QStringLiteral("tim kopra"), 2) == 3);
    CHECK(CreditName::editDistance(QStringLiteral("abc"), QStringLiteral("abc"), 0) == 0);
    CHECK(CreditName::editDistance(QString(), QStringLiteral("ab"), 2) == 2);
}

TEST_CASE("near-duplicate names: misspellings are offered, two agencies never", "[credits][alias]")
{
    const auto same = [](const char *a, const char *b) {
        return CreditName::probablySame(QString::fromUtf8(a), QString::fromUtf8(b));
    };
    // Real misspellings from a desk's folders: one or two edits in a name long enough to carry them.
    CHECK(same("tim copra", "tim kopra"));
    CHECK(same("copra", "kopra"));
    CHECK(same("bill ingals", "bill ingalls"));
    CHECK(same("energia", "enegria"));
    CHECK(same("t. peake", "tim peake"));
    CHECK(same("roskosmos", "roscosmos")); // one agency, two spellings the table knows
    // New-user finding: "NASA — probably JAXA?". Short agency names are different agencies.
    CHECK_FALSE(same("nasa", "jaxa"));
    CHECK_FALSE(same("jaxa", "nasa"));
    CHECK_FALSE(same("nasa", "esa"));
    CHECK_FALSE(same("esa", "nasa"));
    CHECK_FALSE(same("ap", "afp"));
    CHECK_FALSE(same("roscosmos", "energia"));
    CHECK_FALSE(same("cnes", "cnsa"));         // two edits in four letters
    CHECK_FALSE(same("cnsa", "csa"));          // three letters are too few to tell, however close
    CHECK_FALSE(same("nasa/esa", "nasa/csa")); // one edit in eight letters, still two agencies
    CHECK_FALSE(same("isro", "isas"));         // not in the table: two edits are too many in four letters
    CHECK_FALSE(same("tim kopra", "bill ingalls"));
}
