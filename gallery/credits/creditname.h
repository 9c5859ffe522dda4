#pragma once

#include <QString>
#include <QStringList>

/**
 * Credit spellings grouped for counting and filtering without changing what the files say
 * (docs/metadata.md, "Credit names in the facet list"): "NASA / Tim Peake" and "nasa/tim peake." share
 * one key, and a credit sits under each agency its credit line names (CreditLine). Each function takes
 * a credit as written or its grouping key alike: the grammar does not look at case.
 */
namespace CreditName {

/** Case-folded, whitespace runs collapsed, no spaces around '/', surrounding punctuation removed. */
[[nodiscard]] QString groupingKey(const QString &credit);

/** The organisations a credit names, in the order written, each in its one spelling:
 *  "NASA/ESA/Tim Peake" → {"NASA", "ESA"}; "AP Photo/Evan Vucci" → {"AP"}; "Energia" → {"Energia"}. */
[[nodiscard]] QStringList agencies(const QString &credit);

/** The grouping keys of agencies(): what agency facets and filters compare ("REUTERS" → "reuters"). */
[[nodiscard]] QStringList agencyKeys(const QString &credit);

/** The person a credit names, or "": "Tim Kopra" in "NASA/Tim Kopra", nobody in "Energia". */
[[nodiscard]] QString person(const QString &credit);

/** Levenshtein distance, stopping early once it exceeds @p limit (then returns limit + 1). */
[[nodiscard]] int editDistance(const QString &a, const QString &b, int limit);

/**
 * Whether @p a and @p b, two persons or two credits that name nobody (grouping keys), are probably one
 * name spelled two ways, to be offered as an alias (docs/metadata.md, "Credit names in the facet list"):
 * "tim copra" and "tim kopra", "energia" and "enegria". Never two names of under s_minAliasLetters, nor two
 * different organisations the agency table knows ("nasa" and "jaxa", "nasa/esa" and "nasa/csa"); names of
 * up to s_shortAliasLetters may differ by one edit, longer ones by two.
 */
[[nodiscard]] bool probablySame(const QString &a, const QString &b);

/** Shorter names are too close to everything ("AP" is one edit from "AFP"). */
inline constexpr int s_minAliasLetters = 4;
/** In a short name every letter counts: "NASA" and "JAXA" are two edits apart and two agencies. */
inline constexpr int s_shortAliasLetters = 5;

} // namespace CreditName
