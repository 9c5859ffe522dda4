#include <catch2/catch.hpp>

#include "credits/wirerestrictions.h"

// What special instructions restrict (issue 20), as agencies write them.

TEST_CASE("embargoes, no sales and mandatory credits are found in any case and form", "[wire][restrictions]")
{
    struct Case
    {
        const char *instructions;
        bool embargo, noSales, mandatoryCredit;
    };
    const Case cases[] = {
        {"EMBARGOED UNTIL 0001 GMT 1 APRIL 2016", true, false, false},
        {"Embargo: 16:23 GMT", true, false, false},
        {"NO SALES. NO ARCHIVES", false, true, false},
        {"no resales", false, true, false},
        {"NO THIRD PARTY SALES", false, true, false},
        {"NO-SALES", false, true, false},
        {"Not for sale to magazines", false, true, false},
        {"MANDATORY CREDIT: NASA/Bill Ingalls", false, false, true},
        {"Mandatory on-screen credit", false, false, true},
        {"credit mandatory", false, false, true},
        {"MANDATORY_CREDIT", false, false, true},
        {"EMBARGOED 1200 GMT - MANDATORY CREDIT - NO SALES", true, true, true},
        // Words that only contain the ones looked for, and ordinary instructions, restrict nothing.
        {"salesforce; nosales team", false, false, false},
        {"Credit the photographer", false, false, false},
        {"", false, false, false},
    };
    for (const Case &c : cases) {
        INFO(c.instructions);
        const WireRestrictions found = WireRestrictions::of(QString::fromUtf8(c.instructions));
        CHECK(found.embargo == c.embargo);
        CHECK(found.noSales == c.noSales);
        CHECK(found.mandatoryCredit == c.mandatoryCredit);
        CHECK(found.any() == (c.embargo || c.noSales || c.mandatoryCredit || found.noArchive));
    }
}

TEST_CASE("the embargo's time, no archive, the territories left out and editorial use only are found too",
          "[wire][restrictions]")
{
    struct Case
    {
        const char *instructions;
        const char *summary;
        bool any;
    };
    const Case cases[] = {
        {"EMBARGOED UNTIL 0001 GMT 1 APRIL 2016", "Embargo until 0001 GMT 1 APRIL 2016", true},
        {"Embargo: 16:23 GMT", "Embargo until 16:23 GMT", true},
        {"EMBARGOED 1200 GMT - MANDATORY CREDIT - NO SALES", "Embargo until 1200 GMT · No sales · Mandatory credit",
         true},
        {"Embargoed till Tuesday 5 March, 10.30 CET. Editorial use only.",
         "Embargo until Tuesday 5 March, 10.30 CET · Editorial use only", true},
        {"EMBARGOED", "Embargo", true},
        {"NO SALES. NO ARCHIVES", "No sales · No archive", true},
        {"Not for archiving", "No archive", true},
        {"OUT: FRANCE, BELGIUM. MANDATORY CREDIT", "Out: FRANCE, BELGIUM · Mandatory credit", true},
        {"OUTS: UK; no sales", "No sales · Out: UK", true},
        // Shown, but no bar to a news desk: the export gate does not stop for it.
        {"EDITORIAL USE ONLY", "Editorial use only", false},
        {"For editorial use", "Editorial use only", false},
        // A long time is cut to a phrase; a word that contains "out" is no territory.
        {"Embargoed until the end of the press conference of the European Space Agency in Paris",
         "Embargo until the end of the press conference of the…", true},
        // Whom a mandatory credit names, initials and all, up to the next notice.
        {"MANDATORY CREDIT: NASA/Bill Ingalls", "Mandatory credit: NASA/Bill Ingalls", true},
        {"Mandatory credit: Photo by J. Smith/AP. NO SALES", "No sales · Mandatory credit: Photo by J. Smith/AP", true},
        // After a dash it may as well be the next notice ("MANDATORY CREDIT - NO SALES"): no name is guessed.
        {"MANDATORY CREDIT - ROSCOSMOS - EDITORIAL USE ONLY", "Mandatory credit · Editorial use only", true},
        {"Mandatory on-screen credit: Energia; no archive", "No archive · Mandatory credit: Energia", true},
        {"Shoutout: thanks to the crew", "", false},
        {"Layout: two columns", "", false},
    };
    for (const Case &c : cases) {
        INFO(c.instructions);
        const WireRestrictions found = WireRestrictions::of(QString::fromUtf8(c.instructions));
        CHECK(found.summary() == QString::fromUtf8(c.summary));
        CHECK(found.any() == c.any);
    }
}

TEST_CASE("when the stores disagree, a restriction in either counts", "[wire][restrictions]")
{
    const WireRestrictions both = WireRestrictions::of(
        QStringLiteral("EDITORIAL USE ONLY"), QStringLiteral("OUT: FRANCE, BELGIUM. EMBARGOED UNTIL 0001 GMT"));
    CHECK(both.summary() ==
          QStringLiteral("Embargo until 0001 GMT \u00B7 Out: FRANCE, BELGIUM \u00B7 Editorial use only"));
    CHECK(both.any());
    // The shown store's embargo time is the one given when both say one.
    CHECK(WireRestrictions::of(QStringLiteral("Embargoed until 1200 GMT"), QStringLiteral("EMBARGO: 1300 GMT"))
              .summary() == QStringLiteral("Embargo until 1200 GMT"));
    CHECK(
        WireRestrictions::of(QStringLiteral("MANDATORY CREDIT"), QStringLiteral("MANDATORY CREDIT: NASA")).summary() ==
        QStringLiteral("Mandatory credit: NASA"));
    CHECK(WireRestrictions::of(QStringLiteral("NO SALES"), QString()) ==
          WireRestrictions::of(QStringLiteral("NO SALES")));
}

TEST_CASE("a mandatory credit that names someone else than the photo's credit is said", "[wire][restrictions]")
{
    // New-user finding: "MANDATORY CREDIT: NASA/Bill Ingalls" in the instructions, "Photo credit: Energia" at
    // the end of the caption, and nothing said the two disagree.
    const WireRestrictions found = WireRestrictions::of(QStringLiteral("MANDATORY CREDIT: NASA/Bill Ingalls"));
    CHECK(found.contradicts(QStringLiteral("Energia")));
    CHECK(found.summaryAgainst(QStringLiteral("Energia")) ==
          QStringLiteral("Mandatory credit: NASA/Bill Ingalls (credited Energia)"));
    CHECK(found.summaryAgainst(QString()) ==
          QStringLiteral("Mandatory credit: NASA/Bill Ingalls (the photo has no credit)"));
    // The same credit, in any case and spacing, or one holding the other, agrees.
    CHECK_FALSE(found.contradicts(QStringLiteral("nasa/bill  ingalls")));
    CHECK(found.summaryAgainst(QStringLiteral("NASA/Bill Ingalls")) == found.summary());
    CHECK_FALSE(WireRestrictions::of(QStringLiteral("Mandatory credit: Photo by J. Smith/AP. NO SALES"))
                    .contradicts(QStringLiteral("J. Smith/AP")));
    // Nobody named: nothing to contradict; the other restrictions are untouched.
    const WireRestrictions unnamed = WireRestrictions::of(QStringLiteral("EMBARGOED 1200 GMT - MANDATORY CREDIT"));
    CHECK_FALSE(unnamed.contradicts(QStringLiteral("Energia")));
    CHECK(unnamed.summaryAgainst(QStringLiteral("Energia")) ==
          QStringLiteral("Embargo until 1200 GMT · Mandatory credit"));
    // A credit with a place-marker in it is printed as it is.
    CHECK(found.summaryAgainst(QStringLiteral("Studio %2")) ==
          QStringLiteral("Mandatory credit: NASA/Bill Ingalls (credited Studio %2)"));
}
