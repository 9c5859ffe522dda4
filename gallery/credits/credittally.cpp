#include "credittally.h"

#include <algorithm>

void CreditTally::add(int id, bool inferred)
{
    if (id < 0) {
        ++m_withoutCredit.photos;
        return;
    }
    if (id >= m_groups.size())
        m_groups.resize(id + 1);
    Count &count = m_groups[id];
    ++count.photos;
    count.inferred += inferred ? 1 : 0;
    count.embedded += inferred ? 0 : 1;
}

CreditTally::Count CreditTally::of(int id) const
{
    if (id < 0)
        return m_withoutCredit;
    return id < m_groups.size() ? m_groups[id] : Count();
}

QList<int> CreditTally::ranked(const CreditIndex &index) const
{
    QList<int> ids;
    QList<QString> names(m_groups.size());
    for (int id = 0; id < m_groups.size(); ++id) {
        if (m_groups[id].photos > 0) {
            ids.append(id);
            names[id] = index.displayName(id);
        }
    }
    std::sort(ids.begin(), ids.end(),
              [&](int a, int b) { return ranksBefore(m_groups[a].photos, names[a], m_groups[b].photos, names[b]); });
    return ids;
}
