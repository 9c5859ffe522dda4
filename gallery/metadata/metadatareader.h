#pragma once

#include "photofile.h"
#include "photorecord.h"

/**
 * Reads one photo file into a PhotoRecord: its format from the content, its pixel size from the header,
 * and every caption and credit field reconciled by metadata-rules.md. Never throws and never decodes
 * pixels; a file that cannot be read comes back with error set, and damaged metadata in a readable
 * image comes back as warnings. Reentrant: threads may read different files at the same time once
 * Exiv2Extractor::initialize() has run.
 */
class MetadataReader
{
public:
    /** Sidecars past this size are ignored with a warning: real ones are a few kilobytes. */
    static constexpr qint64 s_maxSidecarBytes = 16 * 1024 * 1024;
    /** A JPEG header (every segment before the image data) past this size is damage, not metadata. */
    static constexpr qint64 s_maxJpegHeaderBytes = 32 * 1024 * 1024;

    [[nodiscard]] static PhotoRecord read(const PhotoFile &file);
    [[nodiscard]] static PhotoRecord read(const QString &path);

    /** The sidecar of @p imagePath on disk: "IMG_1.xmp" first, then "IMG_1.jpg.xmp"; empty if none. */
    [[nodiscard]] static QString findSidecar(const QString &imagePath);
};
