#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The distinct credits of a folder, interned: each grouping key (CreditName::groupingKey) gets a small
 * id that rows store, so filtering and counting work on integers. It also keeps how each credit is
 * spelled in the files (the most common spelling names the group) and the accepted aliases, which
 * point one group at another without changing any file.
 */
class CreditIndex
{
public:
    struct Group
    {
        QString key;
        QStringList agencyKeys; // CreditName::agencyKeys: "nasa/esa/tim peake" → {"nasa", "esa"}
        QString person;         // CreditName::person: "tim peake", or "" for "energia"
        QHash<QString, int> spellings;
        int canonical = -1; // the group this one is an alias of, or -1
    };

    /** The id for @p credit's group, counting this spelling once; -1 for a blank credit. */
    int add(const QString &credit);
    /** Forgets one use of @p credit (a row removed or changed). */
    void remove(const QString &credit);

    /** Makes @p aliasKey's group count as @p canonicalKey's; both are grouping keys. */
    void setAlias(const QString &aliasKey, const QString &canonicalKey);
    void removeAlias(const QString &aliasKey);
    void clearAliases();
    /** Every alias as aliasKey → canonicalKey. */
    [[nodiscard]] QHash<QString, QString> aliases() const;

    [[nodiscard]] int idOf(const QString &key) const { return m_ids.value(key, -1); }
    /** @p id, or the group it is an alias of. */
    [[nodiscard]] int effective(int id) const;
    [[nodiscard]] const Group &group(int id) const { return m_groups.at(id); }
    [[nodiscard]] int size() const { return int(m_groups.size()); }
    /** The most common spelling of @p id and of every alias of it. */
    [[nodiscard]] QString displayName(int id) const;
    void clear();

private:
    int intern(const QString &key);

    QList<Group> m_groups;
    QHash<QString, int> m_ids;
    // Spellings seen so far: a folder has a few dozen, so most rows skip computing the grouping key.
    QHash<QString, int> m_spellingIds;
};
