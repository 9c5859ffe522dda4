#include "writebench.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "scan/folderlister.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

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
    QList<double> floorRuns, bylineRuns, exiftoolRuns;
    int failures = 0;
    for (int r = 0; r < repeat; ++r) {
        QTemporaryDir scratch;
        QElapsedTimer timer;
        timer.start();
        const QStringList forByline = copies(sources, scratch.filePath(QStringLiteral("byline")));
        floorRuns.append(timer.nsecsElapsed() / 1e9);
        const QStringList forExiftool = copies(sources, scratch.filePath(QStringLiteral("exiftool")));
        if (forByline.isEmpty() || forExiftool.isEmpty()) {
            QTextStream(stderr) << "byline-bench: cannot copy the photos into " << scratch.path() << '\n';
            return 2;
        }

        BackupStore backups(scratch.filePath(QStringLiteral("originals")));
        MetadataEditor editor(backups);
        const EditRequest request{{{EditField::Credit, FieldEdit::Mode::Replace, {credit}}}, false};
        timer.restart();
        for (const QString &path : forByline)
            failures += editor.write(editor.plan(path, request)).written ? 0 : 1;
        bylineRuns.append(timer.nsecsElapsed() / 1e9);

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
    const double floor = median(floorRuns), byline = median(bylineRuns), peer = median(exiftoolRuns);
    out << "write " << folder << " (" << files << " JPEGs, median of " << repeat << ")\n"
        << "  floor (copying)  " << rate(floor) << " files/s\n"
        << "  byline           " << rate(byline) << " files/s (" << failures << " not written)\n"
        << "  exiftool         " << rate(peer) << " files/s\n"
        << "  byline/exiftool  " << QString::number(peer / byline, 'f', 2) << "x\n"
        << "  byline/floor     " << QString::number(floor / byline, 'f', 2) << "x\n";
    return failures == 0 ? 0 : 1;
}
