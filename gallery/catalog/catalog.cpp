#include "catalog.h"

#include "metadata/photorecordcodec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcCatalog, "byline.catalog", QtWarningMsg)

namespace {

// Connection names are process-wide in QSqlDatabase, and windows and workers each open their own.
std::atomic<int> s_nextConnection{0};

// SQLite's result codes for a file that is damaged (SQLITE_CORRUPT) or not a database at all
// (SQLITE_NOTADB); any other failure (locked, read-only, disk full) leaves the file alone.
constexpr int s_sqliteCorrupt = 11;
constexpr int s_sqliteNotADatabase = 26;

// Files SQLite keeps beside the database; a damaged database goes aside together with them, so that a
// fresh database never replays an old write-ahead log.
const char *const s_companionSuffixes[] = {"-wal", "-shm", "-journal"};

// SQLITE_BUSY and SQLITE_LOCKED: another connection holds a lock this one could not wait for.
constexpr int s_sqliteBusy = 5;
constexpr int s_sqliteLocked = 6;

// Switching to WAL is retried for as long as the busy timeout would have waited (50 x 100 ms = 5 s).
constexpr int s_walAttempts = 50;
constexpr int s_walRetryMs = 100;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary one in the low byte
}

bool isBusy(const QSqlError &error)
{
    return primaryCode(error) == s_sqliteBusy || primaryCode(error) == s_sqliteLocked;
}

bool isDamage(const QSqlError &error)
{
    return primaryCode(error) == s_sqliteCorrupt || primaryCode(error) == s_sqliteNotADatabase;
}

// Folders are stored as written, without a trailing slash ("/" alone stays "/").
QString withoutTrailingSlash(QString folder)
{
    while (folder.size() > 1 && folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return folder;
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash == 0 ? QStringLiteral("/") : path.left(slash);
}

bool prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcCatalog) << "cannot prepare" << sql << query.lastError().text();
    return false;
}

bool execBound(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (query.exec())
        return true;
    qCWarning(lcCatalog) << "cannot run" << query.lastQuery() << query.lastError().text();
    return false;
}

bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return prepare(query, sql) && execBound(query, values);
}

bool execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    return execPrepared(query, sql, values);
}

/**
 * A write transaction that rolls back unless committed. BEGIN IMMEDIATE rather than
 * QSqlDatabase::transaction()'s deferred BEGIN: it takes the write lock up front, waiting out another
 * writer through the busy timeout, where a deferred transaction that read first can fail at once with
 * SQLITE_BUSY when it upgrades to writing.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) {}
    ~WriteTransaction()
    {
        if (m_begun && !m_committed)
            run(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] bool begin() { return m_begun = run(QStringLiteral("BEGIN IMMEDIATE")); }
    [[nodiscard]] bool commit() { return m_committed = run(QStringLiteral("COMMIT")); }
    [[nodiscard]] QSqlError error() const { return m_error; }

private:
    bool run(const QString &statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        m_error = query.lastError();
        qCWarning(lcCatalog) << "cannot run" << statement << m_error.text();
        return false;
    }

    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_begun = false;
    bool m_committed = false;
};

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

// Everything below "/a/b" has a folder starting "/a/b/", which in SQLite's byte-wise (BINARY) text
// order is the range ["/a/b/", "/a/b0"), '0' being the character after '/'. Unlike LIKE, a range needs no
// escaping of '%' and '_', is never case-insensitive, and uses the folder index.
QVariantList descendantRange(const QString &folder)
{
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    QString end = prefix;
    end.back() = QLatin1Char('0');
    return {folder, prefix, end};
}

qsizetype countRows(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execPrepared(query, QStringLiteral("SELECT count(*) FROM photos") + where, values) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool insertAll(const QSqlDatabase &db, const QList<CatalogEntry> &entries)
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("INSERT OR REPLACE INTO photos(path, folder, size, mtime, record)"
                                       " VALUES(?, ?, ?, ?, ?)")))
        return false;
    for (const CatalogEntry &entry : entries) {
        // A relative path would be found under no folder: the caller has a bug, and the batch is undone.
        if (!QDir::isAbsolutePath(entry.record.path)) {
            qCWarning(lcCatalog) << "cannot store a record without an absolute path:" << entry.record.path;
            return false;
        }
        // The path is the key column already; leaving it out of the blob keeps the blob small.
        PhotoRecord record = entry.record;
        record.path = QString();
        if (!execBound(query, {entry.record.path, folderOf(entry.record.path), entry.record.fileSize, entry.mtimeNs,
                               PhotoRecordCodec::encode(record)}))
            return false;
    }
    return true;
}

bool deleteAll(const QSqlDatabase &db, const QStringList &paths)
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("DELETE FROM photos WHERE path = ?")))
        return false;
    for (const QString &path : paths) {
        if (!execBound(query, {path}))
            return false;
    }
    return true;
}

} // namespace

Catalog::Catalog(const QString &databasePath)
    : m_path(databasePath), m_connectionName(QStringLiteral("byline-catalog-%1").arg(s_nextConnection.fetch_add(1)))
{
    if (m_path.isEmpty()) {
        m_error = QStringLiteral("there is no cache folder for the catalog");
        return;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = QStringLiteral("cannot create the catalog folder %1").arg(folder);
        return;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return;
    }
    m_db.setDatabaseName(m_path);
    // Another window, thread or byline-cli may be writing; wait for it rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    open();
}

Catalog::~Catalog()
{
    // Every QSqlQuery is local to a call, so once our own handle is gone nothing uses the connection.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalog::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    return folder + QStringLiteral("/catalog.sqlite");
}

bool Catalog::isOpen() const
{
    return m_open;
}

QString Catalog::errorString() const
{
    return m_error;
}

QStringList Catalog::warnings() const
{
    return m_warnings;
}

void Catalog::open()
{
    Health health = connect();
    if (health == Health::Damaged || health == Health::Newer) {
        if (!setAside(health))
            return;
        health = connect();
    }
    m_open = health == Health::Ok;
    if (m_open) {
        m_error.clear();
        return;
    }
    if (m_error.isEmpty())
        m_error = QStringLiteral("the catalog %1 is still unusable after being rebuilt").arg(m_path);
    m_db.close();
}

Catalog::Health Catalog::connect()
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
    return version < s_schemaVersion ? createSchema() : Health::Ok;
}

// Each step below keeps its QSqlQuery to itself: a statement left with unread rows holds a read
// snapshot, and a connection holding one cannot wait for the write lock (SQLite returns SQLITE_BUSY at
// once rather than risk a deadlock).
Catalog::Health Catalog::configure()
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
Catalog::Health Catalog::enableWal()
{
    QSqlQuery query(m_db);
    for (int attempt = 1; !query.exec(QStringLiteral("PRAGMA journal_mode=WAL")); ++attempt) {
        if (!isBusy(query.lastError()) || attempt == s_walAttempts)
            return failed(QStringLiteral("cannot use the catalog %1").arg(m_path), query.lastError());
        QThread::msleep(s_walRetryMs);
    }
    if (query.next() && query.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcCatalog) << "the catalog is not in WAL mode:" << query.value(0).toString();
    return Health::Ok;
}

Catalog::Health Catalog::checkIntegrity()
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

int Catalog::userVersion()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failed(QStringLiteral("cannot read the catalog version"), query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

Catalog::Health Catalog::createSchema()
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin())
        return failed(QStringLiteral("cannot write the catalog %1").arg(m_path), transaction.error());
    // Another connection may have created the schema while this one waited for the write lock.
    const int version = userVersion();
    if (version < 0)
        return Health::Failed;
    if (version == s_schemaVersion)
        return transaction.commit() ? Health::Ok : Health::Failed;
    // Below the current version is a new file (0) or an older schema; the catalog is only a cache, so an
    // older one is rebuilt rather than migrated. (Version 1 is the first, so today that means new files.)
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS photos"),
        QStringLiteral("DROP TABLE IF EXISTS aliases"),
        QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                       " mtime INTEGER NOT NULL, record BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
        QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                       " PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = %1").arg(s_schemaVersion),
    };
    for (const QString &statement : statements) {
        // A file we can write but cannot give our tables (a view named "photos", say) is not ours to
        // keep: it goes aside like a damaged one.
        if (!execPrepared(m_db, statement, {}))
            return Health::Damaged;
    }
    return transaction.commit() ? Health::Ok : Health::Failed;
}

Catalog::Health Catalog::failed(const QString &what, const QSqlError &error)
{
    m_error = QStringLiteral("%1: %2").arg(what, error.text());
    qCWarning(lcCatalog).noquote() << m_error;
    return isDamage(error) ? Health::Damaged : Health::Failed;
}

bool Catalog::setAside(Health reason)
{
    m_db.close();
    const bool newer = reason == Health::Newer;
    const QString target = asideName(m_path, newer ? QStringLiteral("newer") : QStringLiteral("broken"));
    if (!moveAside(m_path, target)) {
        m_error = QStringLiteral("the catalog %1 is unusable and cannot be moved aside").arg(m_path);
        qCWarning(lcCatalog).noquote() << m_error;
        return false;
    }
    m_error.clear();
    const QString warning =
        newer ? QStringLiteral("the catalog was written by a newer version of Byline and has been replaced "
                               "by a new one (old copy kept as %1)")
              : QStringLiteral("the catalog was damaged and has been rebuilt (old copy kept as %1)");
    m_warnings << warning.arg(target);
    qCWarning(lcCatalog).noquote() << m_warnings.constLast();
    return true;
}

QHash<QString, CatalogEntry> Catalog::entriesIn(const QString &folder, bool recursive,
                                                const std::atomic<bool> *cancelled) const
{
    QHash<QString, CatalogEntry> entries;
    if (!m_open)
        return entries;
    const QString exact = withoutTrailingSlash(folder);
    const QString where = recursive ? QStringLiteral(" WHERE folder = ? OR (folder >= ? AND folder < ?)")
                                    : QStringLiteral(" WHERE folder = ?");
    const QVariantList values = recursive ? descendantRange(exact) : QVariantList{exact};
    // Counting first is cheap (the folder index alone) and spares the hash its rehashes, which move
    // every record already in it.
    entries.reserve(countRows(m_db, where, values));
    QSqlQuery query(m_db);
    query.setForwardOnly(true); // the driver would otherwise keep every row it has handed out
    if (!execPrepared(query, QStringLiteral("SELECT path, mtime, record FROM photos") + where, values))
        return entries;
    while (query.next()) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return {};
        std::optional<PhotoRecord> record = PhotoRecordCodec::decode(query.value(2).toByteArray());
        if (!record)
            continue; // damaged or from another format version: absent, so the file is read again
        record->path = query.value(0).toString();
        const QString path = record->path;
        entries.emplace(path, CatalogEntry{std::move(*record), query.value(1).toLongLong()});
    }
    return entries;
}

bool Catalog::store(const QList<CatalogEntry> &entries)
{
    if (!m_open)
        return false;
    WriteTransaction transaction(m_db);
    return transaction.begin() && insertAll(m_db, entries) && transaction.commit();
}

bool Catalog::remove(const QStringList &paths)
{
    if (!m_open)
        return false;
    WriteTransaction transaction(m_db);
    return transaction.begin() && deleteAll(m_db, paths) && transaction.commit();
}

QList<CreditAlias> Catalog::aliases(const QString &folder) const
{
    QList<CreditAlias> aliases;
    if (!m_open)
        return aliases;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execPrepared(query, QStringLiteral("SELECT alias, canonical FROM aliases WHERE folder = ? ORDER BY alias"),
                      {withoutTrailingSlash(folder)}))
        return aliases;
    while (query.next())
        aliases.append(CreditAlias{query.value(0).toString(), query.value(1).toString()});
    return aliases;
}

bool Catalog::setAlias(const QString &folder, const CreditAlias &alias)
{
    return m_open && execPrepared(m_db,
                                  QStringLiteral("INSERT OR REPLACE INTO aliases(folder, alias, canonical)"
                                                 " VALUES(?, ?, ?)"),
                                  {withoutTrailingSlash(folder), alias.alias, alias.canonical});
}

bool Catalog::removeAlias(const QString &folder, const QString &alias)
{
    return m_open && execPrepared(m_db, QStringLiteral("DELETE FROM aliases WHERE folder = ? AND alias = ?"),
                                  {withoutTrailingSlash(folder), alias});
}
