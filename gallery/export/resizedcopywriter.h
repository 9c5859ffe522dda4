#pragma once

#include "exportreport.h"

#include "metadata/metadatasources.h"
#include "metadata/photorecord.h"

#include <QString>
#include <QStringList>

#include <atomic>

/**
 * Makes the resized JPEG of one photo carrying every metadata field of the original
 * (docs/metadata.md, "What export writes"): pixels decoded scaled and upright (PhotoDecoder::fitted) and
 * encoded at the chosen quality, or, for a JPEG original that already fits and stands upright, the
 * original's own image data, never encoded again and never enlarged; then the original's Exif, IPTC and
 * XMP (with its sidecar) carried across by MetadataTransplant with the record's caption, credit, creator,
 * copyright and headline in every store, orientation 1 and a matching IPTCDigest. The file is staged,
 * read back with MetadataReader and compared field by field (and every IPTC dataset of the original)
 * before it takes its final name. A mismatch is an error for that photo.
 */
class ResizedCopyWriter
{
public:
    struct Result
    {
        ExportReport::Output output;
        QString error;
        QStringList warnings; // metadata of the original that the copy could not carry, and why
    };

    /** The fields written into every store for @p record; null where the record has nothing. */
    [[nodiscard]] static StoreValues writtenFor(const PhotoRecord &record);

    /** Writes @p record's copy to @p target (a free name in an existing folder). */
    [[nodiscard]] static Result write(const PhotoRecord &record, const QString &target, int longEdge, int quality,
                                      const std::atomic<bool> &cancelled);

    /** The differences between what @p meant and what the file @p path reads as; empty when none. */
    [[nodiscard]] static QStringList verify(const QString &path, const PhotoRecord &meant);
};
