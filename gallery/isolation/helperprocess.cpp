#include "helperprocess.h"

#include "readworkerprotocol.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

using Clock = std::chrono::steady_clock;

HelperProcess::HelperProcess(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{}

bool HelperProcess::start()
{
    stop();
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        m_startError = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The helper's stdin and stdout are its end of the socket (dup2 clears close-on-exec).
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO);
    // Nothing else the caller has open (Exiv2 and Qt do not mark every descriptor close-on-exec).
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const QByteArray program = QFile::encodeName(m_program);
    std::vector<QByteArray> arguments{program};
    for (const QString &argument : std::as_const(m_arguments))
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int error = ::posix_spawn(&pid, program.constData(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(ends[1]);
    if (error != 0) {
        ::close(ends[0]);
        m_startError =
            QStringLiteral("cannot start %1: %2").arg(m_program, QString::fromLocal8Bit(std::strerror(error)));
        return false;
    }
    m_pid = pid;
    m_socket = ends[0];
    ++m_starts;
    m_startError.clear();
    return true;
}

void HelperProcess::stop()
{
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_received.clear();
    m_outgoing.clear();
    if (m_pid > 0) {
        // One that has already died keeps the status it died with.
        ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, &m_exitStatus, 0) < 0 && errno == EINTR) {
        }
    }
    m_pid = -1;
}

bool HelperProcess::send(QByteArrayView frames)
{
    m_outgoing.append(frames.data(), frames.size());
    return flush();
}

bool HelperProcess::flush()
{
    while (!m_outgoing.isEmpty()) {
        const ssize_t wrote =
            ::send(m_socket, m_outgoing.constData(), size_t(m_outgoing.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (wrote > 0) {
            m_outgoing.remove(0, qsizetype(wrote));
            continue;
        }
        if (wrote < 0 && errno == EINTR)
            continue;
        return wrote < 0 && (errno == EAGAIN || errno == EWOULDBLOCK); // full: later; else the helper has gone
    }
    return true;
}

HelperProcess::Received HelperProcess::receive(QByteArray &frame, std::chrono::milliseconds budget,
                                               const std::atomic<bool> *cancelled)
{
    const Clock::time_point deadline = Clock::now() + budget;
    for (;;) {
        bool malformed = false;
        if (std::optional<QByteArray> taken = ReadWorkerProtocol::takeFrame(m_received, malformed)) {
            frame = std::move(*taken);
            return Received::Frame;
        }
        if (malformed || !flush())
            return Received::Died; // a helper that sends no frames is not sane
        switch (readMore(deadline, cancelled)) {
        case Wait::Read:
        case Wait::Writable:
            continue;
        case Wait::Closed:
            return Received::Died;
        case Wait::TimedOut:
            return Received::TimedOut;
        case Wait::Cancelled:
            return Received::Cancelled;
        }
    }
}

// Appends what the socket has to m_received, waiting until @p deadline, or until the socket takes more
// of what is queued.
HelperProcess::Wait HelperProcess::readMore(Clock::time_point deadline, const std::atomic<bool> *cancelled)
{
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t got = ::recv(m_socket, chunk, sizeof chunk, MSG_DONTWAIT);
        if (got > 0) {
            m_received.append(chunk, qsizetype(got));
            return Wait::Read;
        }
        if (got == 0)
            return Wait::Closed;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return Wait::Closed;
        if (cancelled && cancelled->load())
            return Wait::Cancelled;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return Wait::TimedOut;
        pollfd watched{m_socket, short(POLLIN | (m_outgoing.isEmpty() ? 0 : POLLOUT)), 0};
        if (::poll(&watched, 1, int(std::min<long long>(left, 100))) < 0 && errno != EINTR)
            return Wait::Closed;
        if ((watched.revents & POLLOUT) && !(watched.revents & POLLIN))
            return Wait::Writable;
    }
}

bool HelperProcess::wasSignalled() const
{
    return WIFSIGNALED(m_exitStatus);
}

bool HelperProcess::crashed() const
{
    return WIFSIGNALED(m_exitStatus) && WTERMSIG(m_exitStatus) != SIGKILL;
}

QString HelperProcess::crashSignal() const
{
    return crashed() ? QString::fromLocal8Bit(::strsignal(WTERMSIG(m_exitStatus))) : QString();
}
