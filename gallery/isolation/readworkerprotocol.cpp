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

namespace {

// Reads exactly @p length bytes; false at the end of input or on an error.
bool readExactly(int fd, char *into, qsizetype length)
{
    while (length > 0) {
        const ssize_t got = ::read(fd, into, size_t(length));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        into += got;
        length -= got;
    }
    return true;
}

} // namespace

std::optional<QByteArray> readFrame(int fd)
{
    char header[4];
    if (!readExactly(fd, header, 4))
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(header);
    if (length > s_maxFrameBytes)
        return std::nullopt;
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    if (!readExactly(fd, payload.data(), payload.size()))
        return std::nullopt;
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
    while (const std::optional<QByteArray> request = readFrame(in)) {
        const std::optional<PhotoFile> file = decodeFile(*request);
        if (!file)
            return 1;
        if (!writeAll(out, frame(PhotoRecordCodec::encode(read(*file)))))
            return 0; // the scan has gone: nothing left to answer
    }
    return 0;
}

} // namespace ReadWorkerProtocol
