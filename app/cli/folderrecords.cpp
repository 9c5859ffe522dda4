#include "folderrecords.h"

#include "metadata/nativepath.h"
#include "scan/scanjob.h"

#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <sys/stat.h>

namespace FolderRecords {

Folder read(const Request &request, QString &error)
{
    const QString folder = NativePath::absolute(request.folder);
    ScanJob::Request scan{folder,
                          request.useCatalog,
                          {},
                          request.recursive,
                          request.threads > 0 ? request.threads : QThread::idealThreadCount()};
    scan.pairRawJpeg = request.pairRawJpeg;
    if (!request.useCatalog) {
        const std::unique_ptr<Catalog> catalog = deskCatalog(false);
        scan.aliases = catalog ? catalog->aliases(folder) : QList<CreditAlias>();
    }
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

std::unique_ptr<Catalog> deskCatalog(bool useCatalog)
{
    const CatalogLocation location = CatalogLocation::standard();
    // --no-cache makes no private catalog for aliases alone; a desk's is always there to ask.
    if (!useCatalog && !location.isPostgres() && !QFileInfo::exists(location.text()))
        return nullptr;
    auto catalog = std::make_unique<Catalog>(location);
    for (const QString &warning : catalog->warnings())
        QTextStream(stderr) << "byline-cli: " << warning << '\n';
    return catalog;
}

QString folderProblem(const QString &path)
{
    // By the path's bytes (NativePath): a folder whose name is not UTF-8 is still a folder.
    struct stat status
    {
    };
    const bool exists = ::stat(NativePath::encode(path).constData(), &status) == 0;
    if (exists && S_ISDIR(status.st_mode))
        return {};
    const QString shown = NativePath::display(path);
    if (exists)
        return QStringLiteral("%1 is a file, not a folder; give the folder that holds it: %2")
            .arg(shown, NativePath::display(QFileInfo(path).absolutePath()));
    return QStringLiteral("no such folder: %1").arg(shown);
}

} // namespace FolderRecords
