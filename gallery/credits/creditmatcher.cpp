#include "creditmatcher.h"

bool CreditMatcher::matches(const QString &key, const QStringList &agencyKeys) const
{
    if (isEmpty())
        return true;
    if (key.isEmpty())
        return m_withoutCredit;
    // A plain "NASA" credit is its own agency's member, as the facet list shows it.
    if (m_groups.contains(key) || m_agencies.contains(key))
        return true;
    for (const QString &agency : agencyKeys) {
        if (m_agencies.contains(agency))
            return true;
    }
    return false;
}
