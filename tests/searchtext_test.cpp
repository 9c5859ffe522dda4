#include <catch2/catch.hpp>

#include "search/searchtext.h"

TEST_CASE("search text ignores case and accents", "[search]")
{
    CHECK(SearchText::fold(QStringLiteral("St\u00E9phane CORVAJA")) == QByteArray("stephane corvaja"));
    CHECK(SearchText::fold(QStringLiteral("  D\u00FCsseldorf \n K\u00D6LN ")) == QByteArray("dusseldorf koln"));
    CHECK(SearchText::fold(QStringLiteral("\u0420\u043E\u0441\u043A\u043E\u0441\u043C\u043E\u0441")) ==
          QStringLiteral("\u0440\u043E\u0441\u043A\u043E\u0441\u043C\u043E\u0441").toUtf8());
}

TEST_CASE("every word of a query must occur", "[search]")
{
    const QByteArray haystack = SearchText::fold(QStringLiteral("Soyuz launch from Baikonur, photo by St\u00E9phane"));
    CHECK(SearchText::containsAll(haystack, SearchText::terms(QStringLiteral("baikonur SOYUZ"))));
    CHECK(SearchText::containsAll(haystack, SearchText::terms(QStringLiteral("stephane"))));
    CHECK_FALSE(SearchText::containsAll(haystack, SearchText::terms(QStringLiteral("soyuz kennedy"))));
    CHECK(SearchText::terms(QStringLiteral("   ")).isEmpty());
    CHECK(SearchText::containsAll(haystack, {}));
}
