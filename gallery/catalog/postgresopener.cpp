#include "postgresopener.h"

#include "sqlsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>

namespace {

// The advisory lock a schema change holds for its transaction: any number, the same in every Byline.
constexpr qint64 s_schemaLock = 0x42794c696e65; // "ByLine"

} // namespace

CatalogOpener::Result PostgresOpener::open()
{
    if (!m_db.open()) {
        failed(QStringLiteral("cannot connect to the desk catalog %1").arg(m_location.display()), m_db.lastError());
        return m_result;
    }
    m_result.open = updateSchema();
    if (!m_result.open)
        m_db.close();
    return m_result;
}

// Text compares byte by byte ("C"), as in SQLite: the folder ranges of SqlSupport::descendantRange and
// every ORDER BY then mean the same on both backends, whatever the server's locale.
QStringList PostgresOpener::createStatements()
{
    return {
        QStringLiteral("CREATE TABLE byline_schema(version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO byline_schema(version) VALUES(%1)").arg(s_schemaVersion),
        QStringLiteral("CREATE TABLE photos(path TEXT COLLATE \"C\" PRIMARY KEY, folder TEXT COLLATE \"C\" NOT NULL,"
                       " size BIGINT NOT NULL, stamp BIGINT NOT NULL, record BYTEA NOT NULL)"),
        QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
        QStringLiteral("CREATE TABLE aliases(folder TEXT COLLATE \"C\" NOT NULL, alias TEXT COLLATE \"C\" NOT NULL,"
                       " canonical TEXT NOT NULL, spelling TEXT, alias_spelling TEXT, PRIMARY KEY(folder, alias))"),
        QStringLiteral("CREATE TABLE credit_book(key TEXT COLLATE \"C\" NOT NULL PRIMARY KEY, credit TEXT NOT NULL,"
                       " house_line TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE marks(path TEXT COLLATE \"C\" NOT NULL PRIMARY KEY,"
                       " folder TEXT COLLATE \"C\" NOT NULL, rating INTEGER, label TEXT,"
                       " file_rating INTEGER NOT NULL DEFAULT 0, file_label TEXT NOT NULL DEFAULT '',"
                       " tagged INTEGER, file_tagged INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX marks_by_folder ON marks(folder)"),
    };
}

bool PostgresOpener::updateSchema()
{
    const int seen = schemaVersion(); // without a lock: the common case, a current schema, takes none
    if (seen == s_schemaVersion)
        return true;
    if (seen < 0 || seen > s_schemaVersion)
        return false; // schemaVersion() said why
    const QString what = QStringLiteral("cannot set up the desk catalog %1").arg(m_location.display());
    WriteTransaction transaction(m_db);
    if (!transaction.begin())
        return failed(what, transaction.error());
    QSqlQuery lock(m_db);
    if (!SqlSupport::execPrepared(lock, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {s_schemaLock}))
        return failed(what, lock.lastError());
    const int version = schemaVersion(); // another Byline may have done it while this one waited
    if (version == s_schemaVersion)
        return transaction.commit();
    if (version < 0 || version > s_schemaVersion)
        return false;
    if (version != 0) {
        // PostgreSQL catalogs began at version 7; a later version adds its migration from here.
        m_result.error = QStringLiteral("the desk catalog %1 has an unknown catalog version %2")
                             .arg(m_location.display())
                             .arg(version);
        return false;
    }
    for (const QString &statement : createStatements()) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) // not prepared: PostgreSQL prepares no CREATE
            return failed(what, query.lastError());
    }
    return transaction.commit() || failed(what, transaction.error());
}

int PostgresOpener::schemaVersion()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A query of pg_tables, not to_regclass(): that one may answer from this connection's cache, which
    // does not yet know of a table another Byline made while this one waited for the lock.
    if (!query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                                   "current_schema() AND tablename = 'byline_schema')")) ||
        !query.next()) {
        failed(QStringLiteral("cannot read the desk catalog %1").arg(m_location.display()), query.lastError());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM byline_schema")) || !query.next()) {
        failed(QStringLiteral("cannot read the desk catalog %1").arg(m_location.display()), query.lastError());
        return -1;
    }
    const int version = query.value(0).toInt();
    if (version > s_schemaVersion) {
        m_result.error = QStringLiteral("the desk catalog %1 was set up by a newer Byline (catalog version %2; this "
                                        "Byline reads version %3): update Byline to use it")
                             .arg(m_location.display())
                             .arg(version)
                             .arg(s_schemaVersion);
        qCWarning(lcCatalog).noquote() << m_result.error;
    }
    return version;
}

bool PostgresOpener::failed(const QString &what, const QSqlError &error)
{
    if (!what.isEmpty()) {
        m_result.error = QStringLiteral("%1: %2").arg(what, SqlSupport::message(error));
        qCWarning(lcCatalog).noquote() << m_result.error;
    }
    return false;
}
