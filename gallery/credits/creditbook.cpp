#include "creditbook.h"

#include "controlcharacters.h"
#include "creditname.h"

#include <algorithm>

namespace {

CreditBookEntry trimmed(const CreditBookEntry &entry)
{
    return {entry.credit.trimmed(), entry.houseLine.trimmed()};
}

bool bySpelling(const CreditBookEntry &a, const CreditBookEntry &b)
{
    const int order = QString::compare(a.credit, b.credit, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.credit < b.credit;
}

} // namespace

CreditBook::CreditBook(const QList<CreditBookEntry> &entries)
{
    for (const CreditBookEntry &entry : entries) {
        if (!entryProblem(entry).isEmpty())
            continue;
        const CreditBookEntry clean = trimmed(entry);
        if (const auto it = m_index.constFind(key(clean.credit)); it != m_index.constEnd())
            m_entries[*it] = clean;
        else
            m_index.insert(key(clean.credit), m_entries.size()), m_entries.append(clean);
    }
    reindex();
}

bool CreditBook::contains(const QString &credit) const
{
    return find(credit) != nullptr;
}

const CreditBookEntry *CreditBook::find(const QString &credit) const
{
    const QString wanted = key(credit);
    if (wanted.isEmpty())
        return nullptr;
    const auto it = m_index.constFind(wanted);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

QString CreditBook::houseLine(const QString &credit) const
{
    const CreditBookEntry *entry = find(credit);
    return entry ? entry->houseLine : QString();
}

qsizetype CreditBook::placeOf(const QString &credit) const
{
    const CreditBookEntry wanted{credit.trimmed()};
    return std::lower_bound(m_entries.cbegin(), m_entries.cend(), wanted, bySpelling) - m_entries.cbegin();
}

bool CreditBook::insert(const CreditBookEntry &entry)
{
    if (!entryProblem(entry).isEmpty())
        return false;
    const CreditBookEntry clean = trimmed(entry);
    const QString entryKey = key(clean.credit);
    if (const auto it = m_index.constFind(entryKey); it != m_index.constEnd()) {
        if (m_entries.at(*it).credit == clean.credit) {
            m_entries[*it] = clean; // the same spelling sorts in the same place
            return true;
        }
        remove(clean.credit);
    }
    const qsizetype row = placeOf(clean.credit);
    m_entries.insert(row, clean);
    shiftIndex(row, 1);
    m_index.insert(entryKey, row);
    return true;
}

bool CreditBook::remove(const QString &credit)
{
    const QString entryKey = key(credit);
    const auto it = m_index.constFind(entryKey);
    if (entryKey.isEmpty() || it == m_index.constEnd())
        return false;
    const qsizetype row = *it;
    m_entries.removeAt(row);
    m_index.erase(it);
    shiftIndex(row, -1);
    return true;
}

CreditBookMerge CreditBook::merge(const QList<CreditBookEntry> &entries)
{
    CreditBookMerge merge;
    for (const CreditBookEntry &entry : entries) {
        if (!entryProblem(entry).isEmpty())
            continue;
        CreditBookEntry merged = trimmed(entry);
        if (const CreditBookEntry *known = find(merged.credit); !known)
            ++merge.added;
        else if (merged.houseLine.isEmpty() && !known->houseLine.isEmpty())
            merged.houseLine = known->houseLine, ++merge.houseLinesKept;
        else if (merged.houseLine != known->houseLine)
            ++merge.houseLinesChanged;
        insert(merged);
    }
    return merge;
}

QString CreditBook::entryProblem(const CreditBookEntry &entry)
{
    const CreditBookEntry clean = trimmed(entry);
    if (key(clean.credit).isEmpty())
        return QStringLiteral("the credit is empty");
    if (clean.credit.startsWith(u'#'))
        return QStringLiteral("a credit cannot start with '#' (the book's file reads that as a comment)");
    if (ControlCharacters::in(clean.credit))
        return QStringLiteral("the credit holds a tab, a line break or another control character");
    if (ControlCharacters::in(clean.houseLine))
        return QStringLiteral("the house line holds a tab, a line break or another control character");
    if (clean.credit.size() > s_maxLength || clean.houseLine.size() > s_maxLength)
        return QStringLiteral("longer than %1 characters").arg(s_maxLength);
    return {};
}

QString CreditBook::key(const QString &credit)
{
    return CreditName::groupingKey(credit);
}

void CreditBook::shiftIndex(qsizetype row, qsizetype by)
{
    // Only the numbers move: no key is computed again, no entry compared.
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        if (*it >= row)
            *it += by;
    }
}

void CreditBook::reindex()
{
    std::sort(m_entries.begin(), m_entries.end(), bySpelling);
    m_index.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(key(m_entries.at(i).credit), i);
}
