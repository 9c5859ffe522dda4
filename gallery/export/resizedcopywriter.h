#pragma once

#include "exportreport.h"

#include "metadata/metadatawriter.h"
#include "metadata/photorecord.h"

#include <QString>

#include <atomic>

/**
 * Makes the resized JPEG of one photo, carrying its caption, credit, creator, copyright, headline and
 * date: pixels decoded scaled and upright (PhotoDecoder::fitted), encoded at the chosen quality into a
 * StagedFile, the fields written to Exif, IPTC (UTF-8 with 1:90) and XMP with a matching IPTCDigest
 * and orientation 1, then read back with MetadataReader and compared field by field before the file
 * takes its final name. A mismatch is an error for that photo.
 */
class ResizedCopyWriter
{
public:
    struct Result
    {
        ExportReport::Output output;
        QString error;
    };

    /** What is written for @p record (orientation 1: the pixels are already upright). */
    [[nodiscard]] static MetadataWrite metadataFor(const PhotoRecord &record);

    /** Writes @p record's copy to @p target (a free name in an existing folder). */
    [[nodiscard]] static Result write(const PhotoRecord &record, const QString &target, int longEdge, int quality,
                                      const std::atomic<bool> &cancelled);

    /** The differences between what @p meant and what the file @p path reads as; empty when none. */
    [[nodiscard]] static QStringList verify(const QString &path, const PhotoRecord &meant);
};
