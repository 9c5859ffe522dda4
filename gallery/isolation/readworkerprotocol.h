#pragma once

#include "metadata/photofile.h"
#include "metadata/photorecord.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

/**
 * What a scan and its metadata helper process (`byline-cli read-worker`) say to each other over a
 * socket: frames of a 4-byte big-endian length and a payload. The scan sends one frame per file (the
 * PhotoFile, through QDataStream); the helper answers each, in order, with the record
 * (PhotoRecordCodec, the catalog's form). Nothing else crosses, so a helper that dies mid-answer costs
 * exactly the file it was reading.
 */
namespace ReadWorkerProtocol {

/** Larger frames are refused: a record is at most a few hundred KB (text fields are capped at 32 K). */
inline constexpr quint32 s_maxFrameBytes = 64 * 1024 * 1024;

[[nodiscard]] QByteArray frame(QByteArrayView payload);
[[nodiscard]] QByteArray encodeFile(const PhotoFile &file);
[[nodiscard]] std::optional<PhotoFile> decodeFile(QByteArrayView payload);

/**
 * Takes the first whole frame's payload off the front of @p buffer; nullopt while the buffer holds less
 * than a frame. @p malformed is set when the frame claims more than s_maxFrameBytes.
 */
[[nodiscard]] std::optional<QByteArray> takeFrame(QByteArray &buffer, bool &malformed);
/** Writes all of @p bytes to @p fd; false when the other side has gone. Never raises SIGPIPE on a socket. */
bool writeAll(int fd, QByteArrayView bytes);

/**
 * The helper's side: answers every file request on @p in with @p read's record on @p out until the
 * input ends. Returns the process exit status (0 at the end of input, 1 on a malformed request).
 */
int serve(int in, int out, const std::function<PhotoRecord(const PhotoFile &)> &read);

} // namespace ReadWorkerProtocol
