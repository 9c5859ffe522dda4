#pragma once

#include "photodecoder.h"

#include <QByteArrayView>
#include <QImage>
#include <QSize>
#include <QString>

#include <atomic>

/**
 * HEIF (HEIC from phones) and AVIF pictures through libheif, whose HEVC and AV1 decoders Debian builds
 * in. libheif turns every picture upright by the file's own transforms (irot, imir, clap), which are
 * what HEIF readers follow: the Exif Orientation a phone also writes describes the same turn and is not
 * applied a second time. Neither format decodes at a reduced scale, so a thumbnail comes from the file's
 * thumbnail item (a downscaled copy phones store beside the photo) whenever it is large enough, and from
 * the whole picture otherwise. Reentrant.
 */
class HeifDecoder
{
public:
    /**
     * The photo scaled to fit @p box: from the thumbnail item when its longer edge reaches the box's
     * (then fromPreview is set), else the primary image decoded whole and scaled down. @p bytes is the
     * whole file; when it is empty (a file too large to hold in memory) libheif reads @p path itself.
     */
    [[nodiscard]] static DecodedPhoto fitted(QByteArrayView bytes, const QString &path, QSize box,
                                             const std::atomic<bool> *cancelled = nullptr);
    /** The largest thumbnail item, upright and fitted into @p edge; null when the file has none. */
    [[nodiscard]] static QImage thumbnail(const QString &path, int edge);
};
