#include <catch2/catch.hpp>

#include "credits/twopartcredit.h"

#include <optional>

// TwoPartCredit: the credits a credit line style may rearrange, and every kind it must leave alone
// (docs/metadata.md, "Credit book and credit line style"). The parts are always the credit's own words.

namespace {

struct Split
{
    const char *credit;
    const char *person;
    const char *organisation;
};

void checkSplit(const Split &row)
{
    INFO("credit: " << row.credit);
    const std::optional<TwoPartCredit> parts = TwoPartCredit::read(QString::fromUtf8(row.credit));
    REQUIRE(parts.has_value());
    CHECK(parts->person() == QString::fromUtf8(row.person));
    CHECK(parts->organisation() == QString::fromUtf8(row.organisation));
}

void checkNotTwoParts(const char *credit)
{
    INFO("credit: " << credit);
    CHECK_FALSE(TwoPartCredit::read(QString::fromUtf8(credit)).has_value());
}

} // namespace

TEST_CASE("the three agency forms of one credit read as one person and one organisation", "[credits][twopart]")
{
    for (const Split &row : {
             Split{"NASA/Tim Kopra", "Tim Kopra", "NASA"},
             Split{"Tim Kopra/NASA", "Tim Kopra", "NASA"},
             Split{"Photo: Tim Kopra, NASA", "Tim Kopra", "NASA"},
             Split{"NASA / Tim Kopra", "Tim Kopra", "NASA"},
             Split{"  NASA/Tim   Kopra  ", "Tim Kopra", "NASA"},
             Split{"Tim Kopra (NASA)", "Tim Kopra", "NASA"},
             Split{"Tim Kopra - NASA", "Tim Kopra", "NASA"},
             Split{"Tim Kopra \u2013 NASA", "Tim Kopra", "NASA"},
             Split{"Tim Kopra | NASA", "Tim Kopra", "NASA"},
             Split{"Credit: NASA/Tim Kopra", "Tim Kopra", "NASA"},
             Split{"Photo credit: Tim Kopra/NASA", "Tim Kopra", "NASA"},
             Split{"Image credit: NASA/Tim Kopra", "Tim Kopra", "NASA"},
             Split{"Photo by Tim Kopra/NASA", "Tim Kopra", "NASA"},
             Split{"By Tim Kopra, NASA", "Tim Kopra", "NASA"},
             // "Source:" is a label like the others: the style's own replaces it (CreditLabel).
             Split{"Source: Tim Kopra/NASA", "Tim Kopra", "NASA"},
         })
        checkSplit(row);
}

TEST_CASE("the parts keep the credit's own spelling, never the canonical one", "[credits][twopart]")
{
    for (const Split &row : {
             Split{"AP Photo/Evan Vucci", "Evan Vucci", "AP Photo"},
             Split{"REUTERS/Kevin Lamarque", "Kevin Lamarque", "REUTERS"},
             Split{"AFP PHOTO / JIM WATSON", "JIM WATSON", "AFP PHOTO"}, Split{"Nasa/tim kopra", "tim kopra", "Nasa"},
             Split{"Associated Press/Evan Vucci", "Evan Vucci", "Associated Press"},
             Split{"Roskosmos/Oleg Artemyev", "Oleg Artemyev", "Roskosmos"},
             Split{"EPA-EFE/Shawn Thew", "Shawn Thew", "EPA-EFE"}, Split{"ESA/S. Corvaja", "S. Corvaja", "ESA"},
             Split{"NASA/JPL-Caltech/Kevin M. Gill", "", ""}, // three parts: below, not here
         }) {
        if (QByteArray(row.person).isEmpty())
            checkNotTwoParts(row.credit);
        else
            checkSplit(row);
    }
}

TEST_CASE("names with particles, hyphens, apostrophes, accents and two people stay whole", "[credits][twopart]")
{
    for (const Split &row : {
             Split{"ESA/Jean-Luc Picard", "Jean-Luc Picard", "ESA"},
             Split{"Conor O'Brien/Reuters", "Conor O'Brien", "Reuters"},
             Split{"Jan van der Berg/Reuters", "Jan van der Berg", "Reuters"},
             Split{"ESO/L. Calçada", "L. Calçada", "ESO"},
             Split{"Роскосмос/Олег Артемьев", "Олег Артемьев", "Роскосмос"},
             Split{"NASA/Bill Ingalls and Aubrey Gemignani", "Bill Ingalls and Aubrey Gemignani", "NASA"},
             Split{"Johnson Space Center/Tim Kopra", "Tim Kopra", "Johnson Space Center"},
             Split{"Harvard-Smithsonian Center for Astrophysics/Jane Doe", "Jane Doe",
                   "Harvard-Smithsonian Center for Astrophysics"},
         })
        checkSplit(row);
}

TEST_CASE("a place, a date, a title or a status word beside a person is no organisation", "[credits][twopart]")
{
    // Each would print "Kabul/Jane Doe": a city credited as the agency. Only evidence makes an organisation.
    for (const char *credit : {
             "Tim Kopra (left)", "Jane Doe, Kabul", "Bill Ingalls, Kazakhstan", "Jane Doe, March 2016",
             "Tim Kopra, Astronaut", "Tim Kopra, NASA astronaut", "Jane Doe, Exclusive", "Jane Doe, Freelance",
             "Jane Doe, used with permission", "Jane Doe, Special to The Times",
             "Jan van der Berg/ANP", // an agency the table does not know: printed as written
         })
        checkNotTwoParts(credit);
}

TEST_CASE("credits that are not one person and one organisation are not two parts", "[credits][twopart]")
{
    for (const char *credit : {
             "",
             "   ",
             "NASA",
             "Energia",
             "Tim Kopra",
             "NASA/ESA",                           // two organisations
             "NASA/ESA/Tim Peake",                 // two organisations and a person
             "Tim Kopra/Tim Peake",                // two people
             "NASA/JPL-Caltech/MSSS",              // three organisations
             "REUTERS/Stringer",                   // a role
             "Mandel Ngan/Pool/AFP",               // a role among three
             "NASA/Handout",                       // a role
             "Reuters Staff/Jane Doe",             // an agency with a role
             "AFP via Getty Images/Jim Watson",    // two agencies in one piece
             "Jim Watson/AFP via Getty Images",    // the same the other way round
             "Jane Doe for The New York Times/AP", // a client
             "© NASA/Tim Kopra",                   // a copyright sign a line must keep
             "(c) NASA/Tim Kopra",                 // the same in brackets
             "Copyright NASA/Tim Kopra",           // the word
             "2016 NASA/Tim Kopra",                // a year
             "Courtesy of NASA/Tim Kopra",         // courtesy
             "Photo courtesy of NASA/Tim Kopra",   // the same with a label
             "NASA/Staff Sgt. Jane Doe",           // a rank CreditLine would drop
             "NASA/Tim Kopra & Jane Doe",          // '&', which CreditLine reads as "and"
             "NASA photo by Bill Ingalls",         // one piece with a joiner: not rearranged
             "NASA/Tim Kopra/",                    // fine: an empty piece is no piece (checked below)
             "NASA, ESA, Michael Wong (STScI) and the Jupiter Impact Team",
             "Jane Doe, Jr./AP",                  // a suffix cut off by the comma
             "Maxar Technologies, Inc./Jane Doe", // the same for a company
         }) {
        if (QByteArray(credit) == "NASA/Tim Kopra/")
            continue;
        checkNotTwoParts(credit);
    }
    checkSplit({"NASA/Tim Kopra/", "Tim Kopra", "NASA"});
}

TEST_CASE("hostile text is not two parts and stays cheap", "[credits][twopart]")
{
    checkNotTwoParts(QString(600, u'a').append(QStringLiteral("/Tim Kopra")).toUtf8().constData());
    checkNotTwoParts("{person}/{organisation}");
    checkNotTwoParts("/////");
    checkNotTwoParts("NASA\nTim Kopra\nESA");
    // Pattern braces are neither an agency's nor a person's: the credit is printed as written.
    checkNotTwoParts("NASA {x}/Tim Kopra");
}
