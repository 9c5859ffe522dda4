#pragma once

#include "exportoptions.h"
#include "exportreport.h"

#include "metadata/photorecord.h"

#include <QObject>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

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
    QML_ELEMENT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progress)
    Q_PROPERTY(int total READ total NOTIFY progress)

public:
    explicit Exporter(QObject *parent = nullptr);
    ~Exporter() override;

    /** Starts exporting @p records; false (and nothing started) while another export runs. */
    bool start(const QList<PhotoRecord> &records, const ExportOptions &options);
    Q_INVOKABLE void cancel();

    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }
    [[nodiscard]] int done() const { return m_done; }
    [[nodiscard]] int total() const { return m_total; }

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
};
