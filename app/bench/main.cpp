// byline-bench: prints speed and memory figures for docs/performance.md. Targets live here, not in tests.
//
//   byline-bench scan DIR [--threads N] [--repeat R]
//   byline-bench model DIR
//   byline-bench thumbs DIR [--threads N]
//   byline-bench naive-thumbs DIR
//   byline-bench export DIR [--threads N] [--count C] [--repeat R]
//   byline-bench write DIR [--count C] [--repeat R]
//   byline-bench cull DIR [--count C] [--interval MS]  (the real window: QT_QPA_PLATFORM=offscreen or a display)
//
// Lists DIR recursively, reads every photo's metadata R times (median reported) with N threads
// (default 1, the figure the issue's target is stated for) and prints files/s, ms/file and peak RSS.
#include "appsupport.h"
#include "cullbench.h"
#include "exportbench.h"
#include "modelbench.h"
#include "thumbsbench.h"
#include "writebench.h"

#include <QtQml/QQmlExtensionPlugin>

#include "scan/batchreader.h"
#include "scan/folderlister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <sys/resource.h>

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int benchScan(const QString &folder, int threads, int repeat)
{
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const FolderLister::Listing listing = FolderLister::list(folder, true);
    const double listMs = timer.nsecsElapsed() / 1e6;
    if (!listing.error.isEmpty() || listing.files.isEmpty()) {
        QTextStream(stderr) << "byline-bench: nothing to read in " << folder << ' ' << listing.error << '\n';
        return 2;
    }
    QList<double> runs;
    int errors = 0;
    for (int r = 0; r < repeat; ++r) {
        timer.restart();
        const QList<PhotoRecord> records = BatchReader::read(listing.files, threads);
        runs.append(timer.nsecsElapsed() / 1e9);
        errors =
            int(std::count_if(records.cbegin(), records.cend(), [](const PhotoRecord &p) { return p.hasError(); }));
    }
    std::sort(runs.begin(), runs.end());
    const double median = runs.at(runs.size() / 2);
    const qsizetype files = listing.files.size();
    out << "scan " << folder << '\n'
        << "  files            " << files << " (" << errors << " with errors)\n"
        << "  threads          " << threads << '\n'
        << "  listing          " << QString::number(listMs, 'f', 1) << " ms\n"
        << "  read (median of " << repeat << ") " << QString::number(median, 'f', 3) << " s\n"
        << "  files/s          " << QString::number(files / median, 'f', 0) << '\n'
        << "  ms/file          " << QString::number(median * 1000.0 / files, 'f', 3) << '\n'
        << "  peak RSS         " << QString::number(peakRssKiB() / 1024.0, 'f', 1) << " MiB\n";
    return 0;
}

} // namespace

// The Gallery and Byline QML modules are linked statically; this registers their types (cull).
Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

int main(int argc, char *argv[])
{
    // The culling bench drives the real window; the others need no display.
    const bool window = argc > 1 && qstrcmp(argv[1], "cull") == 0;
    const std::unique_ptr<QCoreApplication> application(window ? new QGuiApplication(argc, argv)
                                                               : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    AppSupport::initialize(QStringLiteral("byline-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Byline benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Reader threads."), QStringLiteral("N"),
                                     QStringLiteral("1"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs; the median is reported."),
                                    QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Photos to export."), QStringLiteral("C"),
                                   QStringLiteral("100"));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("cull: milliseconds between keys."),
                                      QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({threads, repeat, count, interval});
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("scan: metadata reading; model: the models."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to read."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.at(0) == QLatin1String("thumbs"))
        return benchThumbs(args.at(1), parser.isSet(threads) ? qMax(1, parser.value(threads).toInt()) : 2);
    if (args.size() == 2 && args.at(0) == QLatin1String("previews"))
        return benchPreviews(args.at(1));
    if (args.size() == 2 && args.at(0) == QLatin1String("naive-thumbs"))
        return benchNaiveThumbs(args.at(1));
    if (args.size() == 2 && args.at(0) == QLatin1String("export"))
        return benchExport(args.at(1), parser.isSet(threads) ? qMax(1, parser.value(threads).toInt()) : 2,
                           qMax(1, parser.value(count).toInt()),
                           parser.isSet(repeat) ? qMax(1, parser.value(repeat).toInt()) : 1);
    if (args.size() == 2 && args.at(0) == QLatin1String("write"))
        return benchWrite(args.at(1), qMax(1, parser.value(count).toInt()),
                          parser.isSet(repeat) ? qMax(1, parser.value(repeat).toInt()) : 3);
    if (args.size() == 2 && args.at(0) == QLatin1String("cull"))
        return benchCull(args.at(1), parser.isSet(count) ? qMax(1, parser.value(count).toInt()) : 1000,
                         qMax(0, parser.value(interval).toInt()));
    if (args.size() == 2 && args.at(0) == QLatin1String("model"))
        return benchModel(args.at(1), qMax(1, parser.value(threads).toInt()));
    if (args.size() != 2 || args.at(0) != QLatin1String("scan")) {
        QTextStream(stderr) << "usage: byline-bench scan|model|thumbs|previews|naive-thumbs|export|write|cull DIR "
                               "[--threads N] [--repeat R]\n";
        return 2;
    }
    return benchScan(args.at(1), qMax(1, parser.value(threads).toInt()), qMax(1, parser.value(repeat).toInt()));
}
