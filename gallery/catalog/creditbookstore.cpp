#include "creditbookstore.h"

#include "sqlsupport.h"
#include "writetransaction.h"

#include <algorithm>

CreditBook CreditBookStore::book() const
{
    QList<CreditBookEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlSupport::execPrepared(query, QStringLiteral("SELECT credit, house_line FROM credit_book ORDER BY key"), {}))
        return {};
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString()});
    return CreditBook(entries);
}

bool CreditBookStore::setEntry(const CreditBookEntry &entry)
{
    return insertAll({entry});
}

bool CreditBookStore::removeEntry(const QString &credit)
{
    return SqlSupport::execPrepared(m_db, QStringLiteral("DELETE FROM credit_book WHERE key = ?"),
                                    {CreditBook::key(credit)});
}

std::optional<CreditBookMerge> CreditBookStore::store(const QList<CreditBookEntry> &entries, bool replace)
{
    if (std::any_of(entries.cbegin(), entries.cend(),
                    [](const CreditBookEntry &entry) { return !CreditBook::entryProblem(entry).isEmpty(); }))
        return std::nullopt;
    WriteTransaction transaction(m_db);
    if (!transaction.begin())
        return std::nullopt;
    if (replace && !SqlSupport::execPrepared(m_db, QStringLiteral("DELETE FROM credit_book"), {}))
        return std::nullopt;
    // Merged against the book as the transaction sees it, not as the caller last read it: another
    // window or byline-cli may have changed a house line meanwhile.
    CreditBook book = replace ? CreditBook() : this->book();
    const CreditBookMerge merge = book.merge(entries);
    QList<CreditBookEntry> merged;
    for (const CreditBookEntry &entry : entries)
        merged.append(*book.find(entry.credit));
    if (!insertAll(merged) || !transaction.commit())
        return std::nullopt;
    return merge;
}

bool CreditBookStore::insertAll(const QList<CreditBookEntry> &entries)
{
    if (std::any_of(entries.cbegin(), entries.cend(),
                    [](const CreditBookEntry &entry) { return !CreditBook::entryProblem(entry).isEmpty(); }))
        return false;
    QSqlQuery query(m_db);
    if (!SqlSupport::prepare(
            query, SqlSupport::upsert(QStringLiteral("credit_book"),
                                      {QStringLiteral("key"), QStringLiteral("credit"), QStringLiteral("house_line")},
                                      {QStringLiteral("key")})))
        return false;
    for (const CreditBookEntry &entry : entries) {
        if (!SqlSupport::execBound(
                query, {CreditBook::key(entry.credit), entry.credit.trimmed(),
                        entry.houseLine.trimmed().isNull() ? QStringLiteral("") : entry.houseLine.trimmed()}))
            return false;
    }
    return true;
}
