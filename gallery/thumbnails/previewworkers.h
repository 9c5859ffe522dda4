#pragma once

#include "metadata/exiv2extractor.h"

#include <QMutex>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class ReadWorker;

/**
 * How a thumbnail pool asks for embedded previews: through helper processes (ReadWorker, the same
 * `byline-cli read-worker` scans use), so that an Exiv2 crash or hang costs one tile's placeholder,
 * never the window; in process when no helper is installed. Thread-safe: a lookup takes an idle helper
 * or starts one, and gives it back, so there are at most as many helpers as threads asking at once.
 */
class PreviewWorkers
{
public:
    /**
     * @p program: unset, ReadWorker::defaultProgram(), looked up on first use (a worker thread); empty:
     * in process. @p budget: how long a helper may take over one file (ReadWorker::s_defaultBudget).
     */
    explicit PreviewWorkers(std::optional<QString> program = std::nullopt,
                            std::chrono::milliseconds budget = std::chrono::milliseconds(10'000));
    ~PreviewWorkers();
    PreviewWorkers(const PreviewWorkers &) = delete;
    PreviewWorkers &operator=(const PreviewWorkers &) = delete;

    /** Starts @p count helpers ahead of the first lookups (on a worker thread: it looks for the program). */
    void prestart(int count);

    /** Thumbnailer::embeddedPreview(@p path, @p minEdge), in a helper when there is one. */
    [[nodiscard]] Exiv2Extractor::Preview lookup(const QString &path, int minEdge);

private:
    QMutex m_mutex;
    std::optional<QString> m_program;
    std::chrono::milliseconds m_budget;
    std::vector<std::unique_ptr<ReadWorker>> m_idle;
};
