#include "modelbench.h"

#include "models/photofiltermodel.h"
#include "models/photomodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <malloc.h>
#include <memory>
#include <unistd.h>

namespace {

double residentMiB()
{
    long pages = 0, resident = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

struct ScanTiming
{
    double firstRowsMs = -1;
    double lastRowsMs = -1;
    double finishedMs = 0;
};

// Opens @p folder in @p model and spins an event loop until the scan finishes, noting when the first
// rows arrive.
ScanTiming timeScan(PhotoModel &model, const QString &folder)
{
    ScanTiming timing;
    QElapsedTimer timer;
    QEventLoop loop;
    const auto first = QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (timing.firstRowsMs < 0)
            timing.firstRowsMs = timer.nsecsElapsed() / 1e6;
        timing.lastRowsMs = timer.nsecsElapsed() / 1e6;
    });
    QObject::connect(&model, &PhotoModel::scanFinished, &loop, &QEventLoop::quit);
    timer.start();
    model.setFolder(folder);
    loop.exec();
    timing.finishedMs = timer.nsecsElapsed() / 1e6;
    QObject::disconnect(first);
    return timing;
}

// Median time of applying @p change to the filter, in milliseconds.
template<typename Change>
double timeFilter(PhotoFilterModel &filter, Change change)
{
    QList<double> runs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        change(filter, true);
        (void)filter.rowCount(); // the proxy rebuilds its mapping when a view asks, so ask
        runs.append(timer.nsecsElapsed() / 1e6);
        change(filter, false);
        (void)filter.rowCount();
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

// Starts a cold scan, cancels it mid-way, and measures until the model's pool has drained (the model's
// destructor waits for it).
double timeCancel(const QString &folder)
{
    QTemporaryDir catalogDir;
    auto model = std::make_unique<PhotoModel>();
    model->setCatalogPath(catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    model->setRecursive(true);
    model->setFolder(folder);
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    QElapsedTimer timer;
    timer.start();
    model->cancel();
    model.reset();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int benchModel(const QString &folder, int threads)
{
    Q_UNUSED(threads)
    QTextStream out(stdout);
    QTemporaryDir catalogDir;
    const QString catalog = catalogDir.filePath(QStringLiteral("catalog.sqlite"));
    out << "model " << folder << " (recursive, catalog in a fresh temporary folder, a date-sorted view attached)\n";
    {
        PhotoModel cold;
        cold.setCatalogPath(catalog);
        cold.setRecursive(true);
        PhotoFilterModel sorted; // as the window has it: a sorted view follows the scan
        sorted.setPhotos(&cold);
        (void)sorted.rowCount(); // a view asks at once, so the proxy keeps its mapping up to date
        QObject::connect(&sorted, &QAbstractItemModel::rowsInserted, &sorted, [&sorted] { (void)sorted.rowCount(); });
        const ScanTiming timing = timeScan(cold, folder);
        out << "  cold scan: first rows     " << QString::number(timing.firstRowsMs, 'f', 1) << " ms\n"
            << "  cold scan: all " << cold.rowCount() << " rows  " << QString::number(timing.finishedMs / 1000, 'f', 2)
            << " s (" << QString::number(cold.rowCount() / (timing.finishedMs / 1000), 'f', 0) << " files/s)\n";
        out.flush();
    }
    malloc_trim(0); // give the cold model's memory back, so the next delta is the reopened model's
    const double before = residentMiB();
    auto reopened = std::make_unique<PhotoModel>();
    reopened->setCatalogPath(catalog);
    reopened->setRecursive(true);
    PhotoFilterModel filter; // sorted by date, and asked for its rows as a view would
    filter.setPhotos(reopened.get());
    (void)filter.rowCount();
    QObject::connect(&filter, &QAbstractItemModel::rowsInserted, &filter, [&filter] { (void)filter.rowCount(); });
    const ScanTiming timing = timeScan(*reopened, folder);
    const int rows = reopened->rowCount();
    malloc_trim(0); // count what the model keeps, not what the finished scan left in malloc's free lists
    const double after = residentMiB();
    qint64 textBytes = 0;
    for (int row = 0; row < rows; ++row)
        textBytes += reopened->row(row).pathBytes().size() + reopened->row(row).searchKey().size() +
                     reopened->row(row).textUtf8(PhotoRow::Text::Warnings).size();
    out << "  reopen from catalog       " << QString::number(timing.finishedMs / 1000, 'f', 2) << " s (first rows "
        << QString::number(timing.firstRowsMs, 'f', 1) << " ms, last rows "
        << QString::number(timing.lastRowsMs, 'f', 1) << " ms; " << reopened->lastScan().read << " files read)\n"
        << "  model memory              " << QString::number((after - before) * 1024 * 1024 / qMax(1, rows), 'f', 0)
        << " bytes per photo (RSS " << QString::number(before, 'f', 1) << " -> " << QString::number(after, 'f', 1)
        << " MiB; path + search key " << textBytes / qMax(1, rows) << " bytes of it)\n";

    QElapsedTimer firstFilter;
    firstFilter.start();
    filter.setSearchText(QStringLiteral("soyuz"));
    (void)filter.rowCount();
    filter.setSearchText({});
    (void)filter.rowCount();
    out << "  first search after load   " << QString::number(firstFilter.nsecsElapsed() / 1e6, 'f', 1)
        << " ms (builds the sort ranks once)\n";
    const double search = timeFilter(filter, [](PhotoFilterModel &f, bool on) {
        f.setSearchText(on ? QStringLiteral("baikonur crew") : QString());
    });
    const double credit = timeFilter(filter, [](PhotoFilterModel &f, bool on) {
        f.setSelectedCredits(on ? QStringList{QStringLiteral("energia"), QStringLiteral("agency:nasa")}
                                : QStringList());
    });
    // Issue 20: the picks of a take (four and five stars), filtered over every row. The corpus has no
    // ratings, so a tenth of the photos are rated first, as a desk's marks (in the catalog, not the files).
    QStringList rated;
    for (int row = 0; row < reopened->rowCount(); row += 10)
        rated.append(reopened->row(row).path());
    reopened->setRating(rated, 5);
    const double rating = timeFilter(filter, [](PhotoFilterModel &f, bool on) {
        f.setFacetSelection(FacetField::Rating,
                            on ? QStringList{QStringLiteral("4"), QStringLiteral("5")} : QStringList());
    });
    const double widen = timeFilter(filter, [](PhotoFilterModel &f, bool on) {
        f.setSearchText(on ? QString() : QStringLiteral("zzzz-no-match"));
    });
    out << "  cancel a cold scan         " << QString::number(timeCancel(folder), 'f', 1)
        << " ms from cancel() until every worker has stopped\n";
    out << "  re-filter: search text    " << QString::number(search, 'f', 1) << " ms (median of 5)\n"
        << "  re-filter: two credits    " << QString::number(credit, 'f', 1) << " ms\n"
        << "  re-filter: rating 4-5     " << QString::number(rating, 'f', 1) << " ms (a tenth rated)\n"
        << "  re-filter: none -> all    " << QString::number(widen, 'f', 1)
        << " ms (every row re-inserted and sorted)\n";
    return 0;
}
