#pragma once

#include "editfield.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

/**
 * Writes edited fields into an image file's own metadata, in memory: the rules of docs/metadata.md,
 * "Writing metadata" (XMP always; IPTC IIM for JPEG and TIFF, and PNG when it has IIM already, in UTF-8
 * with 1:90 and a matching IPTCDigest; Exif IFD0 where the file already has the tag). JPEG, TIFF, PNG
 * and WebP only: other formats get a sidecar (SidecarPacketWriter). Never touches a file: the caller
 * writes the result safely (SafeFileWriter) after checking it.
 */
class EmbeddedFieldWriter
{
public:
    /** Whether files starting with @p header can take embedded writes. */
    [[nodiscard]] static bool supports(QByteArrayView header);
    /** Why the whole file @p file cannot take an embedded write (a sidecar is written instead), or empty. */
    [[nodiscard]] static QString refusal(QByteArrayView file);

    /**
     * @p original with @p changes written (an empty list clears a field) and xmp:MetadataDate set to
     * @p now; empty, with @p error set, when it cannot be done.
     */
    [[nodiscard]] static QByteArray apply(QByteArrayView original, const FieldValues &changes, const QDateTime &now,
                                          QString &error);
};
