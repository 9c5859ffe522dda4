#pragma once

#include "photodecoder.h"

#include <QByteArray>
#include <QSize>

#include <atomic>
#include <functional>

/**
 * The composite (merged) picture a Photoshop file (PSD or PSB) keeps after its layers when saved with
 * "Maximize compatibility", Photoshop's default: planar channels, raw or PackBits-compressed, read row by
 * row from the file. Grayscale and RGB at 8 or 16 bits are decoded, any extra channel (alpha, spot
 * colours) ignored; other modes and ZIP compression are reported, for the caller to fall back on the
 * file's thumbnail resource. Rows and columns beyond what the box needs are skipped while reading, so a
 * 300 MB PSB costs a thumbnail's memory, not the picture's.
 */
class PsdComposite
{
public:
    using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

    /** The composite scaled to fit @p box; an error (image null) when it cannot be decoded. */
    [[nodiscard]] static DecodedPhoto fitted(const ReadAt &readAt, qint64 fileSize, QSize box,
                                             const std::atomic<bool> *cancelled = nullptr);
};
