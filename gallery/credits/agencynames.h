#pragma once

#include <QString>

#include <optional>

/**
 * The organisations credit lines name, and the words that mark one (docs/metadata.md, "Credit line
 * grammar"): the table that gives every known agency one spelling ("REUTERS", "Thomson Reuters" →
 * "Reuters"; "AP Photo", "Associated Press" → "AP"). Case, full stops, hyphens and spacing are ignored
 * when looking a name up, so a case-folded grouping key finds the same entry as the credit as written.
 */
class AgencyNames
{
public:
    /** The one spelling of a known organisation, or nothing for a name the table does not hold. */
    [[nodiscard]] static std::optional<QString> canonical(const QString &name);

    /** Whether @p word makes the words around it an organisation: a noun such as "Agency", "Press",
     *  "Institute" or "Team", or a known agency's own short name ("NASA" in "NASA Goddard"). */
    [[nodiscard]] static bool isOrganisationWord(const QString &word);

    /** Whether "for" after @p word is part of a name ("Center for Astrophysics") rather than the start
     *  of a client ("Jane Doe for The New York Times"). */
    [[nodiscard]] static bool takesFor(const QString &word);

    /** The form names are compared in: case folded, no full stops, hyphens as spaces, spaces collapsed. */
    [[nodiscard]] static QString lookupForm(const QString &name);
};
