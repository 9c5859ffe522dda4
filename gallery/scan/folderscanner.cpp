#include "folderscanner.h"

FolderScanner::FolderScanner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<PhotoRow>>();
    qRegisterMetaType<QList<CreditAlias>>();
    qRegisterMetaType<ScanStatistics>();
    qRegisterMetaType<QHash<QString, PendingMark>>();
    m_pool.setMaxThreadCount(2); // a new scan may start while a cancelled one winds down
    m_writer.setMaxThreadCount(1);
}

FolderScanner::~FolderScanner()
{
    cancel();
    m_pool.waitForDone();   // the job stops within one file; its queued results die with us
    m_writer.waitForDone(); // what the desk did is in the catalog before the window goes
}

void FolderScanner::start(const QString &folder, bool recursive)
{
    cancel();
    m_folder = folder;
    m_recursive = recursive;
    startScan();
}

void FolderScanner::rescan()
{
    if (m_folder.isEmpty())
        return;
    if (m_job)
        m_rescanPending = true;
    else
        startScan();
}

void FolderScanner::cancel()
{
    m_rescanPending = false;
    if (!m_job)
        return;
    m_job->cancel();
    m_job->disconnect(this);
    ++m_generation; // and what it already sent is dropped when it arrives
    m_job.reset();
}

void FolderScanner::startScan()
{
    m_rescanPending = false;
    // Deleted on this thread once both the worker and this object are done with it.
    ScanJob::Request request{m_folder, m_useCatalog, m_catalogPath, m_recursive};
    request.pairRawJpeg = m_pairRawJpeg;
    m_job = std::shared_ptr<ScanJob>(new ScanJob(request), [](ScanJob *job) { job->deleteLater(); });
    ScanJob *job = m_job.get();
    // Signals a worker posted before a cancel are still in the queue after disconnect(): each is
    // passed on only if it belongs to the current scan.
    const quint64 generation = ++m_generation;
    const auto current = [this, generation] { return generation == m_generation; };
    connect(job, &ScanJob::aliasesLoaded, this, [this, current](const QList<CreditAlias> &aliases) {
        if (current())
            emit aliasesLoaded(aliases);
    });
    connect(job, &ScanJob::marksLoaded, this, [this, current](const QHash<QString, PendingMark> &marks) {
        if (current())
            emit marksLoaded(marks);
    });
    connect(job, &ScanJob::rowsReady, this, [this, current](const QList<PhotoRow> &rows) {
        if (current())
            emit rowsReady(rows);
    });
    connect(job, &ScanJob::listingComplete, this, [this, current](const QStringList &paths) {
        if (current())
            emit listingComplete(paths);
    });
    connect(job, &ScanJob::progressed, this, [this, current](int done, int total) {
        if (current())
            emit progressed(done, total);
    });
    connect(job, &ScanJob::finished, this,
            [this, current](const ScanStatistics &statistics, const QString &error, const QStringList &warnings) {
                if (!current())
                    return;
                m_job.reset();
                emit finished(statistics, error, warnings);
                if (m_rescanPending && !m_job)
                    startScan();
            });
    emit started();
    // The catalog writes asked for before this scan (a mark made just before switching folders and
    // back) are in before it reads the folder's marks.
    m_pool.start([shared = m_job, writer = &m_writer] {
        writer->waitForDone();
        shared->run();
    });
}

void FolderScanner::storeAlias(const QString &folder, const CreditAlias &alias)
{
    writeAliases(folder, [folder, alias](Catalog &catalog) { catalog.setAlias(folder, alias); });
}

void FolderScanner::removeAlias(const QString &folder, const QString &aliasKey)
{
    writeAliases(folder, [folder, aliasKey](Catalog &catalog) { catalog.removeAlias(folder, aliasKey); });
}

void FolderScanner::storeMarks(const QHash<QString, PendingMark> &marks)
{
    if (m_useCatalog && !marks.isEmpty())
        writeCatalog([marks](Catalog &catalog) { catalog.setMarks(marks); }, false);
}

void FolderScanner::writeAliases(const QString &folder, const std::function<void(Catalog &)> &write)
{
    if (m_useCatalog && !folder.isEmpty())
        writeCatalog(write, true);
}

void FolderScanner::writeCatalog(const std::function<void(Catalog &)> &write, bool aliases)
{
    // SQLite writes stay off the GUI thread, like everything else that touches the disk. The signal is
    // queued to this object, so it is dropped if this object is gone (the destructor waits for the pool).
    m_writer.start([this, path = m_catalogPath, write, aliases] {
        {
            Catalog catalog(path.isEmpty() ? Catalog::defaultLocation() : path);
            write(catalog);
        }
        if (aliases)
            QMetaObject::invokeMethod(this, &FolderScanner::aliasesStored, Qt::QueuedConnection);
    });
}
