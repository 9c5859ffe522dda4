#pragma once

#include <QString>
#include <QStringList>

/**
 * What a photo's special instructions (IPTC 2:40, photoshop:Instructions) tell a desk it must not miss
 * before publishing (issue 20): an embargo, "no sales", a mandatory credit. Agencies write them in capitals
 * and in many forms ("EMBARGOED UNTIL 0001 GMT", "NO SALES. NO ARCHIVES", "MANDATORY CREDIT: NASA/Bill
 * Ingalls"); the words are looked for, in any case, never the whole text. A pure function of the text.
 */
struct WireRestrictions
{
    bool embargo = false;         // "embargo", "embargoed": not to be published before a time
    bool noSales = false;         // "no sales", "no resales", "no third party sales", "not for sale"
    bool mandatoryCredit = false; // "mandatory credit", "mandatory on-screen credit", "credit mandatory"

    [[nodiscard]] static WireRestrictions of(const QString &instructions);
    [[nodiscard]] bool any() const { return embargo || noSales || mandatoryCredit; }
    /** "Embargo · No sales · Mandatory credit", translated, those found only; "" for none. */
    [[nodiscard]] QString summary() const;

    friend bool operator==(const WireRestrictions &, const WireRestrictions &) = default;
};
