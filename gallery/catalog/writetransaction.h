#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

/**
 * A write transaction that rolls back unless committed. BEGIN IMMEDIATE rather than
 * QSqlDatabase::transaction()'s deferred BEGIN: it takes the write lock up front, waiting out another
 * writer through the busy timeout, where a deferred transaction that read first can fail at once with
 * SQLITE_BUSY when it upgrades to writing. On PostgreSQL a plain BEGIN: rows are locked as they are written.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit() { return m_committed = run(QStringLiteral("COMMIT")); }
    [[nodiscard]] QSqlError error() const { return m_error; }

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_begun = false;
    bool m_committed = false;
};
