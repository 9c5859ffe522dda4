#include "readworkerprotocol.h"

#include "metadata/photorecordcodec.h"

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

QByteArray encodeRequest(const Request &request)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << quint8(request.kind);
    const PhotoFile &file = request.file;
    if (request.kind == Request::Kind::Read)
        stream << file.path << file.sidecarPath << file.sidecarKnown << file.size << file.mtimeNs << file.ctimeNs
               << file.inode << file.sidecarMtimeNs;
    else
        stream << file.path << qint32(request.minEdge);
    return out;
}

std::optional<Request> decodeRequest(QByteArrayView payload)
{
    const QByteArray bytes = payload.toByteArray();
    QDataStream stream(bytes);
    Request request;
    quint8 kind = 0;
    stream >> kind;
    PhotoFile &file = request.file;
    if (kind == quint8(Request::Kind::Read)) {
        stream >> file.path >> file.sidecarPath >> file.sidecarKnown >> file.size >> file.mtimeNs >> file.ctimeNs >>
            file.inode >> file.sidecarMtimeNs;
    } else if (kind == quint8(Request::Kind::Preview)) {
        request.kind = Request::Kind::Preview;
        qint32 minEdge = 0;
        stream >> file.path >> minEdge;
        request.minEdge = minEdge;
    } else {
        return std::nullopt;
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return std::nullopt;
    return request;
}

QByteArray encodePreview(const Exiv2Extractor::Preview &preview)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << preview.data << preview.size << qint8(preview.orientation);
    return out;
}

std::optional<Exiv2Extractor::Preview> decodePreview(QByteArrayView payload)
{
    const QByteArray bytes = payload.toByteArray();
    QDataStream stream(bytes);
    Exiv2Extractor::Preview preview;
    qint8 orientation = 0;
    stream >> preview.data >> preview.size >> orientation;
    preview.orientation = orientation >= 1 && orientation <= 8 ? orientation : 0;
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return std::nullopt;
    return preview;
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

int serve(int in, int out, const Handlers &handlers)
{
    // Requests are read as they come, many per read(); each answer is written before the next file is
    // read, so a crash loses no answer and the scan knows which file caused it.
    QByteArray buffer;
    char chunk[64 * 1024];
    for (;;) {
        bool malformed = false;
        while (const std::optional<QByteArray> payload = takeFrame(buffer, malformed)) {
            const std::optional<Request> request = decodeRequest(*payload);
            if (!request)
                return 1;
            const QByteArray answer = request->kind == Request::Kind::Read
                                          ? PhotoRecordCodec::encode(handlers.read(request->file))
                                          : encodePreview(handlers.preview(request->file.path, request->minEdge));
            if (!writeAll(out, frame(answer)))
                return 0; // the asking side has gone: nothing left to answer
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
