#pragma once

#include "credits/creditaliases.h"
#include "credits/creditmatcher.h"
#include "metadata/photorecord.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

/**
 * PhotoFilterModel's credit and search rules applied to plain records, for byline-cli: a photo passes
 * when its credit group is one of the given credits' groups or falls under one of them as an agency
 * ("NASA" takes "NASA/Tim Kopra"), and when every word of the search occurs in its file name, caption,
 * credit, creator, headline or a wire field (PhotoRow's search key). Spelling variants fold by
 * CreditName::groupingKey, and the folder's accepted aliases apply to the photos' credits and to the
 * credits asked for, as in the window's facet list.
 */
class RecordFilter
{
public:
    RecordFilter(const QStringList &credits, const QString &search, CreditAliases aliases = {});

    [[nodiscard]] bool accepts(const PhotoRecord &record) const;
    [[nodiscard]] QList<PhotoRecord> filtered(const QList<PhotoRecord> &records) const;

private:
    [[nodiscard]] bool creditMatches(const PhotoRecord &record) const;

    CreditAliases m_aliases;
    CreditMatcher m_credits;
    QList<QByteArray> m_terms;
};
