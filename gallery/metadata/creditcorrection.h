#pragma once

#include "photorecord.h"

#include "credits/creditaliases.h"

/**
 * An accepted alias is a correction (docs/metadata.md, "Credit names in the facet list"): a record whose
 * credit is an alias gets the accepted spelling as its credit, and so does the credit line its caption
 * ends with, so every view, copy, filter, export and written copy says the accepted credit. The spelling
 * the files give stays in PhotoRecord::creditCorrectedFrom, for the provenance. A conflict that the
 * alias settles (the other store spells the same credit after correction) is no conflict any more; the
 * other store's spelling is then the one kept.
 *
 * The one place records are corrected: the scan applies it to every record it shows or returns, for the
 * window and byline-cli alike (PairAssembler), so nothing that takes records can forget it.
 */
class CreditCorrection
{
public:
    CreditCorrection() = default;
    explicit CreditCorrection(CreditAliases aliases) : m_aliases(std::move(aliases)) {}

    [[nodiscard]] bool isEmpty() const { return m_aliases.isEmpty(); }
    [[nodiscard]] const CreditAliases &aliases() const { return m_aliases; }

    /** @p record as the desk accepted it; unchanged when no alias applies. */
    [[nodiscard]] PhotoRecord applied(PhotoRecord record) const;

private:
    /** The accepted spelling of @p credit, or "" when it stands as written. */
    [[nodiscard]] QString corrected(const QString &credit) const;
    void correctCredit(PhotoRecord &record) const;
    void correctCaption(PhotoRecord &record) const;
    void settleConflict(PhotoRecord &record, const QString &asWritten) const;

    CreditAliases m_aliases;
};
