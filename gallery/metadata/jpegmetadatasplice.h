#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * A JPEG with its metadata segments replaced and its pixels untouched: the header is rebuilt from the
 * JPEG's own coding segments (JFIF, tables, frame, ICC profile, Adobe's colour transform) and the new
 * Exif, XMP and Photoshop segments, and everything from the start of scan on is copied byte for byte.
 * What described the old file and no longer fits is left out: MPF (its offsets point into the old file),
 * JUMBF (C2PA manifests sign the old bytes), a JFXX thumbnail. Byline's own parser (JpegStructure); no
 * Exiv2.
 */
class JpegMetadataSplice
{
public:
    /** The largest payload of one JPEG marker segment: its 16-bit length counts itself. */
    static constexpr qsizetype s_maxPayload = 65533;
    static const QByteArray s_exifSignature; // "Exif\0\0"
    static const QByteArray s_xmpSignature;  // "http://ns.adobe.com/xap/1.0/\0"

    struct Segments
    {
        QByteArray exif;               // TIFF-structured; empty for none
        QByteArray xmp;                // a packet; empty for none
        QByteArray photoshopResources; // an image-resource block, split over APP13 segments as Photoshop does
        QByteArray icc;                // written only when the JPEG carries no profile of its own
        QList<QByteArray> carried;     // whole segments from the original (comments, APP12, XMP extension)
    };

    struct Result
    {
        QByteArray jpeg; // empty on error
        QString error;
        QStringList warnings; // what did not fit and was left out
    };

    [[nodiscard]] static Result splice(QByteArrayView jpeg, const Segments &segments);
};
