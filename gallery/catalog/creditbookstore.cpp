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

bool CreditBookStore::store(const QList<CreditBookEntry> &entries, bool replace)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin())
        return false;
    if (replace && !SqlSupport::execPrepared(m_db, QStringLiteral("DELETE FROM credit_book"), {}))
        return false;
    return insertAll(entries) && transaction.commit();
}

bool CreditBookStore::insertAll(const QList<CreditBookEntry> &entries)
{
    if (std::any_of(entries.cbegin(), entries.cend(),
                    [](const CreditBookEntry &entry) { return !CreditBook::entryProblem(entry).isEmpty(); }))
        return false;
    QSqlQuery query(m_db);
    if (!SqlSupport::prepare(query, QStringLiteral("INSERT OR REPLACE INTO credit_book(key, credit, house_line)"
                                                   " VALUES(?, ?, ?)")))
        return false;
    for (const CreditBookEntry &entry : entries) {
        if (!SqlSupport::execBound(query,
                                   {CreditBook::key(entry.credit), entry.credit.trimmed(), entry.houseLine.trimmed()}))
            return false;
    }
    return true;
}
