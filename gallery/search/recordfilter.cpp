#include "recordfilter.h"

#include "photorow.h"
#include "searchtext.h"

#include "credits/creditname.h"

RecordFilter::RecordFilter(const QStringList &credits, const QString &search, CreditAliases aliases)
    : m_aliases(std::move(aliases)), m_terms(SearchText::terms(search))
{
    // `--credit X` is the credit X and the agency X at once: "NASA" takes "NASA/Tim Kopra" too. A credit
    // that names one agency and nobody is that agency however it is spelled: "AP Photo" takes
    // "AP/Evan Vucci", as choosing AP in the facet list does.
    for (const QString &credit : credits) {
        if (const QString key = m_aliases.canonicalKey(credit); !key.isEmpty()) {
            m_credits.addGroup(key);
            m_credits.addAgency(key);
            if (const QStringList agencies = CreditName::agencyKeys(key);
                agencies.size() == 1 && CreditName::person(key).isEmpty())
                m_credits.addAgency(agencies.constFirst());
        }
    }
}

bool RecordFilter::creditMatches(const PhotoRecord &record) const
{
    if (m_credits.isEmpty())
        return true;
    const QString key = m_aliases.canonicalKey(record.credit);
    return !key.isEmpty() && m_credits.matches(key, CreditName::agencyKeys(key));
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
