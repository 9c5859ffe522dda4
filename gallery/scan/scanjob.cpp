#include "scanjob.h"

#include "folderlister.h"
#include "isolation/readworker.h"
#include "readahead.h"

#include <QSet>
#include <QThreadPool>

#include <memory>

namespace {

// The first batch is small so the first rows appear at once; later ones are larger so a big folder
// costs few model inserts.
constexpr int s_firstBatch = 16;
constexpr int s_largestBatch = 256;
constexpr int s_cataloguedBatch = 2000;

} // namespace

ScanJob::ScanJob(Request request) : m_request(std::move(request)) {}

std::unique_ptr<Catalog> ScanJob::openCatalog(QStringList &warnings)
{
    if (!m_request.useCatalog)
        return {};
    auto catalog =
        std::make_unique<Catalog>(m_request.catalogPath.isEmpty() ? Catalog::defaultLocation() : m_request.catalogPath);
    warnings += catalog->warnings();
    if (!catalog->isOpen())
        warnings.append(
            QStringLiteral("the catalog could not be opened (%1); reading every file").arg(catalog->errorString()));
    return catalog;
}

void ScanJob::loadAliases(Catalog *catalog, const QHash<QString, StoredEntry> &known)
{
    if (m_request.aliases) {
        m_correction = CreditCorrection(CreditAliases(*m_request.aliases));
        emit aliasesLoaded(*m_request.aliases);
        return;
    }
    CreditAliases aliases(catalog ? catalog->aliases(m_request.folder) : QList<CreditAlias>());
    if (aliases.lacksSpellings()) {
        QStringList credits;
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (const std::optional<PhotoRecord> record = it->decode(it.key()))
                credits.append(record->credit);
        }
        for (const CreditAlias &filled : aliases.fillSpellings(credits))
            catalog->setAlias(m_request.folder, filled);
    }
    if (catalog)
        emit aliasesLoaded(aliases.list());
    m_correction = CreditCorrection(std::move(aliases));
}

void ScanJob::run()
{
    // The folder is listed on a helper thread while this one loads the catalog: the two take about
    // as long as each other on a big folder, and neither needs the other.
    FolderLister::Listing listing;
    QThreadPool lister;
    lister.start([&] { listing = FolderLister::list(m_request.folder, m_request.recursive, &m_cancelled); });
    QStringList warnings;
    std::unique_ptr<Catalog> catalog = openCatalog(warnings);
    QHash<QString, StoredEntry> known = catalog ? catalog->storedIn(m_request.folder, m_request.recursive, &m_cancelled)
                                                : QHash<QString, StoredEntry>();
    loadAliases(catalog.get(), known);
    const QHash<QString, PendingMark> marks =
        catalog ? catalog->marksIn(m_request.folder, m_request.recursive) : QHash<QString, PendingMark>();
    if (catalog)
        emit marksLoaded(marks);
    lister.waitForDone();
    if (m_cancelled) {
        emit finished(m_statistics, {}, warnings);
        return; // an incomplete listing must not make the catalog forget anything
    }
    if (!listing.error.isEmpty()) {
        emit finished(m_statistics, listing.error, warnings);
        return;
    }
    m_statistics.listed = int(listing.files.size());
    m_statistics.subfolders = listing.subfolders;
    m_pairs = PairAssembler(m_request.pairRawJpeg ? RawJpegPairing::of(listing.files) : RawJpegPairing(), m_correction);
    emit progressed(0, m_statistics.listed);
    const QList<PhotoFile> toRead = emitCatalogued(listing.files, known);
    // Only a complete listing proves that a file has gone; an unreadable subfolder proves nothing.
    if (listing.complete && !m_cancelled) {
        emit listingComplete(m_pairs.shownPaths(listing.files));
        if (catalog && !known.isEmpty())
            catalog->remove(known.keys()); // catalogued but not listed: gone
        if (catalog && !marks.isEmpty())
            forgetMarksOfGone(*catalog, marks, listing.files);
        m_statistics.removed = int(known.size());
    }
    readFiles(toRead, catalog.get());
    if (const QList<PhotoRow> unmatched = m_pairs.takeUnmatched(); !unmatched.isEmpty() && !m_cancelled)
        emit rowsReady(unmatched);
    emit finished(m_statistics, {}, warnings);
}

void ScanJob::forgetMarksOfGone(Catalog &catalog, const QHash<QString, PendingMark> &marks,
                                const QList<PhotoFile> &listed)
{
    QSet<QString> present;
    for (const PhotoFile &file : listed)
        present.insert(file.path);
    QHash<QString, PendingMark> gone;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!present.contains(it.key()))
            gone.insert(it.key(), PendingMark{}); // an empty mark forgets the photo's
    }
    if (!gone.isEmpty())
        catalog.setMarks(gone);
}

QList<PhotoFile> ScanJob::emitCatalogued(const QList<PhotoFile> &files, QHash<QString, StoredEntry> &known)
{
    QList<PhotoFile> toRead;
    QList<PhotoRow> batch;
    for (const PhotoFile &file : files) {
        if (m_cancelled)
            return {};
        // take(): one lookup, no copy, and what remains in @p known afterwards has vanished.
        const StoredEntry entry = known.take(file.path);
        // A record that no longer decodes (damaged, or of another format version) is read again.
        const std::optional<PhotoRecord> record =
            entry.stamp == file.metadataStamp() ? entry.decode(file.path) : std::nullopt;
        if (!record || record->fileSize != file.size) {
            toRead.append(file);
            continue;
        }
        deliver(*record, entry.stamp, batch);
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
    if (files.isEmpty())
        return;
    const QString readWorker = m_request.readWorker.value_or(ReadWorker::defaultProgram());
    ReadAhead reader(files, m_request.readThreads, readWorker, m_cancelled);
    qsizetype emitted = 0;
    qsizetype batchSize = s_firstBatch;
    while (emitted < files.size() && !m_cancelled) {
        const qsizetype wanted = qMin(files.size(), emitted + batchSize);
        const qsizetype ready = qMin(reader.waitFor(wanted), wanted); // batches stay bounded
        if (m_cancelled)
            return; // unread files are read again by the next scan
        QList<PhotoRow> rows;
        QList<CatalogEntry> entries;
        for (qsizetype i = emitted; i < ready; ++i) {
            CatalogEntry entry{reader.take(i), files[i].metadataStamp()};
            deliver(entry.record, entry.stamp, rows);
            entries.append(std::move(entry));
        }
        m_statistics.read += int(ready - emitted);
        emitted = ready;
        if (!rows.isEmpty()) // a batch of only halves waiting for their pairs
            emit rowsReady(rows);
        if (catalog)
            catalog->store(entries);
        emit progressed(m_statistics.fromCatalog + m_statistics.read, m_statistics.listed);
        batchSize = qMin(batchSize * 2, qsizetype(s_largestBatch));
    }
}

void ScanJob::deliver(const PhotoRecord &record, qint64 stamp, QList<PhotoRow> &batch)
{
    if (std::optional<PhotoRow> row = m_pairs.add(record, stamp))
        batch.append(std::move(*row));
}
