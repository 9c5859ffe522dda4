#pragma once

#include "jpegstructure.h"

#include <QList>
#include <QSize>

#include <optional>

/**
 * The JPEG previews a TIFF-based camera RAW file (NEF, NRW, CR2, ARW, DNG, PEF, SRW, RW2, ...) embeds, found
 * by walking its IFDs: the JPEGInterchangeFormat pair, single JPEG strips, and Panasonic's JpgFromRaw tag.
 * Offsets only: the caller reads the bytes it picks straight from the file.
 *
 * Byline's own walk, bounded and in process, so that showing a RAW tile costs what showing its preview as a
 * JPEG costs: asking Exiv2 means a helper process (it is not safe on hostile files) and the preview's
 * megabytes through a pipe. Previews in maker notes (Nikon's PreviewIFD, Olympus, Canon CR3, Fujifilm) are
 * left to Exiv2. Every candidate is checked to be a JPEG whose frame an 8-bit decoder can read, which
 * leaves out lossless-JPEG sensor data.
 */
class TiffPreviews
{
public:
    static constexpr int s_maxIfds = 32;      // IFD0, its chain and SubIFDs: real files have under ten
    static constexpr int s_maxEntries = 1024; // per IFD; real ones have under 100
    static constexpr int s_maxSubIfds = 16;
    static constexpr qint64 s_maxJpegHeader = 1024 * 1024;          // a preview's own Exif can be tens of KB
    static constexpr int s_maxCandidates = 16;                      // real files have two or three
    static constexpr qint64 s_maxPreviewBytes = 64LL * 1024 * 1024; // a 100 MP camera's full-size JPEG: ~40 MB

    struct Preview
    {
        qint64 offset = 0;
        qint64 length = 0;
        QSize size; // as stored, from the JPEG's frame header
    };

    struct Found
    {
        QList<Preview> previews; // sorted by area, smallest first; one per offset
        int orientation = 0;     // IFD0's Orientation (1-8), which the previews share; 0 when absent
    };

    [[nodiscard]] static Found find(const JpegStructure::ReadAt &readAt, qint64 fileSize);

    /** The smallest preview whose longer edge is at least @p minEdge (as Exiv2's choice), if any. */
    [[nodiscard]] static std::optional<Preview> smallestCovering(const QList<Preview> &previews, int minEdge);
};
