#pragma once

#include "creditalias.h"
#include "creditindex.h"

#include <QList>
#include <QString>

/**
 * A folder's accepted credit aliases, as the catalog keeps them, answering which credit group a credit
 * counts under. The window applies the same aliases through PhotoModel's CreditIndex; byline-cli uses
 * this so that "credits" and "export --credit" group photos exactly as the facet list does.
 */
class CreditAliases
{
public:
    CreditAliases() = default;
    explicit CreditAliases(const QList<CreditAlias> &aliases);

    /** The grouping key @p credit counts under after aliases; "" for a blank credit. */
    [[nodiscard]] QString canonicalKey(const QString &credit) const;

private:
    CreditIndex m_index; // only the aliased groups are interned
};
