#pragma once

#include "creditindex.h"

#include <QList>
#include <QString>

/**
 * How many photos each credit group holds: the one count behind the window's facet list and
 * `byline-cli credits`. Groups are CreditIndex ids after aliases (CreditIndex::effective()); the photos
 * without a credit are counted apart.
 */
class CreditTally
{
public:
    struct Count
    {
        int photos = 0;
        int embedded = 0; // credited in the metadata
        int inferred = 0; // credited only in the caption text
    };

    /** Counts one photo under group @p id (-1 without a credit), whose credit was @p inferred or embedded. */
    void add(int id, bool inferred);

    /** The photos of group @p id (-1: without a credit). */
    [[nodiscard]] Count of(int id) const;
    [[nodiscard]] Count withoutCredit() const { return m_withoutCredit; }
    /** The groups with photos, ranked as ranksBefore() orders them, named by CreditIndex::displayName(). */
    [[nodiscard]] QList<int> ranked(const CreditIndex &index) const;

    /** The order of every credit list: more photos first, then by name. */
    [[nodiscard]] static bool ranksBefore(int photosA, const QString &nameA, int photosB, const QString &nameB)
    {
        return photosA != photosB ? photosA > photosB : nameA.localeAwareCompare(nameB) < 0;
    }

private:
    QList<Count> m_groups; // by CreditIndex id, grown as ids come
    Count m_withoutCredit;
};
