#include "recordfilter.h"

#include "photorow.h"
#include "searchtext.h"

#include "credits/creditname.h"

RecordFilter::RecordFilter(const QStringList &credits, const QString &search)
    : m_terms(SearchText::terms(search))
{
    for (const QString &credit : credits)
        m_creditKeys.append(CreditName::groupingKey(credit));
}

bool RecordFilter::creditMatches(const PhotoRecord &record) const
{
    if (m_creditKeys.isEmpty())
        return true;
    if (record.credit.isEmpty())
        return false;
    if (m_creditKeys.contains(CreditName::groupingKey(record.credit)))
        return true;
    for (const QString &agency : CreditName::agencies(record.credit)) {
        if (m_creditKeys.contains(CreditName::groupingKey(agency)))
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
