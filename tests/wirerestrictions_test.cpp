#include <catch2/catch.hpp>

#include "credits/wirerestrictions.h"

// What special instructions restrict (issue 20), as agencies write them.

TEST_CASE("embargoes, no sales and mandatory credits are found in any case and form", "[wire][restrictions]")
{
    struct Case
    {
        const char *instructions;
        WireRestrictions expected;
    };
    const Case cases[] = {
        {"EMBARGOED UNTIL 0001 GMT 1 APRIL 2016", {true, false, false}},
        {"Embargo: 16:23 GMT", {true, false, false}},
        {"NO SALES. NO ARCHIVES", {false, true, false}},
        {"no resales", {false, true, false}},
        {"NO THIRD PARTY SALES", {false, true, false}},
        {"NO-SALES", {false, true, false}},
        {"Not for sale to magazines", {false, true, false}},
        {"MANDATORY CREDIT: NASA/Bill Ingalls", {false, false, true}},
        {"Mandatory on-screen credit", {false, false, true}},
        {"credit mandatory", {false, false, true}},
        {"MANDATORY_CREDIT", {false, false, true}},
        {"EMBARGOED 1200 GMT - MANDATORY CREDIT - NO SALES", {true, true, true}},
        // Words that only contain the ones looked for, and ordinary instructions, restrict nothing.
        {"Editorial use only", {false, false, false}},
        {"salesforce; nosales team", {false, false, false}},
        {"Credit the photographer", {false, false, false}},
        {"", {false, false, false}},
    };
    for (const Case &c : cases) {
        INFO(c.instructions);
        const WireRestrictions found = WireRestrictions::of(QString::fromUtf8(c.instructions));
        CHECK(found == c.expected);
        CHECK(found.any() == (c.expected.embargo || c.expected.noSales || c.expected.mandatoryCredit));
    }
}
