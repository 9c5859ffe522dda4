#include "readworker.h"

#include "readworkerprotocol.h"

#include "metadata/metadatareader.h"
#include "metadata/photorecordcodec.h"

#include <QCoreApplication>
#include <QFileInfo>

ReadWorker::ReadWorker(QString program, QStringList arguments, std::chrono::milliseconds budget)
    : m_helper(std::move(program), std::move(arguments)), m_budget(budget)
{}

ReadWorker::~ReadWorker() = default;

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
    m_answered = 0;
    return m_helper.start();
}

bool ReadWorker::send(const QList<PhotoFile> &files, qsizetype from, qsizetype to)
{
    QByteArray requests;
    for (qsizetype i = from; i < to; ++i)
        requests += ReadWorkerProtocol::frame(
            ReadWorkerProtocol::encodeRequest({ReadWorkerProtocol::Request::Kind::Read, files[i], 0}));
    return m_helper.send(requests);
}

ReadWorker::Outcome ReadWorker::receive(QByteArray &payload)
{
    switch (m_helper.receive(payload, m_budget, m_cancelled)) {
    case HelperProcess::Received::Frame:
        return Outcome::Answered;
    case HelperProcess::Received::Died:
        return Outcome::Died;
    case HelperProcess::Received::TimedOut:
        return Outcome::TimedOut;
    case HelperProcess::Received::Cancelled:
        break;
    }
    return Outcome::Cancelled;
}

void ReadWorker::markIncompatible()
{
    m_helper.setStartError(QStringLiteral("%1 does not answer as this version expects").arg(m_helper.program()));
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
    if (!m_helper.isRunning() && !start())
        return {};
    QByteArray payload;
    PhotoFile file;
    file.path = path;
    const QByteArray request = ReadWorkerProtocol::frame(
        ReadWorkerProtocol::encodeRequest({ReadWorkerProtocol::Request::Kind::Preview, file, minEdge}));
    if (!m_helper.send(request) || receive(payload) != Outcome::Answered) {
        stop();
        if (failed)
            *failed = true;
        return {};
    }
    std::optional<Exiv2Extractor::Preview> preview = ReadWorkerProtocol::decodePreview(payload);
    if (!preview) {
        stop();
        markIncompatible();
        return {};
    }
    ++m_answered;
    return *preview;
}

PhotoRecord ReadWorker::failed(const PhotoFile &file, Outcome outcome) const
{
    PhotoRecord record;
    record.path = file.path;
    record.fileSize = qMax<qint64>(0, file.size);
    if (outcome == Outcome::TimedOut) {
        record.error = QStringLiteral("reading its metadata took longer than %1 s and was stopped; the file is "
                                      "probably malformed")
                           .arg(double(m_budget.count()) / 1000.0);
    } else if (m_helper.crashed()) {
        record.error = QStringLiteral("the metadata reader crashed on this file (%1); the file is probably malformed")
                           .arg(m_helper.crashSignal());
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
        if (!m_helper.isRunning()) {
            if (broken || fruitlessStarts >= 3 || !start()) {
                // No helper can be had: read here, as without isolation, rather than fail every file.
                if (fruitlessStarts >= 3) // gone before it took a request, however fast the machine
                    m_helper.setStartError(
                        QStringLiteral("%1 stops before it takes any request").arg(m_helper.program()));
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
            stop(); // reaped: the helper says how it ended
            if (outcome == Outcome::Garbled ||
                (outcome == Outcome::Died && answered == 0 && !m_helper.wasSignalled())) {
                // Answers this build cannot read, or an exit before answering anything without a crash:
                // the helper is broken (say, an older byline-cli beside a newer byline), not the file.
                markIncompatible();
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
