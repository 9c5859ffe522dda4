#pragma once

#include "creditbookentry.h"
#include "creditbookmerge.h"

#include <QHash>
#include <QList>
#include <QString>

/**
 * The desk's credit book: the credits it knows, each with an optional house line (docs/metadata.md,
 * "Credit book and credit line style"). One book for the desk, not per folder. A credit is looked up by
 * its grouping key (CreditName::groupingKey), so "NASA / Tim Kopra" and "nasa/tim kopra." find the entry
 * of "NASA/Tim Kopra"; one entry per key. A value type: copy it to a worker or an export. Pure.
 */
class CreditBook
{
public:
    /** Longest credit or house line the book keeps: CreditLine reads no longer line. */
    static constexpr qsizetype s_maxLength = 500;

    CreditBook() = default;
    /** The entries in order; a later entry with the key of an earlier one replaces it. Entries that
     *  are not valid (entryProblem) are left out: check them first. */
    explicit CreditBook(const QList<CreditBookEntry> &entries);

    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    /** Sorted by credit, ignoring case, then by key, so a list and a file read the same each time. */
    [[nodiscard]] const QList<CreditBookEntry> &entries() const { return m_entries; }

    /** Whether @p credit (as written or as a grouping key) is in the book; a blank credit never is. */
    [[nodiscard]] bool contains(const QString &credit) const;
    /** The entry of @p credit, or null. */
    [[nodiscard]] const CreditBookEntry *find(const QString &credit) const;
    /** The entry's house line of @p credit, or "" when it has none or is not in the book. */
    [[nodiscard]] QString houseLine(const QString &credit) const;

    /** Where an entry spelled @p credit sorts: its row when the book holds it so spelled, else the row it
     *  is inserted at (once an entry of its key spelled otherwise is removed). */
    [[nodiscard]] qsizetype placeOf(const QString &credit) const;
    /** Adds @p entry where it sorts, or replaces the entry with its key; false (and nothing changes) when
     *  it is not valid. One entry moves: the book is not sorted again. */
    bool insert(const CreditBookEntry &entry);
    /** Removes the entry of @p credit; false when it was not in the book. */
    bool remove(const QString &credit);
    /** Adds a file's @p entries as `book import` does without --replace: each credit in the file's
     *  spelling, with the file's house line where it gives one and the book's where it gives none, so a
     *  merge never erases a house line. Entries that are not valid are left out. */
    CreditBookMerge merge(const QList<CreditBookEntry> &entries);

    /** Why @p entry cannot be in a book ("the credit is empty", ...), or "" when it can. */
    [[nodiscard]] static QString entryProblem(const CreditBookEntry &entry);
    /** The key entries are looked up by: CreditName::groupingKey. */
    [[nodiscard]] static QString key(const QString &credit);

    friend bool operator==(const CreditBook &, const CreditBook &) = default;

private:
    void reindex();
    /** Moves every row from @p row on by @p by in the index, after one entry went in or out there. */
    void shiftIndex(qsizetype row, qsizetype by);

    QList<CreditBookEntry> m_entries;
    QHash<QString, qsizetype> m_index; // key → place in m_entries
};
