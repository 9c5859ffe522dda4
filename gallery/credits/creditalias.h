#pragma once

#include <QString>

/**
 * An accepted credit alias for one folder, both sides as grouping keys (CreditName::groupingKey): the
 * photos credited @c alias count under @c canonical, without any file changing.
 */
struct CreditAlias
{
    QString alias;
    QString canonical;

    friend bool operator==(const CreditAlias &, const CreditAlias &) = default;
};
