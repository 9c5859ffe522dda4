#pragma once

#include "photodecoder.h"

#include <QByteArrayView>
#include <QSize>
#include <QString>

#include <atomic>

/**
 * JPEG XL pictures (bare codestreams and containers) through libjxl, upright by the codestream's own
 * orientation (an Exif Orientation in the file is not applied a second time). libjxl has no scaled decode,
 * so the first frame is decoded whole, to 8 bits a channel, and scaled to fit. Reentrant.
 */
class JpegXlDecoder
{
public:
    /**
     * The picture scaled to fit @p box. @p bytes is the whole file; when it is empty (a file too large to
     * hold in memory) the file at @p path is read in pieces as libjxl asks for them.
     */
    [[nodiscard]] static DecodedPhoto fitted(QByteArrayView bytes, const QString &path, QSize box,
                                             const std::atomic<bool> *cancelled = nullptr);
};
