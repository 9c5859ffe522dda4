#include "writetransaction.h"

#include "sqlsupport.h"

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_committed)
        run(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::begin()
{
    m_begun = run(SqlSupport::isPostgres(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    return m_begun;
}

bool WriteTransaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    qCWarning(lcCatalog) << "cannot run" << statement << m_error.text();
    return false;
}
