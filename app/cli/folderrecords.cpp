#include "folderrecords.h"

#include "scan/scanjob.h"

#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace FolderRecords {

Folder read(const Request &request, QString &error)
{
    const QString folder = QFileInfo(request.folder).absoluteFilePath();
    ScanJob::Request scan{folder,
                          request.useCatalog,
                          {},
                          request.recursive,
                          request.threads > 0 ? request.threads : QThread::idealThreadCount()};
    scan.pairRawJpeg = request.pairRawJpeg;
    ScanJob job(scan);
    Folder result;
    QList<PhotoRecord> &records = result.records;
    QObject::connect(&job, &ScanJob::rowsReady, [&records](const QList<PhotoRow> &rows) {
        for (const PhotoRow &row : rows)
            records.append(row.toRecord());
    });
    QObject::connect(&job, &ScanJob::aliasesLoaded,
                     [&result](const QList<CreditAlias> &aliases) { result.aliases = aliases; });
    QObject::connect(&job, &ScanJob::finished,
                     [&error](const ScanStatistics &, const QString &failure, const QStringList &warnings) {
                         error = failure;
                         for (const QString &warning : warnings)
                             QTextStream(stderr) << "byline-cli: " << warning << '\n';
                     });
    job.run();
    std::sort(records.begin(), records.end(),
              [](const PhotoRecord &a, const PhotoRecord &b) { return a.path < b.path; });
    return result;
}

QString folderProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (info.exists())
        return QStringLiteral("%1 is a file, not a folder; give the folder that holds it: %2")
            .arg(path, info.absolutePath());
    return QStringLiteral("no such folder: %1").arg(path);
}

} // namespace FolderRecords
