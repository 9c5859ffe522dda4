#include "catalogopener.h"

#include "sqlsupport.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace {

// Files SQLite keeps beside the database; a damaged database goes aside together with them, so that a
// fresh database never replays an old write-ahead log.
const char *const s_companionSuffixes[] = {"-wal", "-shm", "-journal"};

// Switching to WAL is retried for as long as the busy timeout would have waited (50 x 100 ms = 5 s).
constexpr int s_walAttempts = 50;
constexpr int s_walRetryMs = 100;

// "<name>.broken-20240131-235959", with a counter when two rebuilds fall in the same second.
QString asideName(const QString &path, const QString &reason)
{
    const QString base =
        QStringLiteral("%1.%2-%3")
            .arg(path, reason, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")));
    QString name = base;
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = QStringLiteral("%1-%2").arg(base).arg(i);
    return name;
}

bool moveAside(const QString &path, const QString &target)
{
    if (!QFile::rename(path, target) && QFileInfo::exists(path))
        return false; // a file that has gone was moved by another process seeing the same damage
    for (const char *suffix : s_companionSuffixes) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QFile::rename(companion, target + QLatin1String(suffix)))
            QFile::remove(companion); // never let a fresh database pick up the old log
    }
    return true;
}

// Schema 3: paths in NativePath's storage form, where a real U+FFFD is doubled (schema 2 kept paths as
// Qt gave them, with no escaped bytes, so doubling is the whole conversion).
QStringList storageFormPaths()
{
    QStringList statements;
    for (const char *table : {"photos", "aliases"}) {
        const bool photos = QLatin1String(table) == QLatin1String("photos");
        statements.append(
            QStringLiteral("UPDATE %1 SET folder = replace(folder, char(65533), char(65533, 65533))%2"
                           " WHERE instr(folder, char(65533)) > 0%3")
                .arg(QLatin1String(table),
                     photos ? QStringLiteral(", path = replace(path, char(65533), char(65533, 65533))") : QString(),
                     photos ? QStringLiteral(" OR instr(path, char(65533)) > 0") : QString()));
    }
    return statements;
}

// Schema 5: the credit book, one row per grouping key (CreditBook::key), the credit as the desk accepted
// it and its house line ("" for none). Plain SQL, as PostgreSQL reads it too (issue 21).
QString creditBookTable()
{
    return QStringLiteral("CREATE TABLE credit_book(key TEXT NOT NULL PRIMARY KEY, credit TEXT NOT NULL,"
                          " house_line TEXT NOT NULL DEFAULT '')");
}

// Schema 6: the desk's pending ratings and labels (PendingMark), one row per photo; NULL where the file's
// value stands; with what the file said when the mark was made. By folder, as a folder's marks are read
// with its scan.
QStringList marksTable()
{
    return {QStringLiteral("CREATE TABLE marks(path TEXT NOT NULL PRIMARY KEY, folder TEXT NOT NULL, rating INTEGER,"
                           " label TEXT, file_rating INTEGER NOT NULL DEFAULT 0, file_label TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX marks_by_folder ON marks(folder)")};
}

// Schema 7: the pending tag (PendingMark::tagged, NULL where the file's stands) and the file's tag then.
QStringList markTagColumns()
{
    return {QStringLiteral("ALTER TABLE marks ADD COLUMN tagged INTEGER"),
            QStringLiteral("ALTER TABLE marks ADD COLUMN file_tagged INTEGER NOT NULL DEFAULT 0")};
}

} // namespace

CatalogOpener::Result CatalogOpener::open()
{
    Health health = connect();
    if (health == Health::Damaged || health == Health::Newer) {
        if (!setAside(health))
            return m_result;
        health = connect();
    }
    m_result.open = health == Health::Ok;
    if (m_result.open) {
        m_result.error.clear();
        return m_result;
    }
    if (m_result.error.isEmpty())
        m_result.error = QStringLiteral("the catalog %1 is still unusable after being rebuilt").arg(m_path);
    m_db.close();
    return m_result;
}

CatalogOpener::Health CatalogOpener::connect()
{
    if (!m_db.open())
        return failed(QStringLiteral("cannot open the catalog %1").arg(m_path), m_db.lastError());
    Health health = configure();
    if (health == Health::Ok)
        health = checkIntegrity();
    if (health != Health::Ok)
        return health;
    const int version = userVersion();
    if (version < 0)
        return Health::Failed;
    if (version > s_schemaVersion)
        return Health::Newer;
    return version < s_schemaVersion ? updateSchema() : Health::Ok;
}

// Each step below keeps its QSqlQuery to itself: a statement left with unread rows holds a read
// snapshot, and a connection holding one cannot wait for the write lock (SQLite returns SQLITE_BUSY at
// once rather than risk a deadlock).
CatalogOpener::Health CatalogOpener::configure()
{
    const Health health = enableWal();
    if (health != Health::Ok)
        return health;
    QSqlQuery query(m_db);
    // In WAL mode NORMAL can lose the last commits to a power cut but never corrupts the database,
    // and it saves an fsync per transaction.
    if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return failed(QStringLiteral("cannot use the catalog %1").arg(m_path), query.lastError());
    return Health::Ok;
}

// WAL: readers never wait for the writer, and a writer killed mid-transaction leaves the database as of
// its last commit. The mode is kept in the file, so switching happens once, when the file is new; but
// the switch upgrades a read lock to an exclusive one, which SQLite refuses at once instead of waiting
// (a deadlock guard), so two connections creating the catalog together need to retry.
CatalogOpener::Health CatalogOpener::enableWal()
{
    QSqlQuery query(m_db);
    for (int attempt = 1; !query.exec(QStringLiteral("PRAGMA journal_mode=WAL")); ++attempt) {
        if (!SqlSupport::isBusy(query.lastError()) || attempt == s_walAttempts)
            return failed(QStringLiteral("cannot use the catalog %1").arg(m_path), query.lastError());
        QThread::msleep(s_walRetryMs);
    }
    if (query.next() && query.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcCatalog) << "the catalog is not in WAL mode:" << query.value(0).toString();
    return Health::Ok;
}

CatalogOpener::Health CatalogOpener::checkIntegrity()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed(QStringLiteral("cannot check the catalog %1").arg(m_path), query.lastError());
    if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
        qCWarning(lcCatalog) << "the catalog" << m_path << "is damaged:" << query.value(0).toString();
        return Health::Damaged;
    }
    return Health::Ok;
}

int CatalogOpener::userVersion()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failed(QStringLiteral("cannot read the catalog version"), query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

CatalogOpener::Health CatalogOpener::updateSchema()
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin())
        return failed(QStringLiteral("cannot write the catalog %1").arg(m_path), transaction.error());
    // Another connection may have made the schema while this one waited for the write lock.
    const int version = userVersion();
    if (version < 0)
        return Health::Failed;
    if (version == s_schemaVersion)
        return transaction.commit() ? Health::Ok : Health::Failed;
    QStringList statements;
    if (version == 0) { // a new file
        statements = {
            QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                           " stamp INTEGER NOT NULL, record BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
            QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                           " spelling TEXT, alias_spelling TEXT, PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
            creditBookTable(),
        };
        statements += marksTable();
        statements += markTagColumns();
    } else {
        // Migrated, never rebuilt: the records could be read again, but the aliases are the user's work.
        if (version < 2)
            statements.append(QStringLiteral("ALTER TABLE photos RENAME COLUMN mtime TO stamp"));
        if (version < 3)
            statements += storageFormPaths();
        // 4: an alias is a correction, shown as the desk accepted it; older aliases have no spelling
        // (NULL) until a scan takes it from the folder's photos (CreditAliases::fillSpellings).
        if (version < 4)
            statements += {QStringLiteral("ALTER TABLE aliases ADD COLUMN spelling TEXT"),
                           QStringLiteral("ALTER TABLE aliases ADD COLUMN alias_spelling TEXT")};
        // 5: the desk's credit book, a table of its own; every row of the others stays as it is.
        if (version < 5)
            statements.append(creditBookTable());
        if (version < 6)
            statements += marksTable();
        if (version < 7)
            statements += markTagColumns();
    }
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(s_schemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery query(m_db);
        if (SqlSupport::execPrepared(query, statement, {}))
            continue;
        // A new file we can write but cannot give our tables (a view named "photos", say) is not ours
        // to keep: it goes aside like a damaged one. A migration that fails for a passing reason (disk
        // full, say) leaves the file, and the user's aliases in it, alone.
        if (version == 0)
            return Health::Damaged;
        return failed(QStringLiteral("cannot update the catalog %1").arg(m_path), query.lastError());
    }
    return transaction.commit() ? Health::Ok : Health::Failed;
}

CatalogOpener::Health CatalogOpener::failed(const QString &what, const QSqlError &error)
{
    m_result.error = QStringLiteral("%1: %2").arg(what, error.text());
    qCWarning(lcCatalog).noquote() << m_result.error;
    return SqlSupport::isDamage(error) ? Health::Damaged : Health::Failed;
}

bool CatalogOpener::setAside(Health reason)
{
    m_db.close();
    const bool newer = reason == Health::Newer;
    const QString target = asideName(m_path, newer ? QStringLiteral("newer") : QStringLiteral("broken"));
    if (!moveAside(m_path, target)) {
        m_result.error = QStringLiteral("the catalog %1 is unusable and cannot be moved aside").arg(m_path);
        qCWarning(lcCatalog).noquote() << m_result.error;
        return false;
    }
    m_result.error.clear();
    const QString warning =
        newer ? QStringLiteral("the catalog was written by a newer version of Byline and has been replaced "
                               "by a new one (old copy kept as %1)")
              : QStringLiteral("the catalog was damaged and has been rebuilt (old copy kept as %1)");
    m_result.warnings << warning.arg(target);
    qCWarning(lcCatalog).noquote() << m_result.warnings.constLast();
    return true;
}
