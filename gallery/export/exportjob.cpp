#include "exportjob.h"

#include "captionsheet.h"
#include "exportmanifest.h"
#include "filedigest.h"
#include "originalcopier.h"
#include "resizedcopywriter.h"
#include "stagedfile.h"

#include "metadata/nativepath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>

#include <vector>

namespace {

ExportReport failedReport(const QList<PhotoRecord> &records, const QString &error)
{
    ExportReport report;
    report.errors.append(error);
    int number = 0;
    for (const PhotoRecord &record : records)
        report.photos.append({record, ++number, ExportReport::Photo::Status::Failed, {error}, {}, {}, {}});
    return report;
}

// Writes a sheet or manifest the way every output is written: staged, flushed, never over a file.
QString writeDocument(const QString &target, const QByteArray &bytes, ExportReport::Output::Kind kind,
                      ExportReport &report)
{
    StagedFile staged(QFileInfo(target).absolutePath());
    if (QString error = staged.create(); !error.isEmpty())
        return error;
    QFile file(staged.tempPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
    file.close();
    if (QString error = staged.commit(target); !error.isEmpty())
        return error;
    const FileDigest digest = FileDigest::of(bytes);
    report.documents.append({kind, target, digest.size, digest.sha256});
    return {};
}

} // namespace

ExportJob::ExportJob(QList<PhotoRecord> records, ExportOptions options)
    : m_records(std::move(records)), m_options(std::move(options))
{
    // Absolute from the start: every output path, the manifests' and the sheet's links are made relative to
    // it, which a relative destination ("--to out") made relative twice ("out/out/resized/a.jpg").
    if (!m_options.destination.isEmpty())
        m_options.destination = NativePath::absolute(m_options.destination);
}

QString ExportJob::checkOptions() const
{
    if (m_options.destination.isEmpty())
        return QStringLiteral("no destination folder");
    // Copies are written through Qt, which would spell such a name with '?' and write somewhere else.
    if (NativePath::hasEscapes(m_options.destination))
        return QStringLiteral("the destination folder's name is not valid UTF-8 (%1); choose another folder")
            .arg(NativePath::display(m_options.destination));
    if (!m_options.originals && !m_options.resized)
        return QStringLiteral("nothing to export: choose originals, resized copies or both");
    if (m_options.resized && (m_options.longEdge < 1 || m_options.quality < 1 || m_options.quality > 100))
        return QStringLiteral("a resized copy needs a long edge of at least 1 px and a quality from 1 to 100");
    return {};
}

ExportReport ExportJob::run(const ProgressCallback &progress)
{
    if (QString error = checkOptions(); !error.isEmpty())
        return failedReport(m_records, error);
    for (const QString &folder : ExportPlan::folders(m_options)) {
        if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
            return failedReport(m_records,
                                QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    }
    const ExportPlan plan = ExportPlan::make(m_records, m_options);
    if (!plan.error().isEmpty())
        return failedReport(m_records, plan.error());

    const qsizetype total = plan.items().size();
    std::vector<ExportReport::Photo> photos(static_cast<size_t>(total));
    QMutex progressMutex;
    int done = 0;
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, m_options.threads));
    for (qsizetype i = 0; i < total; ++i) {
        pool.start([&, i] {
            const ExportPlan::Item &item = plan.items().at(i);
            photos[size_t(i)] = exportOne(item);
            QMutexLocker locker(&progressMutex);
            ++done;
            if (progress)
                progress(done, int(total));
        });
    }
    pool.waitForDone();

    ExportReport report;
    report.photos = QList<ExportReport::Photo>(photos.begin(), photos.end());
    report.cancelled = isCancelled();
    if (m_options.sheet && !report.cancelled)
        writeDocuments(plan, report);
    else if (m_options.sheet)
        report.errors.append(QStringLiteral("cancelled: no caption sheet or manifest was written"));
    return report;
}

bool ExportJob::copyInto(const QString &source, const QString &target, ExportReport::Output::Kind kind,
                         ExportReport::Photo &photo, const QString &what) const
{
    const OriginalCopier::Result copied = OriginalCopier::copy(source, target, kind, m_cancelled);
    if (copied.error.isEmpty())
        photo.outputs.append(copied.output);
    else
        photo.errors.append(what.isEmpty() ? copied.error : QStringLiteral("%1: %2").arg(what, copied.error));
    return copied.error.isEmpty();
}

void ExportJob::exportOriginal(const ExportPlan::Item &item, ExportReport::Photo &photo) const
{
    using Kind = ExportReport::Output::Kind;
    if (!copyInto(item.record.path, item.originalTarget, Kind::Original, photo))
        return;
    if (!item.sidecarSource.isEmpty())
        copyInto(item.sidecarSource, item.sidecarTarget, Kind::Sidecar, photo, QStringLiteral("sidecar"));
    // A RAW+JPEG pair is exported as both files: the RAW after its JPEG, through the same staged copy.
    if (item.companionTarget.isEmpty() ||
        !copyInto(item.record.companionPath, item.companionTarget, Kind::Companion, photo, QStringLiteral("RAW")))
        return;
    if (!item.companionSidecarSource.isEmpty())
        copyInto(item.companionSidecarSource, item.companionSidecarTarget, Kind::Sidecar, photo,
                 QStringLiteral("RAW sidecar"));
}

ExportReport::Photo ExportJob::exportOne(const ExportPlan::Item &item) const
{
    ExportReport::Photo photo{item.record, item.number, ExportReport::Photo::Status::NotStarted, {}, {}, {}, {}};
    if (isCancelled())
        return photo;
    if (item.record.hasError()) {
        photo.status = ExportReport::Photo::Status::Failed;
        photo.errors.append(QStringLiteral("not exported: %1").arg(item.record.error));
        return photo;
    }
    if (!item.originalTarget.isEmpty())
        exportOriginal(item, photo);
    if (!item.resizedTarget.isEmpty() && isCancelled()) {
        // Said once, although the original's copy may have stopped for the same cancel.
        if (const QString cancelled = QStringLiteral("cancelled"); !photo.errors.contains(cancelled))
            photo.errors.append(cancelled);
    } else if (!item.resizedTarget.isEmpty()) {
        const ResizedCopyWriter::Result resized = ResizedCopyWriter::write(
            item.record, item.resizedTarget, m_options.longEdge, m_options.quality, m_cancelled);
        if (resized.error.isEmpty())
            photo.outputs.append(resized.output);
        else
            photo.errors.append(resized.error);
        photo.warnings += resized.warnings;
    }
    if (m_options.sheet && m_options.embedThumbnails && !photo.outputs.isEmpty()) {
        const ExportReport::Output *shown = photo.output(ExportReport::Output::Kind::Resized);
        photo.sheetThumbnail = CaptionSheet::thumbnail(shown ? shown->path : photo.outputs.constFirst().path);
    }
    // A photo whose every file was written before a cancel arrived is exported: its files are complete.
    photo.status = photo.errors.isEmpty() ? ExportReport::Photo::Status::Exported : ExportReport::Photo::Status::Failed;
    return photo;
}

void ExportJob::writeDocuments(const ExportPlan &plan, ExportReport &report) const
{
    const QDir destination(m_options.destination);
    const QList<std::pair<QString, QByteArray>> documents = {
        {plan.sheetTarget(),
         CaptionSheet::html(report.photos, destination, m_options.title, m_options.intro, m_options.houseStyle)},
        {plan.csvTarget(), ExportManifest::csv(report.photos, destination, m_options.houseStyle)},
        {plan.jsonTarget(), ExportManifest::json(report.photos, destination, m_options.houseStyle)},
    };
    for (const auto &[target, bytes] : documents) {
        const auto kind =
            target == plan.sheetTarget() ? ExportReport::Output::Kind::Sheet : ExportReport::Output::Kind::Manifest;
        if (QString error = writeDocument(target, bytes, kind, report); !error.isEmpty())
            report.errors.append(error);
    }
}
