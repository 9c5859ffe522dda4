#pragma once

#include "editfield.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * Writes edited fields into an image file's own metadata, in memory: the rules of docs/metadata.md,
 * "Writing metadata" (XMP always; IPTC IIM for JPEG and TIFF, in UTF-8 with 1:90; Exif IFD0 where the file
 * already has the tag). JPEG, TIFF, PNG and WebP only, and not every such file (refusal()): the others get
 * a sidecar (SidecarPacketWriter). Never touches a file: the caller checks the result and writes it
 * safely (MetadataEditor, SafeFileWriter).
 */
class EmbeddedFieldWriter
{
public:
    struct Result
    {
        QByteArray bytes; // the whole new file; empty on failure
        QString error;
        QList<EditField> exifWritten; // the fields whose Exif tag was rewritten
        bool iimWritten = false;
        // Fields copied from IPTC into XMP because the file's IPTCDigest was stale (IPTC was the newer and
        // wins, rule 3) and the write makes the digest current, after which XMP would win.
        FieldValues xmpSynced;
    };

    /** Whether files starting with @p header can take embedded writes at all. */
    [[nodiscard]] static bool supports(QByteArrayView header);
    /** Why the whole file @p file cannot take an embedded write (a sidecar is written instead), or empty. */
    [[nodiscard]] static QString refusal(QByteArrayView file);

    /** @p original with @p changes written (an empty list clears a field) and xmp:MetadataDate @p now.
     *  A JPEG's new bytes go into @p buffer's memory when it has room (a writer reuses it photo after
     *  photo rather than take fresh pages for each). */
    [[nodiscard]] static Result apply(QByteArrayView original, const FieldValues &changes, const QDateTime &now,
                                      QByteArray buffer = {});
};
