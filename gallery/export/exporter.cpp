#include "exporter.h"

#include "exportjob.h"

#include "metadata/nativepath.h"

#include <QFileInfo>

Exporter::Exporter(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

Exporter::~Exporter()
{
    cancel();
    m_pool.waitForDone();
}

bool Exporter::start(const QList<PhotoRecord> &records, const ExportOptions &options)
{
    if (m_job)
        return false;
    m_job = std::make_shared<ExportJob>(records, options);
    m_destination = options.destination;
    m_done = 0;
    m_total = int(records.size());
    emit runningChanged();
    emit progress(m_done, m_total);
    // The worker holds the job, not the Exporter; results come back as queued calls, which Qt drops
    // if the Exporter is gone by then.
    m_pool.start([this, job = m_job] {
        const ExportReport report = job->run([this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
    return true;
}

bool Exporter::startRequest(ExportRequest *request)
{
    return request && start(request->recordList(), request->options());
}

QStringList Exporter::failures() const
{
    QStringList lines;
    for (const ExportReport::Photo &photo : m_report.photos) {
        if (photo.status == ExportReport::Photo::Status::Exported)
            continue;
        const QString why = photo.status == ExportReport::Photo::Status::NotStarted
                                ? tr("cancelled")
                                : photo.errors.join(QStringLiteral("; "));
        lines.append(QStringLiteral("%1: %2").arg(NativePath::display(QFileInfo(photo.record.path).fileName()), why));
    }
    return lines + m_report.errors;
}

void Exporter::cancel()
{
    if (m_job)
        m_job->cancel();
}

void Exporter::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    emit progress(done, total);
}

void Exporter::onFinished(const ExportReport &report)
{
    m_job.reset();
    m_report = report;
    emit runningChanged();
    emit finished(report);
}
