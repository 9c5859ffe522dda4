#include "creditaliases.h"

#include "creditname.h"

CreditAliases::CreditAliases(const QList<CreditAlias> &aliases)
{
    for (const CreditAlias &alias : aliases)
        m_index.setAlias(alias.alias, alias.canonical);
}

QString CreditAliases::canonicalKey(const QString &credit) const
{
    if (credit.trimmed().isEmpty())
        return {};
    const QString key = CreditName::groupingKey(credit);
    const int id = m_index.idOf(key);
    return id < 0 ? key : m_index.group(m_index.effective(id)).key;
}
