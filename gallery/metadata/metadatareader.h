#pragma once

#include "photofile.h"
#include "photorecord.h"

/**
 * Reads one photo file into a PhotoRecord: its format from the content, its pixel size from the header,
 * and every caption and credit field reconciled by docs/metadata.md, "Which value wins". Never throws and
 * never decodes pixels; a file that cannot be read comes back with error set, and damaged metadata in a
 * readable image comes back as warnings. Reentrant: threads may read different files at the same time
 * once Exiv2Extractor::initialize() has run.
 */
class MetadataReader
{
public:
    /** A JPEG header (every segment before the image data) past this size is damage, not metadata. */
    static constexpr qint64 s_maxJpegHeaderBytes = 32 * 1024 * 1024;
    /** A caption is a paragraph or a page (IPTC allows 2,000 bytes); longer fields are cut, with a warning. */
    static constexpr qsizetype s_maxFieldChars = 32 * 1024;

    [[nodiscard]] static PhotoRecord read(const PhotoFile &file);
    /** Reads @p path, looking for its sidecar on disk (XmpSidecar::find). */
    [[nodiscard]] static PhotoRecord read(const QString &path);
};
