#include "creditindex.h"

#include "creditname.h"

int CreditIndex::intern(const QString &key)
{
    if (const auto it = m_ids.constFind(key); it != m_ids.constEnd())
        return *it;
    Group group;
    group.key = key;
    // Read once per distinct credit: the grammar is too slow for every row and every recount.
    group.agencyKeys = CreditName::agencyKeys(key);
    group.person = CreditName::person(key);
    m_groups.append(group);
    m_ids.insert(key, int(m_groups.size() - 1));
    return int(m_groups.size() - 1);
}

int CreditIndex::add(const QString &credit)
{
    if (const auto known = m_spellingIds.constFind(credit); known != m_spellingIds.constEnd()) {
        ++m_groups[*known].spellings[credit];
        return *known;
    }
    if (credit.trimmed().isEmpty())
        return -1;
    const int id = intern(CreditName::groupingKey(credit));
    m_spellingIds.insert(credit, id);
    ++m_groups[id].spellings[credit];
    return id;
}

void CreditIndex::remove(const QString &credit)
{
    const int id = m_spellingIds.value(credit, -1);
    if (id < 0)
        return;
    auto &spellings = m_groups[id].spellings;
    if (auto it = spellings.find(credit); it != spellings.end() && --*it <= 0)
        spellings.erase(it);
}

void CreditIndex::setAlias(const QString &aliasKey, const QString &canonicalKey)
{
    if (aliasKey == canonicalKey)
        return;
    const int alias = intern(aliasKey);
    const int canonical = intern(canonicalKey);
    // Never a cycle: an alias of an alias points at the final group.
    m_groups[alias].canonical = effective(canonical) == alias ? -1 : effective(canonical);
}

void CreditIndex::removeAlias(const QString &aliasKey)
{
    if (const int id = idOf(aliasKey); id >= 0)
        m_groups[id].canonical = -1;
}

void CreditIndex::clearAliases()
{
    for (Group &group : m_groups)
        group.canonical = -1;
}

QHash<QString, QString> CreditIndex::aliases() const
{
    QHash<QString, QString> aliases;
    for (const Group &group : m_groups) {
        if (group.canonical >= 0)
            aliases.insert(group.key, m_groups.at(group.canonical).key);
    }
    return aliases;
}

int CreditIndex::effective(int id) const
{
    if (id < 0)
        return id;
    for (int hops = 0; m_groups.at(id).canonical >= 0 && hops < m_groups.size(); ++hops)
        id = m_groups.at(id).canonical;
    return id;
}

namespace {

// Most common spelling; ties to the alphabetically first, so the name is stable.
void considerSpellings(const QHash<QString, int> &spellings, QString &best, int &bestCount)
{
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best))
            best = it.key(), bestCount = it.value();
    }
}

} // namespace

QString CreditIndex::displayName(int id) const
{
    QString best;
    int bestCount = 0;
    // The group's own spelling names it: accepting "Copra" as an alias says "Kopra" is right.
    considerSpellings(m_groups.at(id).spellings, best, bestCount);
    if (!best.isEmpty())
        return best;
    // A group seen only through its aliases: their most common spelling, over all of them.
    QHash<QString, int> aliasSpellings;
    for (int other = 0; other < m_groups.size(); ++other) {
        if (other != id && effective(other) == id) {
            const QHash<QString, int> &spellings = m_groups[other].spellings;
            for (auto it = spellings.cbegin(); it != spellings.cend(); ++it)
                aliasSpellings[it.key()] += it.value();
        }
    }
    considerSpellings(aliasSpellings, best, bestCount);
    return best.isEmpty() ? m_groups.at(id).key : best;
}

void CreditIndex::clear()
{
    m_groups.clear();
    m_ids.clear();
    m_spellingIds.clear();
}
