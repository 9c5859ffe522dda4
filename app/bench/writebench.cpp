#include "writebench.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "editing/paralleledits.h"
#include "scan/folderlister.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace {

QStringList jpegsIn(const QString &folder, int count)
{
    QStringList paths;
    for (const PhotoFile &file : FolderLister::list(folder, true).files) {
        if (file.path.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive))
            paths.append(file.path);
    }
    std::sort(paths.begin(), paths.end());
    return paths.mid(0, count);
}

// Copies @p sources into @p into; returns the copies, or an empty list on failure.
QStringList copies(const QStringList &sources, const QString &into)
{
    QDir().mkpath(into);
    QStringList made;
    for (const QString &source : sources) {
        const QString target = into + u'/' + QString::number(made.size()) + QStringLiteral(".jpg");
        if (!QFile::copy(source, target))
            return {};
        made.append(target);
    }
    return made;
}

double median(QList<double> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

// Plans and writes @p credit into each of @p paths on @p threads threads, as `byline-cli set` does;
// returns the seconds taken, adding the files not written to @p failures.
double writeCredit(const QStringList &paths, const QString &credit, const QString &store, int threads, int &failures)
{
    BackupStore backups(store);
    const EditRequest request{{{EditField::Credit, FieldEdit::Mode::Replace, {credit}}}, false};
    std::atomic<int> failed{0};
    std::mutex errors;
    QElapsedTimer timer;
    timer.start();
    ParallelEdits::run(
        backups, paths,
        [&](MetadataEditor &editor, qsizetype i) {
            const FilePlan plan = editor.plan(paths.at(i), request);
            if (plan.problem.isEmpty() && plan.changes.isEmpty())
                return; // the credit is already that: nothing to write, as `byline-cli set` says "unchanged"
            const WriteOutcome outcome = editor.write(plan);
            if (outcome.written)
                return;
            ++failed;
            const std::lock_guard lock(errors);
            QTextStream(stderr) << "  not written: " << paths.at(i) << ": " << outcome.error << '\n';
        },
        threads);
    const double seconds = timer.nsecsElapsed() / 1e9;
    failures += failed;
    return seconds;
}

} // namespace

int benchWrite(const QString &folder, int count, int repeat)
{
    QTextStream out(stdout);
    const QStringList sources = jpegsIn(folder, count);
    const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
    if (sources.isEmpty() || exiftool.isEmpty()) {
        QTextStream(stderr) << "byline-bench: needs JPEGs in " << folder << " and exiftool on the PATH\n";
        return 2;
    }
    const QString credit = QStringLiteral("NASA/Tim Kopra");
    const int threads = ParallelEdits::threadsFor(sources.size());
    QList<double> floorRuns, oneThreadRuns, bylineRuns, exiftoolRuns;
    int failures = 0, oneThreadFailures = 0;
    for (int r = 0; r < repeat; ++r) {
        QTemporaryDir scratch;
        QElapsedTimer timer;
        timer.start();
        const QStringList forByline = copies(sources, scratch.filePath(QStringLiteral("byline")));
        floorRuns.append(timer.nsecsElapsed() / 1e9);
        const QStringList forOneThread = copies(sources, scratch.filePath(QStringLiteral("byline-1")));
        const QStringList forExiftool = copies(sources, scratch.filePath(QStringLiteral("exiftool")));
        if (forByline.isEmpty() || forOneThread.isEmpty() || forExiftool.isEmpty()) {
            QTextStream(stderr) << "byline-bench: cannot copy the photos into " << scratch.path() << '\n';
            return 2;
        }

        oneThreadRuns.append(
            writeCredit(forOneThread, credit, scratch.filePath(QStringLiteral("originals-1")), 1, oneThreadFailures));
        bylineRuns.append(
            writeCredit(forByline, credit, scratch.filePath(QStringLiteral("originals")), threads, failures));

        QProcess process;
        timer.restart();
        process.start(exiftool, QStringList{QStringLiteral("-q"), QStringLiteral("-overwrite_original"),
                                            QStringLiteral("-IPTC:Credit=") + credit,
                                            QStringLiteral("-XMP-photoshop:Credit=") + credit} +
                                    forExiftool);
        process.waitForFinished(-1);
        exiftoolRuns.append(timer.nsecsElapsed() / 1e9);
    }
    const qsizetype files = sources.size();
    const auto rate = [files](double seconds) { return QString::number(files / seconds, 'f', 1); };
    const double floor = median(floorRuns), oneThread = median(oneThreadRuns), byline = median(bylineRuns),
                 peer = median(exiftoolRuns);
    out << "write " << folder << " (" << files << " JPEGs, median of " << repeat << ")\n"
        << "  floor (copying)  " << rate(floor) << " files/s\n"
        << "  byline, 1 thread " << rate(oneThread) << " files/s (" << oneThreadFailures
        << " not written in all runs)\n"
        << "  byline           " << rate(byline) << " files/s (" << threads << " threads, " << failures
        << " not written in all runs)\n"
        << "  exiftool         " << rate(peer) << " files/s\n"
        << "  byline/exiftool  " << QString::number(peer / byline, 'f', 2)
        << "x (1 thread: " << QString::number(peer / oneThread, 'f', 2) << "x)\n"
        << "  byline/floor     " << QString::number(floor / byline, 'f', 2) << "x\n";
    return failures + oneThreadFailures == 0 ? 0 : 1;
}
