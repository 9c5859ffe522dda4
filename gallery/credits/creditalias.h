#pragma once

#include <QString>

/**
 * An accepted credit alias for one folder (docs/metadata.md, "Credit names in the facet list"): the
 * photos credited @c alias are corrected to @c canonical, shown, copied, filtered and exported as
 * @c spelling, without any file changing. @c alias and @c canonical are grouping keys
 * (CreditName::groupingKey); the spellings are the credits as the desk typed or accepted them.
 */
struct CreditAlias
{
    QString alias;
    QString canonical;
    // The canonical credit as accepted ("NASA/Tim Kopra"); "" for an alias from before catalog schema 4,
    // whose spelling is then taken from the folder's photos (CreditCorrection).
    QString spelling{};
    // The alias as it was spelled when grouped ("NASA/Tim Copra"), for listing; "" when not known.
    QString aliasSpelling{};

    friend bool operator==(const CreditAlias &, const CreditAlias &) = default;
};
