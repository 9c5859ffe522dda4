#include "catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

// Connection names are process-wide in QSqlDatabase, and windows and workers each open their own.
std::atomic<int> s_nextConnection{0};

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
    const CatalogOpener::Result opened = CatalogOpener(m_db, m_path).open();
    m_error = opened.error;
    m_warnings = opened.warnings;
    if (opened.open) {
        m_photos.emplace(m_db);
        m_aliases.emplace(m_db);
        m_book.emplace(m_db);
        m_marks.emplace(m_db);
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
    return m_photos && m_photos->store(entries);
}

bool Catalog::remove(const QStringList &paths)
{
    return m_photos && m_photos->remove(paths);
}

QList<CreditAlias> Catalog::aliases(const QString &folder) const
{
    return m_aliases ? m_aliases->aliases(folder) : QList<CreditAlias>();
}

bool Catalog::setAlias(const QString &folder, const CreditAlias &alias)
{
    return m_aliases && m_aliases->setAlias(folder, alias);
}

bool Catalog::removeAlias(const QString &folder, const QString &alias)
{
    return m_aliases && m_aliases->removeAlias(folder, alias);
}

CreditBook Catalog::creditBook() const
{
    return m_book ? m_book->book() : CreditBook();
}

bool Catalog::setBookEntry(const CreditBookEntry &entry)
{
    return m_book && m_book->setEntry(entry);
}

bool Catalog::removeBookEntry(const QString &credit)
{
    return m_book && m_book->removeEntry(credit);
}

std::optional<CreditBookMerge> Catalog::storeBook(const QList<CreditBookEntry> &entries, bool replace)
{
    return m_book ? m_book->store(entries, replace) : std::nullopt;
}

QHash<QString, PendingMark> Catalog::marksIn(const QString &folder, bool recursive) const
{
    return m_marks ? m_marks->marksIn(folder, recursive) : QHash<QString, PendingMark>();
}

bool Catalog::setMarks(const QHash<QString, PendingMark> &marks)
{
    return m_marks && m_marks->setMarks(marks);
}
