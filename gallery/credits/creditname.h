#pragma once

#include <QString>

/**
 * Credit spellings grouped for counting and filtering without changing what the files say
 * (metadata-rules.md, "Credit names in the facet list"): "NASA / Tim Peake" and "nasa/tim peake." share
 * one key.
 */
namespace CreditName {

/** Case-folded, whitespace runs collapsed, no spaces around '/', surrounding punctuation removed. */
[[nodiscard]] QString groupingKey(const QString &credit);

} // namespace CreditName
