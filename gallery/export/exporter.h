#pragma once

#include "exportoptions.h"
#include "exportreport.h"
#include "exportrequest.h"

#include "metadata/photorecord.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class ExportJob;

/**
 * Runs an export off the GUI thread for the window's Export dialog: start() plans and runs an
 * ExportJob on a worker, progress() reports each finished photo, cancel() stops it, and finished()
 * delivers the ExportReport as a copied value on the thread that owns the Exporter. One export at a
 * time; the destructor cancels a running export and waits for it.
 */
class Exporter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progress)
    Q_PROPERTY(int total READ total NOTIFY progress)
    // The last finished export, for the dialog's result page.
    Q_PROPERTY(int exportedCount READ exportedCount NOTIFY runningChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY runningChanged)
    Q_PROPERTY(int notExportedCount READ notExportedCount NOTIFY runningChanged)
    Q_PROPERTY(QStringList failures READ failures NOTIFY runningChanged)
    Q_PROPERTY(QString destination READ destination NOTIFY runningChanged)

public:
    explicit Exporter(QObject *parent = nullptr);
    ~Exporter() override;

    /** Starts exporting @p records; false (and nothing started) while another export runs. */
    bool start(const QList<PhotoRecord> &records, const ExportOptions &options);
    /** Starts exporting what @p request holds, as start() does. */
    Q_INVOKABLE bool startRequest(ExportRequest *request);
    Q_INVOKABLE void cancel();

    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }
    [[nodiscard]] int done() const { return m_done; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] const ExportReport &report() const { return m_report; }
    [[nodiscard]] int exportedCount() const { return m_report.count(ExportReport::Photo::Status::Exported); }
    [[nodiscard]] int failedCount() const { return m_report.count(ExportReport::Photo::Status::Failed); }
    [[nodiscard]] int notExportedCount() const { return m_report.count(ExportReport::Photo::Status::NotStarted); }
    /** "name: why" for each photo not exported, then the export-wide errors. */
    [[nodiscard]] QStringList failures() const;
    [[nodiscard]] QString destination() const { return m_destination; }

signals:
    void progress(int done, int total);
    void finished(const ExportReport &report);
    void runningChanged();

private:
    void onProgress(int done, int total);
    void onFinished(const ExportReport &report);

    QThreadPool m_pool; // one thread that runs the job; the job has its own workers
    std::shared_ptr<ExportJob> m_job;
    int m_done = 0;
    int m_total = 0;
    ExportReport m_report;
    QString m_destination;
};
