#pragma once

#include "creditalias.h"
#include "creditindex.h"

#include <QHash>
#include <QList>
#include <QString>

/**
 * A folder's accepted credit aliases, as the catalog keeps them, answering which credit group a credit
 * counts under and how the desk spells that group. The window applies the same aliases through
 * PhotoModel's CreditIndex; byline-cli uses this so that "credits" and "export --credit" group photos
 * exactly as the facet list does, and CreditCorrection corrects records by it.
 */
class CreditAliases
{
public:
    CreditAliases() = default;
    explicit CreditAliases(const QList<CreditAlias> &aliases);

    [[nodiscard]] bool isEmpty() const { return m_aliases.isEmpty(); }
    [[nodiscard]] const QList<CreditAlias> &list() const { return m_aliases; }

    /** The grouping key @p credit counts under after aliases; "" for a blank credit. */
    [[nodiscard]] QString canonicalKey(const QString &credit) const;
    /**
     * The accepted spelling of the group @p credit is an alias of ("NASA/Tim Kopra" for "nasa/tim
     * copra."); "" when @p credit is no alias, or its group's spelling is not known.
     */
    [[nodiscard]] QString acceptedSpelling(const QString &credit) const;
    /** Whether some alias's group has no accepted spelling (an alias from before catalog schema 4). */
    [[nodiscard]] bool lacksSpellings() const;
    /**
     * Fills the missing accepted spellings with the most common spelling of each group among
     * @p credits (the folder's photos' credits, as the files write them); returns the aliases changed.
     */
    QList<CreditAlias> fillSpellings(const QStringList &credits);

private:
    void index();
    [[nodiscard]] QString finalKey(const QString &key) const;

    QList<CreditAlias> m_aliases;
    CreditIndex m_index;                 // only the aliased groups are interned
    QHash<QString, QString> m_spellings; // final canonical key → accepted spelling
};
