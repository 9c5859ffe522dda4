#include <catch2/catch.hpp>

#include "credits/creditbook.h"

#include <QHash>

// CreditBook: the desk's known credits, found by grouping key, one entry per key, kept sorted.

TEST_CASE("a credit is found in the book under any case, spacing or surrounding punctuation", "[credits][book]")
{
    const CreditBook book(
        {{QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}, {QStringLiteral("Energia")}});
    REQUIRE(book.size() == 2);
    for (const char *spelling :
         {"NASA/Tim Kopra", "nasa/tim kopra", "NASA / Tim  Kopra", " NASA/Tim Kopra. ", "nasa/tim kopra"}) {
        INFO(spelling);
        CHECK(book.contains(QString::fromUtf8(spelling)));
        CHECK(book.houseLine(QString::fromUtf8(spelling)) == QStringLiteral("Tim Kopra/NASA"));
    }
    CHECK(book.contains(QStringLiteral("ENERGIA")));
    CHECK(book.houseLine(QStringLiteral("Energia")).isEmpty());
    // Near is not in: the book is the desk's exact list.
    CHECK_FALSE(book.contains(QStringLiteral("NASA/Tim Copra")));
    CHECK_FALSE(book.contains(QStringLiteral("NASA")));
    CHECK_FALSE(book.contains(QStringLiteral("Tim Kopra/NASA")));
    CHECK_FALSE(book.contains(QString()));
    CHECK_FALSE(book.contains(QStringLiteral("  ")));
    CHECK(book.find(QStringLiteral("nasa/tim kopra"))->credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(book.find(QStringLiteral("ESA")) == nullptr);
}

TEST_CASE("one entry per key: a later entry replaces an earlier, entries are trimmed and sorted", "[credits][book]")
{
    CreditBook book({{QStringLiteral("NASA/Tim Kopra")},
                     {QStringLiteral("  energia ")},
                     {QStringLiteral("nasa / tim kopra"), QStringLiteral(" Tim Kopra/NASA ")},
                     {QStringLiteral("AP Photo/Evan Vucci")}});
    CHECK(book.entries() ==
          QList<CreditBookEntry>{{QStringLiteral("AP Photo/Evan Vucci")},
                                 {QStringLiteral("energia")},
                                 {QStringLiteral("nasa / tim kopra"), QStringLiteral("Tim Kopra/NASA")}});
    REQUIRE(book.insert({QStringLiteral("NASA/Tim Kopra"), QString()}));
    CHECK(book.size() == 3);
    CHECK(book.find(QStringLiteral("nasa/tim kopra"))->credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(book.houseLine(QStringLiteral("NASA/Tim Kopra")).isEmpty());
    REQUIRE(book.insert({QStringLiteral("Blue Origin")}));
    CHECK(book.entries().at(1).credit == QStringLiteral("Blue Origin"));
    CHECK(book.contains(QStringLiteral("energia"))); // the index follows the sort
    CHECK(book.contains(QStringLiteral("ap photo/evan vucci")));
}

TEST_CASE("removing finds the entry by key; what is not there is not removed", "[credits][book]")
{
    CreditBook book({{QStringLiteral("NASA/Tim Kopra")}, {QStringLiteral("Energia")}, {QStringLiteral("ESA")}});
    CHECK(book.remove(QStringLiteral("nasa / TIM KOPRA")));
    CHECK_FALSE(book.contains(QStringLiteral("NASA/Tim Kopra")));
    CHECK_FALSE(book.remove(QStringLiteral("NASA/Tim Kopra")));
    CHECK_FALSE(book.remove(QString()));
    CHECK(book.size() == 2);
    CHECK(book.contains(QStringLiteral("ESA")));
    CHECK(book.contains(QStringLiteral("Energia")));
}

TEST_CASE("an entry a book cannot keep is refused with the reason, and changes nothing", "[credits][book]")
{
    CreditBook book({{QStringLiteral("Energia")}});
    const CreditBook before = book;
    const QList<std::pair<CreditBookEntry, const char *>> bad = {
        {{QString()}, "empty"},
        {{QStringLiteral(" . ")}, "empty"}, // punctuation only: no grouping key
        {{QStringLiteral("NASA\tTim Kopra")}, "credit holds a tab"},
        {{QStringLiteral("NASA\nTim Kopra")}, "credit holds a tab, a line break"},
        {{QStringLiteral("NASA"), QStringLiteral("Credit:\tNASA")}, "house line holds a tab"},
        {{QString(501, u'x')}, "longer than 500"},
        {{QStringLiteral("#NASA")}, "cannot start with '#'"},
        {{QStringLiteral("NASA"), QString(501, u'x')}, "longer than 500"},
    };
    for (const auto &[entry, reason] : bad) {
        INFO(entry.credit.left(40).toStdString() << " / " << entry.houseLine.left(40).toStdString());
        CHECK(CreditBook::entryProblem(entry).contains(QString::fromUtf8(reason)));
        CHECK_FALSE(book.insert(entry));
    }
    CHECK(book == before);
    // A constructor leaves them out rather than keeping half an entry.
    CHECK(CreditBook({{QStringLiteral("a\tb")}, {QStringLiteral("ESA")}}).entries() ==
          QList<CreditBookEntry>{{QStringLiteral("ESA")}});
    CHECK(CreditBook::entryProblem({QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}).isEmpty());
    CHECK(CreditBook::entryProblem({QString(500, u'x')}).isEmpty());
}

TEST_CASE("merging a file's entries never erases a house line; a house line the file gives replaces the book's",
          "[credits][book]")
{
    CreditBook book({{QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("NASA/JPL/MSSS")},
                     {QStringLiteral("Energia"), QStringLiteral("RSC Energia")},
                     {QStringLiteral("ESA")},
                     {QStringLiteral("NASA/Tim Kopra")}});
    const CreditBookMerge merge = book.merge({{QStringLiteral("nasa/jpl-caltech/msss")},
                                              {QStringLiteral("Energia"), QStringLiteral("S.P. Korolev RSC Energia")},
                                              {QStringLiteral("ESA")},
                                              {QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")},
                                              {QStringLiteral("Roscosmos")}});
    CHECK(merge.added == 1);
    CHECK(merge.houseLinesChanged == 2); // Energia's replaced, Kopra's given
    CHECK(merge.houseLinesKept == 1);    // the file gives JPL none: the book's stays
    CHECK(book.entries() ==
          QList<CreditBookEntry>{{QStringLiteral("Energia"), QStringLiteral("S.P. Korolev RSC Energia")},
                                 {QStringLiteral("ESA")},
                                 {QStringLiteral("nasa/jpl-caltech/msss"), QStringLiteral("NASA/JPL/MSSS")},
                                 {QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")},
                                 {QStringLiteral("Roscosmos")}});
    // Merging the same again changes nothing; an entry a book cannot hold is left out.
    const CreditBook before = book;
    const CreditBookMerge again = book.merge({{QStringLiteral("ESA"), QStringLiteral("  ")},
                                              {QStringLiteral("Energia"), QStringLiteral("S.P. Korolev RSC Energia")},
                                              {QStringLiteral("a\tb")}});
    CHECK(again.added == 0);
    CHECK(again.houseLinesChanged == 0);
    CHECK(again.houseLinesKept == 0);
    CHECK(book == before);
}

TEST_CASE("one entry in or out keeps the book exactly as sorting it whole would, and says where it goes",
          "[credits][book]")
{
    // insert() and remove() place one entry by binary search instead of sorting the book again.
    const QStringList spellings = {
        QStringLiteral("NASA/Tim Kopra"),      QStringLiteral("energia"), QStringLiteral("ESA"),
        QStringLiteral("nasa / tim kopra"),    QStringLiteral("Energia"), QStringLiteral("AP Photo/Evan Vucci"),
        QStringLiteral("Роскосмос"),           QStringLiteral("esa"),     QStringLiteral("Blue Origin"),
        QStringLiteral("ap photo/evan vucci"), QStringLiteral("Zeta"),    QStringLiteral("alpha")};
    CreditBook book;
    QHash<QString, CreditBookEntry> expected; // key → entry
    for (int step = 0; step < 200; ++step) {
        const QString &credit = spellings.at((step * 7 + step / 5) % spellings.size());
        const CreditBookEntry entry{credit, step % 3 ? QString() : QStringLiteral("line %1").arg(step)};
        INFO("step " << step << ": " << credit.toStdString());
        if (step % 4 == 3) {
            CHECK(book.remove(credit) == expected.contains(CreditBook::key(credit)));
            expected.remove(CreditBook::key(credit));
        } else {
            const bool same = book.find(credit) && book.find(credit)->credit == credit;
            if (!book.contains(credit) || same) {
                const qsizetype place = book.placeOf(credit);
                REQUIRE(book.insert(entry));
                CHECK(book.entries().at(place).credit == credit);
            } else {
                REQUIRE(book.insert(entry));
            }
            expected.insert(CreditBook::key(credit), entry);
        }
        REQUIRE(book == CreditBook(expected.values()));
        for (const CreditBookEntry &kept : book.entries())
            CHECK(book.find(kept.credit) == &kept); // the index follows every move
    }
}
