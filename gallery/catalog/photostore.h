#pragma once

#include "metadata/photorecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

/** One catalogued file: its record (size = record.fileSize, key = record.path, absolute) and its stamp. */
struct CatalogEntry
{
    PhotoRecord record;
    qint64 stamp = 0; // PhotoFile::metadataStamp() when it was read: what says the file is unchanged
};

/** The catalog's records, one row per file, over an open connection (Catalog's). */
class PhotoStore
{
public:
    explicit PhotoStore(const QSqlDatabase &db) : m_db(db) {}

    /** See Catalog::entriesIn(). */
    [[nodiscard]] QHash<QString, CatalogEntry> entriesIn(const QString &folder, bool recursive,
                                                         const std::atomic<bool> *cancelled) const;
    /** Inserts or replaces, all in one transaction: a path that is not absolute fails the whole batch. */
    bool store(const QList<CatalogEntry> &entries);
    /** Forgets these paths, in one transaction. */
    bool remove(const QStringList &paths);

private:
    bool insertAll(const QList<CatalogEntry> &entries);
    bool deleteAll(const QStringList &paths);

    QSqlDatabase m_db;
};
