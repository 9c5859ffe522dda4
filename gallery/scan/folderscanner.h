#pragma once

#include "scanjob.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

/**
 * The disk side of one open folder, for an object on the GUI thread (PhotoModel): runs the folder's
 * scans one at a time on a pool of its own and passes on only the current scan's results, and stores
 * the folder's accepted aliases in the catalog. Nothing it does blocks the calling thread.
 */
class FolderScanner : public QObject
{
    Q_OBJECT

public:
    explicit FolderScanner(QObject *parent = nullptr);
    /** Cancels the scan in progress and waits for it, which stops within one file. */
    ~FolderScanner() override;

    /** The catalog database (default: Catalog::defaultLocation()); set before the first scan. */
    void setCatalogPath(const QString &path) { m_catalogPath = path; }
    /** The catalog set with setCatalogPath(); empty for the standard one. */
    [[nodiscard]] QString catalogPath() const { return m_catalogPath; }
    /** Without the catalog every file is read every time (byline-cli --no-cache). */
    void setUseCatalog(bool use) { m_useCatalog = use; }
    /** Whether a RAW and a JPEG of the same stem are one row (RawJpegPairing); used by the next scan. */
    void setPairRawJpeg(bool pair) { m_pairRawJpeg = pair; }
    [[nodiscard]] bool pairRawJpeg() const { return m_pairRawJpeg; }

    /** Scans @p folder, cancelling the scan in progress; started() comes first. */
    void start(const QString &folder, bool recursive);
    /** Scans the last folder again: at once when idle, else once the scan in progress is finished. */
    void rescan();
    /** Stops the scan in progress; nothing more arrives from it, not even finished(). */
    void cancel();
    [[nodiscard]] bool isScanning() const { return m_job != nullptr; }

    /** Stores @p alias for @p folder in the background; aliasesStored() follows. */
    void storeAlias(const QString &folder, const CreditAlias &alias);
    /** Removes @p folder's alias @p aliasKey in the background; aliasesStored() follows. */
    void removeAlias(const QString &folder, const QString &aliasKey);
    /** Stores these photos' pending marks in the background (an empty mark forgets one's), after every
     *  catalog write asked for before. */
    void storeMarks(const QHash<QString, PendingMark> &marks);

signals:
    void started();
    // ScanJob's signals, of the current scan only.
    void aliasesLoaded(const QList<CreditAlias> &aliases);
    void marksLoaded(const QHash<QString, PendingMark> &marks);
    void rowsReady(const QList<PhotoRow> &rows);
    void listingComplete(const QStringList &paths);
    void progressed(int done, int total);
    void finished(const ScanStatistics &statistics, const QString &error, const QStringList &warnings);
    /** An alias change is in the catalog: a scan started now corrects the rows by it. */
    void aliasesStored();

private:
    void startScan();
    /** Runs @p write on the catalog in the background, then emits aliasesStored() on this thread. */
    void writeAliases(const QString &folder, const std::function<void(Catalog &)> &write);
    /** Runs @p write on the catalog on the writer thread, after the writes asked for before it. */
    void writeCatalog(const std::function<void(Catalog &)> &write, bool aliases);

    QString m_folder;
    bool m_recursive = false;
    QString m_catalogPath;
    bool m_useCatalog = true;
    bool m_pairRawJpeg = true;
    bool m_rescanPending = false;
    quint64 m_generation = 0; // of the current scan; results of older scans are dropped
    std::shared_ptr<ScanJob> m_job;
    QThreadPool m_pool; // scans
    // Catalog writes, one at a time in the order asked: a rating changed twice in a row must end as the
    // second.
    QThreadPool m_writer;
};
