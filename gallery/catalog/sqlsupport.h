#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

/** The few things every catalog statement needs: binding, running, logging, and reading SQLite's errors. */
namespace SqlSupport {

/** SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock this one could not wait for. */
[[nodiscard]] bool isBusy(const QSqlError &error);
/** SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged or no database (anything else leaves it alone). */
[[nodiscard]] bool isDamage(const QSqlError &error);

/** Whether @p db is a PostgreSQL (QPSQL) connection rather than SQLite. */
[[nodiscard]] bool isPostgres(const QSqlDatabase &db);
/** An error as a user reads it: the database's own words, on one line. */
[[nodiscard]] QString message(const QSqlError &error);

/**
 * "INSERT INTO table(columns) VALUES(?...) ON CONFLICT(key) DO UPDATE SET ...": insert, or replace the
 * row with the same key, in the syntax SQLite (3.24 and later) and PostgreSQL share. Unlike SQLite's
 * INSERT OR REPLACE, the row is updated rather than deleted and inserted again.
 */
[[nodiscard]] QString upsert(const QString &table, const QStringList &columns, const QStringList &key);

/** Prepares @p sql, logging a failure. */
bool prepare(QSqlQuery &query, const QString &sql);
/** Binds @p values in order and runs the prepared @p query, logging a failure. */
bool execBound(QSqlQuery &query, const QVariantList &values);
bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values);
bool execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

/** A folder as the catalog stores it: without a trailing slash ("/" alone stays "/"). */
[[nodiscard]] QString withoutTrailingSlash(QString folder);

/** The folder column of an absolute @p path: everything before its last '/' ("/" for a file at the root). */
[[nodiscard]] QString folderOf(const QString &path);
/** What " WHERE folder = ? OR (folder >= ? AND folder < ?)" binds for @p folder (stored form) and
 *  everything below it. */
[[nodiscard]] QVariantList descendantRange(const QString &folder);
/** The WHERE clause of a table with a folder column: @p folder alone, or with everything below it. */
[[nodiscard]] QString folderClause(bool recursive);

} // namespace SqlSupport
