#pragma once

#include "metadata/exiv2extractor.h"
#include "metadata/photofile.h"
#include "metadata/photorecord.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

/**
 * What Byline and its metadata helper process (`byline-cli read-worker`) say to each other over a
 * socket: frames of a 4-byte big-endian length and a payload. Each request is one file: a scan's
 * "read" (the PhotoFile, through QDataStream), answered with the record (PhotoRecordCodec, the
 * catalog's form), or the thumbnailer's "preview" (a path and the smallest edge wanted), answered with
 * the embedded preview's bytes and size. The helper answers every request, in order, before it reads
 * the next, so a helper that dies mid-answer costs exactly the file it was reading.
 */
namespace ReadWorkerProtocol {

/** Larger frames are refused: a record is at most a few hundred KB (text fields are capped at 32 K). */
inline constexpr quint32 s_maxFrameBytes = 64 * 1024 * 1024;

struct Request
{
    enum class Kind : quint8
    {
        Read = 'R',
        Preview = 'P',
    };
    Kind kind = Kind::Read;
    PhotoFile file;  // for a preview, only the path
    int minEdge = 0; // for a preview
};

[[nodiscard]] QByteArray frame(QByteArrayView payload);
[[nodiscard]] QByteArray encodeRequest(const Request &request);
[[nodiscard]] std::optional<Request> decodeRequest(QByteArrayView payload);
[[nodiscard]] QByteArray encodePreview(const Exiv2Extractor::Preview &preview);
[[nodiscard]] std::optional<Exiv2Extractor::Preview> decodePreview(QByteArrayView payload);

/**
 * Takes the first whole frame's payload off the front of @p buffer; nullopt while the buffer holds less
 * than a frame. @p malformed is set when the frame claims more than s_maxFrameBytes.
 */
[[nodiscard]] std::optional<QByteArray> takeFrame(QByteArray &buffer, bool &malformed);
/** Writes all of @p bytes to @p fd; false when the other side has gone. Never raises SIGPIPE on a socket. */
bool writeAll(int fd, QByteArrayView bytes);

/** How the helper answers: what MetadataReader::read and Thumbnailer::embeddedPreview give. */
struct Handlers
{
    std::function<PhotoRecord(const PhotoFile &)> read;
    std::function<Exiv2Extractor::Preview(const QString &path, int minEdge)> preview;
};

/**
 * The helper's side: answers every request on @p in through @p handlers on @p out until the input
 * ends. Returns the process exit status (0 at the end of input, 1 on a malformed request).
 */
int serve(int in, int out, const Handlers &handlers);

} // namespace ReadWorkerProtocol
