#pragma once

#include <QString>

/**
 * One credit of the desk's credit book (docs/metadata.md, "Credit book and credit line style"): the
 * credit as the desk accepts it in files ("NASA/Tim Kopra"), and optionally the house form a credit line
 * prints in its place, whatever the credit line style says ("Tim Kopra/NASA", or "NASA/JPL-Caltech/MSSS"
 * for a credit no style can rearrange).
 */
struct CreditBookEntry
{
    QString credit;
    QString houseLine{}; // "" when the style decides how the credit is printed

    friend bool operator==(const CreditBookEntry &, const CreditBookEntry &) = default;
};
