#include "readworker.h"

#include "readworkerprotocol.h"

#include "metadata/metadatareader.h"
#include "metadata/photorecordcodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

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

namespace {

using Clock = std::chrono::steady_clock;

// Appends what @p fd has to @p buffer, waiting until @p deadline: 1 read some, 2 @p fd can take more of
// what @p wantsToWrite says is waiting, 0 the helper has gone, -1 out of time, -2 cancelled (looked at
// every 100 ms, so a cancel never waits out a stuck helper).
int readMore(int fd, QByteArray &buffer, Clock::time_point deadline, const std::atomic<bool> *cancelled,
             bool wantsToWrite = false)
{
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t got = ::recv(fd, chunk, sizeof chunk, MSG_DONTWAIT);
        if (got > 0) {
            buffer.append(chunk, qsizetype(got));
            return 1;
        }
        if (got == 0)
            return 0;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return 0;
        if (cancelled && cancelled->load())
            return -2;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return -1;
        pollfd watched{fd, short(POLLIN | (wantsToWrite ? POLLOUT : 0)), 0};
        if (::poll(&watched, 1, int(std::min<long long>(left, 100))) < 0 && errno != EINTR)
            return 0;
        if ((watched.revents & POLLOUT) && !(watched.revents & POLLIN))
            return 2;
    }
}

} // namespace

ReadWorker::ReadWorker(QString program, QStringList arguments, std::chrono::milliseconds budget)
    : m_program(std::move(program)), m_arguments(std::move(arguments)), m_budget(budget)
{}

ReadWorker::~ReadWorker()
{
    stop();
}

QString ReadWorker::defaultProgram()
{
    if (qEnvironmentVariableIsSet("BYLINE_READ_WORKER")) {
        const QString chosen = qEnvironmentVariable("BYLINE_READ_WORKER");
        return chosen == QLatin1String("none") ? QString() : chosen;
    }
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo beside(QCoreApplication::applicationDirPath() + QStringLiteral("/byline-cli"));
    return beside.isFile() && beside.isExecutable() ? beside.absoluteFilePath() : QString();
}

bool ReadWorker::start()
{
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
    // Nothing else the scan has open (Exiv2 and Qt do not mark every descriptor close-on-exec).
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
    // A process group of its own: Ctrl-C in a terminal is for the scan, which then stops its helpers,
    // not a crash to blame on the file being read.
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
    m_answered = 0;
    m_startError.clear();
    return true;
}

void ReadWorker::stop()
{
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_received.clear();
    m_outgoing.clear();
    if (m_pid > 0) {
        // Killed, not asked: a helper that is stuck would never answer, and one that is idle loses
        // nothing. One that has already died keeps the status it died with.
        ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, &m_exitStatus, 0) < 0 && errno == EINTR) {
        }
    }
    m_pid = -1;
}

bool ReadWorker::send(const QList<PhotoFile> &files, qsizetype from, qsizetype to)
{
    QByteArray requests;
    for (qsizetype i = from; i < to; ++i)
        requests += ReadWorkerProtocol::frame(
            ReadWorkerProtocol::encodeRequest({ReadWorkerProtocol::Request::Kind::Read, files[i], 0}));
    return queueRequests(requests);
}

// The helper answers each request before it reads the next, so with requests larger than the socket's
// buffer (long paths) a blocking write could wait on a helper that itself waits for its answers to be
// read. Requests are queued instead, written as far as the socket takes them, and the rest is written
// while receive() waits for answers.
bool ReadWorker::queueRequests(QByteArrayView bytes)
{
    m_outgoing.append(bytes.data(), bytes.size());
    return flushOutgoing();
}

bool ReadWorker::flushOutgoing()
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

ReadWorker::Outcome ReadWorker::receive(QByteArray &payload)
{
    const Clock::time_point deadline = Clock::now() + m_budget;
    for (;;) {
        bool malformed = false;
        if (std::optional<QByteArray> frame = ReadWorkerProtocol::takeFrame(m_received, malformed)) {
            payload = std::move(*frame);
            return Outcome::Answered;
        }
        if (malformed)
            return Outcome::Died; // the helper is not sane
        if (!flushOutgoing())
            return Outcome::Died;
        const int got = readMore(m_socket, m_received, deadline, m_cancelled, !m_outgoing.isEmpty());
        if (got == -2)
            return Outcome::Cancelled;
        if (got <= 0)
            return got < 0 ? Outcome::TimedOut : Outcome::Died;
    }
}

ReadWorker::Outcome ReadWorker::receive(PhotoRecord &record)
{
    QByteArray payload;
    if (const Outcome outcome = receive(payload); outcome != Outcome::Answered)
        return outcome;
    std::optional<PhotoRecord> decoded = PhotoRecordCodec::decode(payload);
    if (!decoded)
        return Outcome::Garbled; // not a record of this version: another byline-cli
    record = std::move(*decoded);
    return Outcome::Answered;
}

Exiv2Extractor::Preview ReadWorker::preview(const QString &path, int minEdge, bool *failed)
{
    if (failed)
        *failed = false;
    // One try with a running or a new helper; a crash or a hang gives no preview (the thumbnail is then
    // decoded, by Qt, in the caller's process) and the next request starts a new helper.
    if (m_socket < 0 && !start())
        return {};
    QByteArray payload;
    PhotoFile file;
    file.path = path;
    const QByteArray request = ReadWorkerProtocol::frame(
        ReadWorkerProtocol::encodeRequest({ReadWorkerProtocol::Request::Kind::Preview, file, minEdge}));
    if (!queueRequests(request) || receive(payload) != Outcome::Answered) {
        stop();
        if (failed)
            *failed = true;
        return {};
    }
    std::optional<Exiv2Extractor::Preview> preview = ReadWorkerProtocol::decodePreview(payload);
    if (!preview) {
        stop();
        m_startError = QStringLiteral("%1 does not answer as this version expects").arg(m_program);
        return {};
    }
    ++m_answered;
    return *preview;
}

PhotoRecord ReadWorker::failed(const PhotoFile &file, Outcome outcome)
{
    PhotoRecord record;
    record.path = file.path;
    record.fileSize = qMax<qint64>(0, file.size);
    if (outcome == Outcome::TimedOut) {
        record.error = QStringLiteral("reading its metadata took longer than %1 s and was stopped; the file is "
                                      "probably malformed")
                           .arg(double(m_budget.count()) / 1000.0);
    } else if (WIFSIGNALED(m_exitStatus) && WTERMSIG(m_exitStatus) != SIGKILL) {
        record.error = QStringLiteral("the metadata reader crashed on this file (%1); the file is probably malformed")
                           .arg(QString::fromLocal8Bit(::strsignal(WTERMSIG(m_exitStatus))));
    } else {
        record.error = QStringLiteral("the metadata reader stopped on this file; the file is probably malformed");
    }
    return record;
}

void ReadWorker::read(const QList<PhotoFile> &files, const Done &done, const std::atomic<bool> *cancelled)
{
    m_cancelled = cancelled;
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    qsizetype next = 0;      // the first file without an answer
    qsizetype sent = 0;      // files [next, sent) are with the helper
    int fruitlessStarts = 0; // helpers that could not even take requests
    bool broken = false;     // the helper program itself does not work: read in process
    while (next < files.size() && !isCancelled()) {
        if (m_socket < 0) {
            if (broken || fruitlessStarts >= 3 || !start()) {
                // No helper can be had: read here, as without isolation, rather than fail every file.
                for (; next < files.size() && !isCancelled(); ++next)
                    done(next, MetadataReader::read(files[next]));
                break;
            }
            sent = next;
        }
        // Two batches ahead, so the helper never waits for the next requests.
        const qsizetype ahead = qMin(files.size(), next + 2 * s_batch);
        if (sent < ahead && ahead - sent >= qMin<qsizetype>(s_batch, files.size() - sent)) {
            if (!send(files, sent, ahead)) {
                stop();
                ++fruitlessStarts;
                continue;
            }
            sent = ahead;
        }
        PhotoRecord record;
        Outcome outcome = receive(record);
        if (outcome == Outcome::Cancelled)
            break;
        bool resend = false;
        if (outcome != Outcome::Answered) {
            const int answered = m_answered;
            stop(); // reaped: m_exitStatus says how it ended
            if (outcome == Outcome::Garbled ||
                (outcome == Outcome::Died && answered == 0 && !WIFSIGNALED(m_exitStatus))) {
                // Answers this build cannot read, or an exit before answering anything without a crash:
                // the helper is broken (say, an older byline-cli beside a newer byline), not the file.
                m_startError = QStringLiteral("%1 does not answer as this version expects").arg(m_program);
                broken = true;
                continue;
            }
            resend = true; // what the dead helper held goes to the next one
            // Before a file is blamed for good (the catalog keeps the verdict), it is read again alone by
            // a fresh helper: the one that died may have been hurt by an earlier file, or killed by
            // something else altogether.
            outcome = readAlone(files[next], record);
            if (outcome == Outcome::Cancelled)
                break;
        }
        if (outcome == Outcome::Answered && !resend)
            ++m_answered;
        done(next, outcome == Outcome::Answered ? std::move(record) : failed(files[next], outcome));
        ++next;
        if (resend)
            sent = next;
        fruitlessStarts = 0;
    }
    if (isCancelled())
        stop(); // answers still on their way are not wanted
    m_cancelled = nullptr;
}

ReadWorker::Outcome ReadWorker::readAlone(const PhotoFile &file, PhotoRecord &record)
{
    if (!start())
        return Outcome::Died;
    if (!send({file}, 0, 1)) {
        stop();
        return Outcome::Died;
    }
    const Outcome outcome = receive(record);
    if (outcome == Outcome::Answered)
        ++m_answered;
    else
        stop(); // the next file gets a fresh helper
    return outcome;
}
