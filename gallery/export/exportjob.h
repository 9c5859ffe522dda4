#pragma once

#include "exportoptions.h"
#include "exportplan.h"
#include "exportreport.h"

#include "metadata/photorecord.h"

#include <QList>

#include <atomic>
#include <functional>

/**
 * One export, run to the end on the calling thread with its own pool of options.threads workers:
 * plan the names, copy originals and write resized copies photo by photo, then the caption sheet and
 * manifests. Used as is by byline-cli and byline-bench, and on a worker by Exporter. cancel() may be
 * called from any thread: photos not started are left out, those being written are abandoned (their
 * temporary files removed), and the report says which is which.
 */
class ExportJob
{
public:
    /** Called from worker threads after each photo, serialised: (photos finished, photos in all). */
    using ProgressCallback = std::function<void(int done, int total)>;

    ExportJob(QList<PhotoRecord> records, ExportOptions options);

    [[nodiscard]] ExportReport run(const ProgressCallback &progress = {});
    void cancel() { m_cancelled.store(true); }
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }

private:
    [[nodiscard]] QString checkOptions() const;
    [[nodiscard]] ExportReport::Photo exportOne(const ExportPlan::Item &item) const;
    void exportOriginal(const ExportPlan::Item &item, ExportReport::Photo &photo) const;
    /** Copies @p source to @p target as @p kind; false, with the error noted, when it fails. */
    bool copyInto(const QString &source, const QString &target, ExportReport::Output::Kind kind,
                  ExportReport::Photo &photo, const QString &what = {}) const;
    void writeDocuments(const ExportPlan &plan, ExportReport &report) const;

    QList<PhotoRecord> m_records;
    ExportOptions m_options;
    std::atomic<bool> m_cancelled = false;
};
