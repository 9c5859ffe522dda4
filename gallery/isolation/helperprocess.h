#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <sys/types.h>

/**
 * One helper process, spoken to in frames (ReadWorkerProtocol) over a socket pair: its stdin and stdout
 * are its end of the socket. It runs in a process group of its own, so Ctrl-C in a terminal reaches the
 * program that started it, which then stops it, instead of looking like a crash. Stopping is SIGKILL: a
 * helper that is stuck would never answer, and one that is idle loses nothing. Writes never block (the
 * helper answers each request before it reads the next, so a blocking write of many requests could wait
 * on a helper that waits for its answers to be read); reads wait until a deadline.
 */
class HelperProcess
{
public:
    enum class Received
    {
        Frame,
        Died, // the helper exited, crashed, or sent something that is not a frame
        TimedOut,
        Cancelled,
    };

    HelperProcess(QString program, QStringList arguments);
    ~HelperProcess() { stop(); }
    HelperProcess(const HelperProcess &) = delete;
    HelperProcess &operator=(const HelperProcess &) = delete;

    /** Starts a new helper; false, with startError(), when it cannot be. */
    bool start();
    /** Kills and reaps the helper, if one runs; what it had not answered is lost. */
    void stop();
    [[nodiscard]] bool isRunning() const { return m_socket >= 0; }

    /** Queues @p frames for the helper and writes what the socket takes now; false when it has gone. */
    bool send(QByteArrayView frames);
    /**
     * The next frame from the helper, writing what is still queued meanwhile. Waits until @p budget has
     * passed, and looks at @p cancelled every 100 ms, so a cancel never waits out a stuck helper.
     */
    Received receive(QByteArray &frame, std::chrono::milliseconds budget, const std::atomic<bool> *cancelled);

    [[nodiscard]] const QString &program() const { return m_program; }
    /** Helpers started so far. */
    [[nodiscard]] int starts() const { return m_starts; }
    /** Why the last helper could not be started, or did not work (setStartError()). */
    [[nodiscard]] QString startError() const { return m_startError; }
    void setStartError(const QString &error) { m_startError = error; }
    /** Whether the helper stopped last died of a signal other than the SIGKILL stop() sends. */
    [[nodiscard]] bool crashed() const;
    /** That signal's name, when crashed(). */
    [[nodiscard]] QString crashSignal() const;
    /** Whether the helper stopped last had crashed before it was stopped (it did not just exit). */
    [[nodiscard]] bool wasSignalled() const;

private:
    enum class Wait
    {
        Read,     // bytes arrived
        Writable, // the socket takes more of what is queued
        Closed,
        TimedOut,
        Cancelled,
    };

    /** Writes what is queued as far as the socket takes it, without waiting; false when the helper has gone. */
    bool flush();
    Wait readMore(std::chrono::steady_clock::time_point deadline, const std::atomic<bool> *cancelled);

    QString m_program;
    QStringList m_arguments;
    pid_t m_pid = -1;
    int m_socket = -1;
    QByteArray m_received; // read but not yet taken
    QByteArray m_outgoing; // queued but not yet written
    int m_exitStatus = 0;  // waitpid's status of the helper stopped last
    int m_starts = 0;
    QString m_startError;
};
