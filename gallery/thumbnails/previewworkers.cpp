#include "previewworkers.h"

#include "imaging/thumbnailer.h"

#include "isolation/readworker.h"

PreviewWorkers::PreviewWorkers(std::optional<QString> program, std::chrono::milliseconds budget)
    : m_program(std::move(program)), m_budget(budget)
{}

PreviewWorkers::~PreviewWorkers() = default;

void PreviewWorkers::prestart(int count)
{
    QMutexLocker lock(&m_mutex);
    if (!m_program)
        m_program = ReadWorker::defaultProgram();
    if (m_program->isEmpty())
        return;
    while (int(m_idle.size()) < count) {
        auto worker = std::make_unique<ReadWorker>(*m_program, ReadWorker::defaultArguments(), m_budget);
        worker->prestart();
        m_idle.push_back(std::move(worker));
    }
}

Exiv2Extractor::Preview PreviewWorkers::lookup(const QString &path, int minEdge)
{
    std::unique_ptr<ReadWorker> worker;
    bool inProcess = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_program)
            m_program = ReadWorker::defaultProgram();
        inProcess = m_program->isEmpty();
    }
    if (inProcess) // outside the lock: the thumbnail threads look up previews side by side
        return Thumbnailer::embeddedPreview(path, minEdge);
    {
        QMutexLocker lock(&m_mutex);
        if (m_failed.contains(path))
            return {{}, {}, 0, true};
        if (m_idle.empty()) {
            worker = std::make_unique<ReadWorker>(*m_program, ReadWorker::defaultArguments(), m_budget);
        } else {
            worker = std::move(m_idle.back());
            m_idle.pop_back();
        }
    }
    bool failed = false;
    Exiv2Extractor::Preview preview = worker->preview(path, minEdge, &failed);
    if (!worker->startError().isEmpty()) {
        preview = Thumbnailer::embeddedPreview(path, minEdge); // no working helper: as without isolation
        failed = false;
    }
    preview.failed = failed;
    QMutexLocker lock(&m_mutex);
    if (failed)
        m_failed.insert(path);
    m_idle.push_back(std::move(worker));
    return preview;
}
