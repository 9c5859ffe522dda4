#pragma once

#include "helperprocess.h"

#include "metadata/exiv2extractor.h"
#include "metadata/photofile.h"
#include "metadata/photorecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>

/**
 * Reads photos' metadata (and embedded previews) in a helper process (`byline-cli read-worker`,
 * ReadWorkerProtocol), so that a crash or a hang inside Exiv2's parsers costs the file being read,
 * never the scan or the window.
 *
 * The watchdog: each file has a time budget; a helper that dies (a signal, an exit) or overruns the
 * budget is killed, and the file it was reading is read again alone by a new helper; if that one fails
 * too, the file gets an error record saying so (which the catalog keeps, so the file is not retried
 * until it changes). A new helper reads the rest. Files are sent ahead
 * in small batches, so the per-file cost is a few small reads and writes on a socket.
 *
 * One object per thread at a time; it is not thread-safe (PreviewWorkers shares a few between the
 * thumbnail pool's threads).
 */
class ReadWorker
{
public:
    /** Far beyond any sound file (the slowest hostile-corpus case takes well under a second). */
    static constexpr std::chrono::milliseconds s_defaultBudget{10'000};
    /** Files sent at a time, up to two batches ahead of the answers: enough to keep the helper busy,
        few to resend after a restart. */
    static constexpr int s_batch = 16;

    using Done = std::function<void(qsizetype index, PhotoRecord record)>;

    /** @p program and @p arguments start a helper that serves ReadWorkerProtocol on stdin/stdout. */
    ReadWorker(QString program, QStringList arguments, std::chrono::milliseconds budget = s_defaultBudget);
    ~ReadWorker();
    ReadWorker(const ReadWorker &) = delete;
    ReadWorker &operator=(const ReadWorker &) = delete;

    /**
     * Reads @p files in order, calling @p done once for each as its record arrives (from this thread).
     * Stops between files when @p cancelled becomes true. When no helper can be started at all, the
     * files are read in this process instead, as without isolation.
     */
    void read(const QList<PhotoFile> &files, const Done &done, const std::atomic<bool> *cancelled = nullptr);

    /**
     * The embedded preview of @p path (Thumbnailer::embeddedPreview), looked up by the helper. Empty
     * when there is none, and when the helper crashed or overran its budget on this file (@p failed).
     */
    [[nodiscard]] Exiv2Extractor::Preview preview(const QString &path, int minEdge, bool *failed = nullptr);

    /** Starts the helper now, if it is not running, so its start-up overlaps other work. */
    void prestart()
    {
        if (!m_helper.isRunning())
            start();
    }

    /** Helpers started so far, restarts after a crash or a hang included. */
    [[nodiscard]] int starts() const { return m_helper.starts(); }
    /** Why the last helper could not be started, or did not work, if so. */
    [[nodiscard]] QString startError() const { return m_helper.startError(); }

    /**
     * The helper a scan uses by default: `byline-cli read-worker` from the folder of the running
     * executable, where `byline` and `byline-cli` are installed together. BYLINE_READ_WORKER names
     * another program; set to "none" it turns isolation off. Empty when there is none: read in process.
     */
    [[nodiscard]] static QString defaultProgram();
    [[nodiscard]] static QStringList defaultArguments() { return {QStringLiteral("read-worker")}; }

private:
    enum class Outcome
    {
        Answered,
        Died,
        TimedOut,
        Garbled, // an answer this build cannot decode
        Cancelled,
    };

    bool start();
    void stop() { m_helper.stop(); }
    /** Sends the files [from, to); false when the helper has gone. */
    bool send(const QList<PhotoFile> &files, qsizetype from, qsizetype to);
    Outcome receive(QByteArray &payload);
    Outcome receive(PhotoRecord &record);
    [[nodiscard]] PhotoRecord failed(const PhotoFile &file, Outcome outcome) const;
    /** Reads @p file by itself in a new helper: the second chance a file gets before it is blamed. */
    Outcome readAlone(const PhotoFile &file, PhotoRecord &record);
    /** The helper answers, but not as this build expects (an older byline-cli, say): read in process. */
    void markIncompatible();

    HelperProcess m_helper;
    std::chrono::milliseconds m_budget;
    int m_answered = 0;                             // by the current helper
    const std::atomic<bool> *m_cancelled = nullptr; // during read()
};
