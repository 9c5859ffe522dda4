#pragma once

#include "metadatasources.h"

#include <QByteArray>
#include <QString>

/** What to write into a file, store by store; a null value is not written. */
struct MetadataWrite
{
    enum class Digest
    {
        Matching, // IPTCDigest = MD5 of the IPTC block written: XMP and IPTC agree (what Photoshop writes)
        Stale,    // a digest of other data: IPTC edited by a tool that does not know XMP
        None,     // no IPTCDigest resource
    };

    StoreValues exif; // caption, creator, copyright, dateTaken, orientation, cameraSerial
    StoreValues iptc; // UTF-8, with 1:90 declaring it
    StoreValues xmp;
    Digest digest = Digest::Matching;
    QByteArray exifThumbnail; // a small JPEG for IFD1, or empty
};

/**
 * Writes caption and credit metadata into image files with Exiv2 (the one Exiv2 translation unit that
 * writes), and the Photoshop APP13 block of JPEGs itself, because Exiv2 0.27 leaves the IPTCDigest
 * stale when it rewrites IPTC. Used for the sample gallery, test fixtures and exported copies; never
 * on a user's original. Every function returns an empty string on success, else the reason it failed.
 */
class MetadataWriter
{
public:
    [[nodiscard]] static QString write(const QString &path, const MetadataWrite &spec);

    /** Exif and XMP through Exiv2, keeping whatever else the file holds. */
    [[nodiscard]] static QString writeExifXmp(const QString &path, const MetadataWrite &spec);

    /** Replaces the IPTC-IIM block of a JPEG with @p iim and sets the IPTCDigest as @p digest says. */
    [[nodiscard]] static QString writeJpegIptc(const QString &path, const QByteArray &iim,
                                               MetadataWrite::Digest digest);

    /** The IIM block for @p values: UTF-8 text with 1:90 = ESC % G. */
    [[nodiscard]] static QByteArray iptcBlock(const StoreValues &values);
};
