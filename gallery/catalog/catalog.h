#pragma once

#include <atomic>
#include <optional>

#include "aliasstore.h"
#include "cataloglocation.h"
#include "catalogopener.h"
#include "creditbookstore.h"
#include "markstore.h"
#include "photostore.h"

#include "credits/creditalias.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/**
 * The catalog: every metadata record Byline has read, keyed by absolute path, size and change stamp, so
 * that reopening a folder re-reads only the files that changed; each folder's accepted credit aliases;
 * the desk's credit book; and the ratings and labels the desk gave photos that their files do not hold yet.
 * One SQLite database (WAL) in the cache folder, shared by every window and byline-cli, or a desk's
 * PostgreSQL database (CatalogLocation, docs/desk.md); each Catalog object is one connection, used from
 * the thread that created it (QSqlDatabase connections are per thread). Opening and repairing is CatalogOpener's job,
 * the tables are PhotoStore's, AliasStore's, CreditBookStore's and MarkStore's.
 *
 * A damaged SQLite file, or one written by a newer Byline, is moved aside and rebuilt, with a warning; a
 * desk catalog is never rebuilt: one set up by a newer Byline is refused (PostgresOpener).
 * The bool results say whether the database was written; removing what is not there succeeds.
 */
class Catalog
{
public:
    static constexpr int s_schemaVersion = CatalogOpener::s_schemaVersion;

    /** @p location: a SQLite file or a postgresql:// URL (CatalogLocation). */
    explicit Catalog(const QString &location = defaultLocation());
    explicit Catalog(const CatalogLocation &location);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    /** The cache folder's catalog.sqlite; the folder is created if missing. */
    [[nodiscard]] static QString defaultPath();
    /** The catalog used unless told otherwise (CatalogLocation::standard()): byline-cli --catalog,
     *  BYLINE_CATALOG, else defaultPath(). */
    [[nodiscard]] static QString defaultLocation();

    [[nodiscard]] const CatalogLocation &location() const { return m_location; }

    /** A QPSQL connection to @p location, configured and not yet open (invalid without the driver). */
    [[nodiscard]] static QSqlDatabase postgresConnection(const CatalogLocation &location,
                                                         const QString &connectionName);
    /** This process's name in the notices it sends (CatalogListener leaves its own out). */
    [[nodiscard]] static QString processOrigin();

    [[nodiscard]] bool isOpen() const;
    /** Why the catalog could not be opened; every call is then a harmless no-op returning empty/false. */
    [[nodiscard]] QString errorString() const;
    /** What went wrong but was repaired while opening, for the user to see. */
    [[nodiscard]] QStringList warnings() const;

    /**
     * Every entry whose path is directly in @p folder (absolute, no trailing slash), or anywhere below it
     * when recursive. Records whose blob no longer decodes are left out; the record's mtime is in UTC.
     */
    [[nodiscard]] QHash<QString, CatalogEntry> entriesIn(const QString &folder, bool recursive = false,
                                                         const std::atomic<bool> *cancelled = nullptr) const;
    /**
     * The same entries as entriesIn(), their records still encoded (StoredEntry::decode() tells a damaged one): what a
     * scan holds while it lists the folder.
     */
    [[nodiscard]] QHash<QString, StoredEntry> storedIn(const QString &folder, bool recursive = false,
                                                       const std::atomic<bool> *cancelled = nullptr) const;
    /** Inserts or replaces, all in one transaction: a path that is not absolute fails the whole batch. */
    bool store(const QList<CatalogEntry> &entries);
    /** Forgets these paths, in one transaction. */
    bool remove(const QStringList &paths);

    /** The aliases accepted for @p folder, sorted by alias. */
    [[nodiscard]] QList<CreditAlias> aliases(const QString &folder) const;
    bool setAlias(const QString &folder, const CreditAlias &alias);
    bool removeAlias(const QString &folder, const QString &alias);

    /** The desk's credit book (one for every folder); empty when the catalog is not open. */
    [[nodiscard]] CreditBook creditBook() const;
    /** Adds @p entry to the book, or replaces the entry of its credit. */
    bool setBookEntry(const CreditBookEntry &entry);
    bool removeBookEntry(const QString &credit);
    /** Merges @p entries into the book, a house line they leave out kept (CreditBook::merge), or makes the
     *  book exactly them when @p replace; all or nothing. What the merge changed, or nothing on failure. */
    std::optional<CreditBookMerge> storeBook(const QList<CreditBookEntry> &entries, bool replace);

    /** The desk's pending ratings and labels of the photos in @p folder (or below it), by path. */
    [[nodiscard]] QHash<QString, PendingMark> marksIn(const QString &folder, bool recursive = false) const;
    /** Sets these photos' pending marks, all or nothing; an empty mark forgets the photo's. */
    bool setMarks(const QHash<QString, PendingMark> &marks);

private:
    // Seconds a desk catalog's server has to answer a connection before the user is told.
    static constexpr int s_connectTimeoutSeconds = 5;

    CatalogOpener::Result openSqlite();
    CatalogOpener::Result openPostgres();
    /** On a desk catalog, tells every listening Byline what changed where (NOTIFY; CatalogListener). */
    void announce(const QString &kind, const QStringList &folders) const;

    CatalogLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
    QStringList m_warnings;
    std::optional<PhotoStore> m_photos; // all set while the database is open
    std::optional<AliasStore> m_aliases;
    std::optional<CreditBookStore> m_book;
    std::optional<MarkStore> m_marks;
};
