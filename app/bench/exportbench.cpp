#include "exportbench.h"

#include "export/exportjob.h"
#include "scan/batchreader.h"
#include "scan/folderlister.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QList<PhotoRecord> firstJpegs(const QString &folder, int count)
{
    const FolderLister::Listing listing = FolderLister::list(folder, true);
    QList<PhotoRecord> records = BatchReader::read(listing.files, 2);
    std::sort(records.begin(), records.end(),
              [](const PhotoRecord &a, const PhotoRecord &b) { return a.path < b.path; });
    QList<PhotoRecord> jpegs;
    for (const PhotoRecord &record : std::as_const(records)) {
        if (!record.hasError() && record.format == QLatin1String("jpeg") && jpegs.size() < count)
            jpegs.append(record);
    }
    return jpegs;
}

qint64 bytesUnder(const QString &folder)
{
    qint64 total = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

int benchExport(const QString &folder, int threads, int count, int repeat)
{
    QTextStream out(stdout);
    const QList<PhotoRecord> photos = firstJpegs(folder, count);
    if (photos.isEmpty()) {
        QTextStream(stderr) << "byline-bench: no readable JPEG in " << folder << '\n';
        return 2;
    }
    QList<double> runs;
    qint64 written = 0;
    int failed = 0;
    for (int r = 0; r < repeat; ++r) {
        QTemporaryDir destination; // each run into an empty folder, removed afterwards
        ExportOptions options;
        options.destination = destination.path();
        options.resized = true;
        options.threads = threads;
        QElapsedTimer timer;
        timer.start();
        const ExportReport report = ExportJob(photos, options).run();
        runs.append(timer.nsecsElapsed() / 1e9);
        failed = report.count(ExportReport::Photo::Status::Failed);
        written = bytesUnder(destination.path());
    }
    std::sort(runs.begin(), runs.end());
    const double median = runs.at(runs.size() / 2);
    out << "export " << folder << '\n'
        << "  photos           " << photos.size() << " JPEGs (" << failed << " failed)\n"
        << "  resized          " << ExportOptions::s_defaultLongEdge << " px, quality "
        << ExportOptions::s_defaultQuality << ", metadata written and verified\n"
        << "  threads          " << threads << '\n'
        << "  time (median of " << repeat << ") " << QString::number(median, 'f', 2) << " s\n"
        << "  photos/s         " << QString::number(photos.size() / median, 'f', 2) << '\n'
        << "  written          " << QString::number(written / 1048576.0, 'f', 1) << " MiB\n";
    return failed == 0 ? 0 : 1;
}
