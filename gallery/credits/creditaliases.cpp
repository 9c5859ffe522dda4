#include "creditaliases.h"

#include "creditname.h"

CreditAliases::CreditAliases(const QList<CreditAlias> &aliases) : m_aliases(aliases)
{
    index();
}

void CreditAliases::index()
{
    m_index.clear();
    m_spellings.clear();
    for (const CreditAlias &alias : std::as_const(m_aliases))
        m_index.setAlias(alias.alias, alias.canonical);
    // A chain (Roskosmos → Roscosmos → Energia) is spelled as its final group was accepted: the alias
    // pointing straight at it says how, whichever came first.
    for (const CreditAlias &alias : std::as_const(m_aliases)) {
        const QString target = finalKey(alias.canonical);
        if (!alias.spelling.isEmpty() && (alias.canonical == target || !m_spellings.contains(target)))
            m_spellings.insert(target, alias.spelling);
    }
}

QString CreditAliases::finalKey(const QString &key) const
{
    const int id = m_index.idOf(key);
    return id < 0 ? key : m_index.group(m_index.effective(id)).key;
}

QString CreditAliases::canonicalKey(const QString &credit) const
{
    if (credit.trimmed().isEmpty())
        return {};
    return finalKey(CreditName::groupingKey(credit));
}

QString CreditAliases::acceptedSpelling(const QString &credit) const
{
    if (m_aliases.isEmpty() || credit.trimmed().isEmpty())
        return {};
    const QString key = CreditName::groupingKey(credit);
    const QString target = finalKey(key);
    return target == key ? QString() : m_spellings.value(target);
}

bool CreditAliases::lacksSpellings() const
{
    for (const CreditAlias &alias : m_aliases) {
        if (!m_spellings.contains(finalKey(alias.canonical)))
            return true;
    }
    return false;
}

QList<CreditAlias> CreditAliases::fillSpellings(const QStringList &credits)
{
    // The group's own most common spelling, as the facet list names it (CreditIndex::displayName).
    CreditIndex seen;
    for (const QString &credit : credits)
        seen.add(credit);
    QList<CreditAlias> changed;
    for (CreditAlias &alias : m_aliases) {
        const QString target = finalKey(alias.canonical);
        if (!alias.spelling.isEmpty() || m_spellings.contains(target))
            continue;
        const int id = seen.idOf(target);
        if (id < 0 || seen.group(id).spellings.isEmpty())
            continue; // no photo spells it: the alias still groups, and corrects once one does
        alias.spelling = seen.displayName(id);
        m_spellings.insert(target, alias.spelling);
        changed.append(alias);
    }
    return changed;
}
