#include "recordfilter.h"

#include "photorow.h"
#include "searchtext.h"

#include "credits/creditname.h"

RecordFilter::RecordFilter(const QStringList &credits, const QString &search, CreditAliases aliases)
    : m_aliases(std::move(aliases)), m_terms(SearchText::terms(search))
{
    for (const QString &credit : credits) {
        if (const QString key = m_aliases.canonicalKey(credit); !key.isEmpty())
            m_creditKeys.append(key);
    }
}

bool RecordFilter::creditMatches(const PhotoRecord &record) const
{
    if (m_creditKeys.isEmpty())
        return true;
    const QString key = m_aliases.canonicalKey(record.credit);
    if (key.isEmpty())
        return false;
    if (m_creditKeys.contains(key))
        return true;
    // As in the window, an aliased photo sits under its group's agencies, not under its own spelling's.
    for (const QString &agency : CreditName::agencies(key)) {
        if (m_creditKeys.contains(agency))
            return true;
    }
    return false;
}

bool RecordFilter::accepts(const PhotoRecord &record) const
{
    return creditMatches(record) &&
           (m_terms.isEmpty() || SearchText::containsAll(PhotoRow::fromRecord(record).searchKey(), m_terms));
}

QList<PhotoRecord> RecordFilter::filtered(const QList<PhotoRecord> &records) const
{
    QList<PhotoRecord> kept;
    for (const PhotoRecord &record : records) {
        if (accepts(record))
            kept.append(record);
    }
    return kept;
}
