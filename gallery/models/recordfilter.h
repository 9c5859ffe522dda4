#pragma once

#include "metadata/photorecord.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

/**
 * PhotoFilterModel's credit and search rules applied to plain records, for byline-cli: a photo passes
 * when its credit is one of the given credits or falls under one of them as an agency ("NASA" takes
 * "NASA/Tim Kopra"), spelling variants folded by CreditName::groupingKey, and when every word of the
 * search occurs in its file name, caption, credit, creator or headline (PhotoRow's search key). Catalog
 * aliases are not applied: they belong to the window's session.
 */
class RecordFilter
{
public:
    RecordFilter(const QStringList &credits, const QString &search);

    [[nodiscard]] bool accepts(const PhotoRecord &record) const;
    [[nodiscard]] QList<PhotoRecord> filtered(const QList<PhotoRecord> &records) const;

private:
    [[nodiscard]] bool creditMatches(const PhotoRecord &record) const;

    QStringList m_creditKeys;
    QList<QByteArray> m_terms;
};
