#pragma once

#include "metadata/exiv2extractor.h"

#include <QMutex>
#include <QSet>
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
     * in process. @p budget: how long a helper may take over one file.
     */
    /** Shorter than a scan's: a tile waits on it, and a placeholder is only a placeholder. */
    static constexpr std::chrono::milliseconds s_defaultBudget{2'000};

    explicit PreviewWorkers(std::optional<QString> program = std::nullopt,
                            std::chrono::milliseconds budget = s_defaultBudget);
    ~PreviewWorkers();
    PreviewWorkers(const PreviewWorkers &) = delete;
    PreviewWorkers &operator=(const PreviewWorkers &) = delete;

    /** Starts @p count helpers ahead of the first lookups (on a worker thread: it looks for the program). */
    void prestart(int count);

    /**
     * Thumbnailer::embeddedPreview(@p path, @p minEdge), in a helper when there is one. A file that
     * crashed or stalled a helper has no preview for the rest of the session (its tile is decoded).
     */
    [[nodiscard]] Exiv2Extractor::Preview lookup(const QString &path, int minEdge);

private:
    QMutex m_mutex;
    std::optional<QString> m_program;
    std::chrono::milliseconds m_budget;
    std::vector<std::unique_ptr<ReadWorker>> m_idle;
    QSet<QString> m_failed; // files that crashed or stalled a helper: not asked again this session
};
