#pragma once

#include <QString>
#include <QStringList>

/**
 * Credit spellings grouped for counting and filtering without changing what the files say
 * (docs/metadata.md, "Credit names in the facet list"): "NASA / Tim Peake" and "nasa/tim peake." share
 * one key, and "AGENCY/Person" credits sit under each of their agencies.
 */
namespace CreditName {

/** Case-folded, whitespace runs collapsed, no spaces around '/', surrounding punctuation removed. */
[[nodiscard]] QString groupingKey(const QString &credit);

/** The agency parts of a credit, as written: "NASA/ESA/Tim Peake" → {"NASA", "ESA"}; "Energia" → {}. */
[[nodiscard]] QStringList agencies(const QString &credit);

/** The last part of a credit: the person in "NASA/Tim Kopra", the whole of "Energia". */
[[nodiscard]] QString person(const QString &credit);

/** Levenshtein distance, stopping early once it exceeds @p limit (then returns limit + 1). */
[[nodiscard]] int editDistance(const QString &a, const QString &b, int limit);

} // namespace CreditName
