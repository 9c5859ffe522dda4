#pragma once

#include <atomic>

#include "credits/creditalias.h"
#include "metadata/photorecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

/** One catalogued file: its record (size = record.fileSize, key = record.path, absolute) and its mtime. */
struct CatalogEntry
{
    PhotoRecord record;
    qint64 mtimeNs = 0;
};

/**
 * The catalog: every metadata record Byline has read, keyed by absolute path, size and mtime, so that
 * reopening a folder re-reads only the files that changed. One SQLite database (WAL) in the cache
 * folder, shared by every window and byline-cli; each Catalog object is one connection, used from the
 * thread that created it (QSqlDatabase connections are per thread).
 *
 * A damaged database, or one written by a newer Byline, is moved aside and rebuilt, with a warning.
 * The bool results say whether the database was written; removing what is not there succeeds.
 */
class Catalog
{
public:
    static constexpr int s_schemaVersion = 1;

    explicit Catalog(const QString &databasePath = defaultPath());
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    /** The cache folder's catalog.sqlite; the folder is created if missing. */
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] bool isOpen() const;
    /** Why the catalog could not be opened; every call is then a harmless no-op returning empty/false. */
    [[nodiscard]] QString errorString() const;
    /** What went wrong but was repaired while opening, for the user to see. */
    [[nodiscard]] QStringList warnings() const;

    /**
     * Every entry whose path is directly in @p folder (absolute, no trailing slash), or anywhere below it
     * when recursive. Records whose blob no longer decodes are left out; mtime comes back in UTC.
     */
    [[nodiscard]] QHash<QString, CatalogEntry> entriesIn(const QString &folder, bool recursive = false,
                                                         const std::atomic<bool> *cancelled = nullptr) const;
    /** Inserts or replaces, all in one transaction: a path that is not absolute fails the whole batch. */
    bool store(const QList<CatalogEntry> &entries);
    /** Forgets these paths, in one transaction. */
    bool remove(const QStringList &paths);

    /** The aliases accepted for @p folder, sorted by alias. */
    [[nodiscard]] QList<CreditAlias> aliases(const QString &folder) const;
    bool setAlias(const QString &folder, const CreditAlias &alias);
    bool removeAlias(const QString &folder, const QString &alias);

private:
    /** What opening found: usable, to be moved aside (damaged or newer), or unusable as it is. */
    enum class Health
    {
        Ok,
        Damaged,
        Newer,
        Failed
    };

    void open();
    [[nodiscard]] Health connect();
    [[nodiscard]] Health configure();
    [[nodiscard]] Health enableWal();
    [[nodiscard]] Health checkIntegrity();
    [[nodiscard]] Health createSchema();
    [[nodiscard]] int userVersion();
    [[nodiscard]] bool setAside(Health reason);
    Health failed(const QString &what, const QSqlError &error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
    QStringList m_warnings;
    bool m_open = false;
};
