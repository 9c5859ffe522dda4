#pragma once

#include "pairassembler.h"

#include "catalog/catalog.h"
#include "metadata/photofile.h"
#include "search/photorow.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

/** What one scan did: how many records came from the catalog and how many files were read. */
struct ScanStatistics
{
    int listed = 0;
    int fromCatalog = 0;
    int read = 0;
    int removed = 0;
    int subfolders = 0; // in the scanned folder itself: a folder of event folders holds no photos of its own
};
Q_DECLARE_METATYPE(ScanStatistics)

/**
 * Loads one folder on a worker thread: lists it, emits the rows the catalog already knows (a stat per
 * file, no Exiv2), then reads the new and changed files on a small private pool and emits them in
 * batches, writing them back to the catalog. Results leave the thread as copied values through queued
 * signals. cancel() is honoured between files, so a scan stops within one file's read. Files are read
 * in helper processes when one is available (ReadWorker), so a parser crash or hang costs one file.
 * With pairRawJpeg, a RAW and its JPEG (RawJpegPairing) are one row, the JPEG's, sent once both files'
 * records are in; the catalog keeps each file's own record. Rows are corrected by the folder's accepted
 * aliases (CreditCorrection); the catalog keeps what the files say.
 */
class ScanJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString folder;
        bool useCatalog = true; // false: read every file, and neither read nor write records (byline-cli --no-cache)
        QString catalogPath;    // empty: Catalog::defaultLocation(), resolved on the worker thread
        bool recursive = false;
        int readThreads = 2;
        // The metadata helper process each reading thread uses (ReadWorker); unset: the default one,
        // found on the worker thread; empty: read in this process.
        std::optional<QString> readWorker = std::nullopt;
        // A RAW and a JPEG of the same stem are one photo (docs/metadata.md, "RAW+JPEG pairs").
        bool pairRawJpeg = true;
        // The folder's accepted aliases, when the caller read them itself: byline-cli --no-cache applies
        // them without the catalog's records. Unset: the catalog's, when useCatalog.
        std::optional<QList<CreditAlias>> aliases = std::nullopt;
    };

    explicit ScanJob(Request request);

    /** Runs the scan on the calling thread: a worker for the model, the main thread for byline-cli. */
    void run();
    /** Thread-safe; the job stops at the next file. */
    void cancel() { m_cancelled = true; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }

signals:
    void aliasesLoaded(const QList<CreditAlias> &aliases);
    /** The desk's pending ratings and labels of the folder's photos, before any row (only with the catalog). */
    void marksLoaded(const QHash<QString, PendingMark> &marks);
    void rowsReady(const QList<PhotoRow> &rows);
    /** Every path in the folder that has a row (a paired RAW has none), sent only when the listing is
     *  complete (no unreadable subfolder), so that the files missing from it have really gone. */
    void listingComplete(const QStringList &paths);
    void progressed(int done, int total);
    /** Always the last signal; @p error is set when the folder could not be read at all. */
    void finished(const ScanStatistics &statistics, const QString &error, const QStringList &warnings);

private:
    std::unique_ptr<Catalog> openCatalog(QStringList &warnings);
    /** The folder's aliases, with the spellings older ones lack taken from @p known's records (and kept). */
    void loadAliases(Catalog *catalog, const QHash<QString, StoredEntry> &known);
    /** Emits the rows of files the catalog knows unchanged; returns the files to read. */
    QList<PhotoFile> emitCatalogued(const QList<PhotoFile> &files, QHash<QString, StoredEntry> &known);
    void readFiles(const QList<PhotoFile> &files, Catalog *catalog);
    /** Forgets in the catalog the marks of photos a complete listing no longer has (deleted, renamed). */
    static void forgetMarksOfGone(Catalog &catalog, const QHash<QString, PendingMark> &marks,
                                  const QList<PhotoFile> &listed);
    /** Adds the row @p record makes, if any (a pair's half waits for the other), to @p batch. */
    void deliver(const PhotoRecord &record, qint64 stamp, QList<PhotoRow> &batch);

    Request m_request;
    std::atomic<bool> m_cancelled{false};
    ScanStatistics m_statistics;
    CreditCorrection m_correction;
    PairAssembler m_pairs;
};
