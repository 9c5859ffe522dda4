#pragma once

#include "credits/creditbook.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/**
 * The desk's credit book in the catalog, over an open connection (Catalog's): one table, credit_book,
 * one row per grouping key with the credit and its house line (docs/metadata.md, "Credit book and
 * credit line style"). Global, unlike the aliases, which are each folder's. Plain SQL only: issue 21's
 * PostgreSQL backend is to run the same statements.
 */
class CreditBookStore
{
public:
    explicit CreditBookStore(const QSqlDatabase &db) : m_db(db) {}

    /** The whole book; entries whose text a book cannot hold (written by another program) are left out. */
    [[nodiscard]] CreditBook book() const;
    /** Adds @p entry, or replaces the entry with its key; false when it is not valid or not written. */
    bool setEntry(const CreditBookEntry &entry);
    /** Removes the entry of @p credit (as written or its key); removing what is not there succeeds. */
    bool removeEntry(const QString &credit);
    /** Stores @p entries in one transaction: the book becomes exactly them when @p replace, else they are
     *  merged into it (CreditBook::merge: a house line they leave out is kept). All or nothing, and
     *  nothing when one entry is not valid; what the merge changed, or nothing when it failed. */
    std::optional<CreditBookMerge> store(const QList<CreditBookEntry> &entries, bool replace);

private:
    bool insertAll(const QList<CreditBookEntry> &entries);

    QSqlDatabase m_db;
};
