#include "catalog.h"

#include "catalogsubscription.h"
#include "postgresopener.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace {

// Connection names are process-wide in QSqlDatabase, and windows and workers each open their own.
std::atomic<int> s_nextConnection{0};

} // namespace

Catalog::Catalog(const QString &location) : Catalog(CatalogLocation::parse(location)) {}

Catalog::Catalog(const CatalogLocation &location)
    : m_location(location), m_connectionName(QStringLiteral("byline-catalog-%1").arg(s_nextConnection.fetch_add(1)))
{
    if (!m_location.problem().isEmpty()) {
        m_error = m_location.problem();
        return;
    }
    const CatalogOpener::Result opened = m_location.isPostgres() ? openPostgres() : openSqlite();
    m_error = opened.error;
    m_warnings = opened.warnings;
    if (opened.open) {
        m_photos.emplace(m_db);
        m_aliases.emplace(m_db);
        m_book.emplace(m_db);
        m_marks.emplace(m_db);
    }
}

CatalogOpener::Result Catalog::openSqlite()
{
    const QString path = m_location.text();
    if (path.isEmpty())
        return {false, QStringLiteral("there is no cache folder for the catalog"), {}};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return {false, QStringLiteral("cannot create the catalog folder %1").arg(folder), {}};
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return {false, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"), {}};
    m_db.setDatabaseName(path);
    // Another window, thread or byline-cli may be writing; wait for it rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return CatalogOpener(m_db, path).open();
}

QSqlDatabase Catalog::postgresConnection(const CatalogLocation &location, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return db;
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.user());
    db.setPassword(location.password());
    db.setDatabaseName(location.database());
    // A server that does not answer is said within seconds rather than waited for (libpq waits for
    // ever by default); the URL's own connect_timeout wins.
    QStringList options = location.options();
    if (options.filter(QRegularExpression(QStringLiteral("^connect_timeout="))).isEmpty())
        options.append(QStringLiteral("connect_timeout=%1").arg(s_connectTimeoutSeconds));
    options.append(QStringLiteral("application_name=byline"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

CatalogOpener::Result Catalog::openPostgres()
{
    m_db = postgresConnection(m_location, m_connectionName);
    if (!m_db.isValid())
        return {false,
                QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed"),
                {}};
    return PostgresOpener(m_db, m_location).open();
}

QString Catalog::processOrigin()
{
    static const QString origin = QUuid::createUuid().toString(QUuid::Id128);
    return origin;
}

void Catalog::announce(const QString &kind, const QStringList &folders) const
{
    if (!m_location.isPostgres())
        return;
    QStringList unique = folders;
    unique.removeDuplicates();
    for (const QString &folder : std::as_const(unique)) {
        // Delivered when this statement's own transaction commits: at once, as none is open here.
        SqlSupport::execPrepared(m_db, QStringLiteral("SELECT pg_notify(?, ?)"),
                                 {QLatin1String(CatalogSubscription::s_channel),
                                  QStringList{processOrigin(), kind, folder}.join(QLatin1Char('\t'))});
    }
}

Catalog::~Catalog()
{
    m_photos.reset();
    m_aliases.reset();
    m_book.reset();
    m_marks.reset();
    // Every QSqlQuery is local to a call, so once our own handle is gone nothing uses the connection.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalog::defaultLocation()
{
    return CatalogLocation::standard().text();
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
    return m_photos.has_value();
}

QString Catalog::errorString() const
{
    return m_error;
}

QStringList Catalog::warnings() const
{
    return m_warnings;
}

QHash<QString, StoredEntry> Catalog::storedIn(const QString &folder, bool recursive,
                                              const std::atomic<bool> *cancelled) const
{
    return m_photos ? m_photos->storedIn(folder, recursive, cancelled) : QHash<QString, StoredEntry>();
}

QHash<QString, CatalogEntry> Catalog::entriesIn(const QString &folder, bool recursive,
                                                const std::atomic<bool> *cancelled) const
{
    return m_photos ? m_photos->entriesIn(folder, recursive, cancelled) : QHash<QString, CatalogEntry>();
}

bool Catalog::store(const QList<CatalogEntry> &entries)
{
    if (!m_photos || !m_photos->store(entries))
        return false;
    QStringList folders;
    for (const CatalogEntry &entry : entries)
        folders.append(SqlSupport::folderOf(entry.record.path));
    announce(QStringLiteral("photos"), folders);
    return true;
}

bool Catalog::remove(const QStringList &paths)
{
    if (!m_photos || !m_photos->remove(paths))
        return false;
    QStringList folders;
    for (const QString &path : paths)
        folders.append(SqlSupport::folderOf(path));
    announce(QStringLiteral("photos"), folders);
    return true;
}

QList<CreditAlias> Catalog::aliases(const QString &folder) const
{
    return m_aliases ? m_aliases->aliases(folder) : QList<CreditAlias>();
}

bool Catalog::setAlias(const QString &folder, const CreditAlias &alias)
{
    if (!m_aliases || !m_aliases->setAlias(folder, alias))
        return false;
    announce(QStringLiteral("aliases"), {SqlSupport::withoutTrailingSlash(folder)});
    return true;
}

bool Catalog::removeAlias(const QString &folder, const QString &alias)
{
    if (!m_aliases || !m_aliases->removeAlias(folder, alias))
        return false;
    announce(QStringLiteral("aliases"), {SqlSupport::withoutTrailingSlash(folder)});
    return true;
}

CreditBook Catalog::creditBook() const
{
    return m_book ? m_book->book() : CreditBook();
}

bool Catalog::setBookEntry(const CreditBookEntry &entry)
{
    if (!m_book || !m_book->setEntry(entry))
        return false;
    announce(QStringLiteral("book"), {QString()});
    return true;
}

bool Catalog::removeBookEntry(const QString &credit)
{
    if (!m_book || !m_book->removeEntry(credit))
        return false;
    announce(QStringLiteral("book"), {QString()});
    return true;
}

std::optional<CreditBookMerge> Catalog::storeBook(const QList<CreditBookEntry> &entries, bool replace)
{
    std::optional<CreditBookMerge> merge = m_book ? m_book->store(entries, replace) : std::nullopt;
    if (merge)
        announce(QStringLiteral("book"), {QString()});
    return merge;
}

QHash<QString, PendingMark> Catalog::marksIn(const QString &folder, bool recursive) const
{
    return m_marks ? m_marks->marksIn(folder, recursive) : QHash<QString, PendingMark>();
}

bool Catalog::setMarks(const QHash<QString, PendingMark> &marks)
{
    if (!m_marks || !m_marks->setMarks(marks))
        return false;
    QStringList folders;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        folders.append(SqlSupport::folderOf(it.key()));
    announce(QStringLiteral("marks"), folders);
    return true;
}
