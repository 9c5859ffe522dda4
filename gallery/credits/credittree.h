#pragma once

#include "creditindex.h"
#include "credittally.h"

#include <QList>
#include <QString>

/**
 * A folder's credits as agencies with the people under them, for `byline-cli credits --tree`: a credit
 * counts under each agency its credit line names (CreditLine), by its person; credits that name no
 * agency stand on their own. Ordered as every credit list is (CreditTally::ranksBefore), at both levels.
 */
class CreditTree
{
public:
    struct Entry
    {
        QString name;
        CreditTally::Count count;
        int depth = 0; // 0: an agency, or a credit that names none; 1: under the agency before it

        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.name == b.name && a.depth == b.depth && a.count.photos == b.count.photos &&
                   a.count.embedded == b.count.embedded && a.count.inferred == b.count.inferred;
        }
    };

    /** The tree of the groups @p tally counts (CreditIndex ids after aliases), each agency followed by
     *  its people. Under an agency, credits without a person count as their roles ("(Handout)") or as
     *  s_noPerson, after the people; s_noPerson is left out when it would be the agency's only entry. */
    [[nodiscard]] static QList<Entry> build(const CreditIndex &index, const CreditTally &tally);

    static inline const QString s_noPerson = QStringLiteral("(no person named)");
};
