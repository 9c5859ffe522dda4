#include "readworkerprotocol.h"

#include "catalog/photorecordcodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace ReadWorkerProtocol {

QByteArray frame(QByteArrayView payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), out.data());
    out.append(payload.data(), payload.size());
    return out;
}

QByteArray encodeFile(const PhotoFile &file)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << file.path << file.sidecarPath << file.sidecarKnown << file.undecodableName << file.size
           << file.mtimeNs << file.sidecarMtimeNs;
    return out;
}

std::optional<PhotoFile> decodeFile(QByteArrayView payload)
{
    const QByteArray bytes = payload.toByteArray();
    QDataStream stream(bytes);
    PhotoFile file;
    stream >> file.path >> file.sidecarPath >> file.sidecarKnown >> file.undecodableName >> file.size >>
        file.mtimeNs >> file.sidecarMtimeNs;
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return std::nullopt;
    return file;
}

std::optional<QByteArray> takeFrame(QByteArray &buffer, bool &malformed)
{
    malformed = false;
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > s_maxFrameBytes) {
        malformed = true;
        return std::nullopt;
    }
    if (buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    QByteArray payload = buffer.mid(4, qsizetype(length));
    buffer.remove(0, 4 + qsizetype(length));
    return payload;
}

bool writeAll(int fd, QByteArrayView bytes)
{
    const char *from = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        // send() with MSG_NOSIGNAL: a helper that died must not take the scan down with SIGPIPE.
        ssize_t wrote = ::send(fd, from, size_t(left), MSG_NOSIGNAL);
        if (wrote < 0 && errno == ENOTSOCK)
            wrote = ::write(fd, from, size_t(left)); // a pipe, as when a person runs the helper by hand
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return false;
        from += wrote;
        left -= wrote;
    }
    return true;
}

int serve(int in, int out, const std::function<PhotoRecord(const PhotoFile &)> &read)
{
    // Requests are read as they come, many per read(); each answer is written before the next file is
    // read, so a crash loses no answer and the scan knows which file caused it.
    QByteArray buffer;
    char chunk[64 * 1024];
    for (;;) {
        bool malformed = false;
        while (const std::optional<QByteArray> request = takeFrame(buffer, malformed)) {
            const std::optional<PhotoFile> file = decodeFile(*request);
            if (!file)
                return 1;
            if (!writeAll(out, frame(PhotoRecordCodec::encode(read(*file)))))
                return 0; // the scan has gone: nothing left to answer
        }
        if (malformed)
            return 1;
        const ssize_t got = ::read(in, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return 0; // the end of input: the scan is done with this helper
        buffer.append(chunk, qsizetype(got));
    }
}

} // namespace ReadWorkerProtocol
