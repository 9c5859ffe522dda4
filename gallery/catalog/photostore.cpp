#include "photostore.h"

#include "sqlsupport.h"
#include "writetransaction.h"

#include "metadata/nativepath.h"
#include "metadata/photorecordcodec.h"

#include <QDir>

namespace {

qsizetype countRows(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!SqlSupport::execPrepared(query, QStringLiteral("SELECT count(*) FROM photos") + where, values) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

std::optional<PhotoRecord> StoredEntry::decode(const QString &path) const
{
    std::optional<PhotoRecord> decoded = PhotoRecordCodec::decode(record);
    if (decoded)
        decoded->path = path;
    return decoded;
}

QHash<QString, StoredEntry> PhotoStore::storedIn(const QString &folder, bool recursive,
                                                 const std::atomic<bool> *cancelled) const
{
    QHash<QString, StoredEntry> entries;
    // Paths are stored in NativePath's storage form: a database keeps only valid Unicode.
    const QString exact = NativePath::toStorage(SqlSupport::withoutTrailingSlash(folder));
    const QString where = SqlSupport::folderClause(recursive);
    const QVariantList values = recursive ? SqlSupport::descendantRange(exact) : QVariantList{exact};
    // Counting first is cheap (the folder index alone) and spares the hash its rehashes, which move
    // every entry already in it.
    entries.reserve(countRows(m_db, where, values));
    QSqlQuery query(m_db);
    query.setForwardOnly(true); // the driver would otherwise keep every row it has handed out
    if (!SqlSupport::execPrepared(query, QStringLiteral("SELECT path, stamp, record FROM photos") + where, values))
        return entries;
    while (query.next()) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return {};
        entries.emplace(NativePath::fromStorage(query.value(0).toString()),
                        StoredEntry{query.value(2).toByteArray(), query.value(1).toLongLong()});
    }
    return entries;
}

QHash<QString, CatalogEntry> PhotoStore::entriesIn(const QString &folder, bool recursive,
                                                   const std::atomic<bool> *cancelled) const
{
    QHash<QString, CatalogEntry> entries;
    const QHash<QString, StoredEntry> stored = storedIn(folder, recursive, cancelled);
    entries.reserve(stored.size());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (std::optional<PhotoRecord> record = it->decode(it.key()))
            entries.emplace(it.key(), CatalogEntry{std::move(*record), it->stamp});
        // else damaged or from another format version: absent, so the file is read again
    }
    return entries;
}

bool PhotoStore::store(const QList<CatalogEntry> &entries)
{
    WriteTransaction transaction(m_db);
    return transaction.begin() && insertAll(entries) && transaction.commit();
}

bool PhotoStore::remove(const QStringList &paths)
{
    WriteTransaction transaction(m_db);
    return transaction.begin() && deleteAll(paths) && transaction.commit();
}

bool PhotoStore::insertAll(const QList<CatalogEntry> &entries)
{
    QSqlQuery query(m_db);
    if (!SqlSupport::prepare(
            query, SqlSupport::upsert(QStringLiteral("photos"),
                                      {QStringLiteral("path"), QStringLiteral("folder"), QStringLiteral("size"),
                                       QStringLiteral("stamp"), QStringLiteral("record")},
                                      {QStringLiteral("path")})))
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
        const QString stored = NativePath::toStorage(entry.record.path);
        if (!SqlSupport::execBound(query, {stored, SqlSupport::folderOf(stored), entry.record.fileSize, entry.stamp,
                                           PhotoRecordCodec::encode(record)}))
            return false;
    }
    return true;
}

bool PhotoStore::deleteAll(const QStringList &paths)
{
    QSqlQuery query(m_db);
    if (!SqlSupport::prepare(query, QStringLiteral("DELETE FROM photos WHERE path = ?")))
        return false;
    for (const QString &path : paths) {
        if (!SqlSupport::execBound(query, {NativePath::toStorage(path)}))
            return false;
    }
    return true;
}
