#include "scanjob.h"

#include "metadata/batchreader.h"
#include "metadata/folderlister.h"

#include <memory>

namespace {

// The first batch is small so the first rows appear at once; later ones are larger so a big folder
// costs few model inserts.
constexpr int s_firstBatch = 16;
constexpr int s_largestBatch = 256;
constexpr int s_cataloguedBatch = 2000;

QList<PhotoRow> toRows(const QList<PhotoRecord> &records)
{
    QList<PhotoRow> rows;
    rows.reserve(records.size());
    for (const PhotoRecord &record : records)
        rows.append(PhotoRow::fromRecord(record));
    return rows;
}

} // namespace

ScanJob::ScanJob(Request request) : m_request(std::move(request)) {}

void ScanJob::run()
{
    std::unique_ptr<Catalog> catalog;
    QStringList warnings;
    if (m_request.useCatalog) {
        catalog = std::make_unique<Catalog>(m_request.catalogPath.isEmpty() ? Catalog::defaultPath()
                                                                              : m_request.catalogPath);
        warnings += catalog->warnings();
        if (!catalog->isOpen())
            warnings.append(QStringLiteral("the catalog could not be opened (%1); reading every file").arg(catalog->errorString()));
        emit aliasesLoaded(catalog->aliases(m_request.folder));
    }
    const FolderLister::Listing listing = FolderLister::list(m_request.folder, m_request.recursive);
    if (!listing.error.isEmpty()) {
        emit finished(m_statistics, listing.error, warnings);
        return;
    }
    m_statistics.listed = int(listing.files.size());
    emit progressed(0, m_statistics.listed);
    QHash<QString, CatalogEntry> known = catalog ? catalog->entriesIn(m_request.folder, m_request.recursive)
                                                 : QHash<QString, CatalogEntry>();
    const QList<PhotoFile> toRead = emitCatalogued(listing.files, known);
    // What the catalog still holds was not listed: the file is gone.
    if (!known.isEmpty() && !m_cancelled) {
        const QStringList vanished = known.keys();
        if (catalog)
            catalog->remove(vanished);
        m_statistics.removed = int(vanished.size());
        emit rowsRemoved(vanished);
    }
    readFiles(toRead, catalog.get());
    emit finished(m_statistics, {}, warnings);
}

QList<PhotoFile> ScanJob::emitCatalogued(const QList<PhotoFile> &files, QHash<QString, CatalogEntry> &known)
{
    QList<PhotoFile> toRead;
    QList<PhotoRow> batch;
    for (const PhotoFile &file : files) {
        if (m_cancelled)
            return {};
        // take(): one lookup, no copy, and what remains in @p known afterwards has vanished.
        const CatalogEntry entry = known.take(file.path);
        if (entry.record.path.isEmpty() || entry.record.fileSize != file.size || entry.mtimeNs != file.metadataStamp()) {
            toRead.append(file);
            continue;
        }
        batch.append(PhotoRow::fromRecord(entry.record));
        ++m_statistics.fromCatalog;
        if (batch.size() == s_cataloguedBatch) {
            emit rowsReady(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        emit rowsReady(batch);
    emit progressed(m_statistics.fromCatalog, m_statistics.listed);
    return toRead;
}

void ScanJob::readFiles(const QList<PhotoFile> &files, Catalog *catalog)
{
    qsizetype next = 0;
    int batchSize = s_firstBatch;
    while (next < files.size() && !m_cancelled) {
        const QList<PhotoFile> chunk = files.mid(next, batchSize);
        next += chunk.size();
        const QList<PhotoRecord> records = BatchReader::read(chunk, m_request.readThreads, &m_cancelled);
        if (m_cancelled)
            return; // a partial chunk is dropped: the next scan reads those files again
        m_statistics.read += int(records.size());
        emit rowsReady(toRows(records));
        if (catalog) {
            QList<CatalogEntry> entries;
            entries.reserve(records.size());
            for (qsizetype i = 0; i < records.size(); ++i)
                entries.append({records[i], chunk[i].metadataStamp()});
            catalog->store(entries);
        }
        emit progressed(m_statistics.fromCatalog + m_statistics.read, m_statistics.listed);
        batchSize = qMin(batchSize * 2, s_largestBatch);
    }
}
