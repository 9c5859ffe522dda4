#pragma once

#include "metadata/photorecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

/** One catalogued file: its record (size = record.fileSize, key = record.path, absolute) and its stamp. */
struct CatalogEntry
{
    PhotoRecord record;
    qint64 stamp = 0; // PhotoFile::metadataStamp() when it was read: what says the file is unchanged
};

/**
 * A catalog entry as stored: its record still encoded. A scan holds one for every file of the folder
 * while it lists the folder, and the encoded record is a fifth of the decoded one's size (the
 * 100,000-file scan's peak memory), so each is decoded only when its file is found unchanged.
 */
struct StoredEntry
{
    QByteArray record; // PhotoRecordCodec's form
    qint64 stamp = 0;  // as CatalogEntry::stamp

    /** The record with @p path as its path, or nothing when the blob is damaged or of another format. */
    [[nodiscard]] std::optional<PhotoRecord> decode(const QString &path) const;
};

/** The catalog's records, one row per file, over an open connection (Catalog's). */
class PhotoStore
{
public:
    explicit PhotoStore(const QSqlDatabase &db) : m_db(db) {}

    /** See Catalog::storedIn(). */
    [[nodiscard]] QHash<QString, StoredEntry> storedIn(const QString &folder, bool recursive,
                                                       const std::atomic<bool> *cancelled) const;
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
