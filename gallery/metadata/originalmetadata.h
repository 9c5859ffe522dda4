#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Every metadata store of one original, whole and as bytes, for an exported copy to carry
 * (docs/metadata.md, "What export writes"): its Exif, IPTC-IIM block, Photoshop resources, XMP packet,
 * XMP sidecar and ICC profile, and for a JPEG the segments that hold metadata no store does (comments,
 * APP12, the extension of an XMP packet too large for one segment). A JPEG and a JPEG XL are read by
 * Byline's own parsers; every other format through Exiv2Extractor, under the reader's limits.
 */
struct OriginalMetadata
{
    QByteArray exif;                // TIFF-structured, from the byte-order mark on
    QByteArray iptc;                // the IIM block
    QByteArray photoshopResources;  // the image-resource block, when the format has one
    QByteArray xmp;                 // the embedded packet
    QByteArray sidecarXmp;          // the packet of the sidecar beside the original (docs/metadata.md, "Sidecars")
    QByteArray icc;                 // the ICC profile, where the format's container holds one Byline reads
    QList<QByteArray> jpegSegments; // whole segments (marker and length included), in file order
    QStringList warnings;

    /** Reads the original at @p path (a NativePath); what cannot be read is a warning, never an error. */
    [[nodiscard]] static OriginalMetadata read(const QString &path);
};
