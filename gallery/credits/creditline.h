#pragma once

#include "creditparts.h"

#include <QString>

/**
 * Reads a credit line by the grammar of docs/metadata.md, "Credit line grammar": which organisations
 * it names (in the order written, each in its one spelling), the person, roles such as "Handout" or
 * "Pool", and a client after "for". "© 2016 Roscosmos" is the agency Roscosmos; "AP Photo/Evan Vucci"
 * the agency AP and the photographer Evan Vucci. Pure and thread-safe; the credit itself is never
 * changed. Case is not looked at, so a grouping key (CreditName::groupingKey) reads as its credit does.
 */
class CreditLine
{
public:
    [[nodiscard]] static CreditParts parse(const QString &credit);

    /** Longest credit line read. IPTC holds 32 bytes and real lines stay under 200 characters; a longer
     *  text is not a credit line and has no parts, whatever it holds. */
    static constexpr qsizetype s_maxLength = 500;
    /** Most parts read from one line (an agency, a person or a role each), so hostile text stays cheap. */
    static constexpr int s_maxParts = 64;
};
