#pragma once

#include "metadatasources.h"
#include "originalmetadata.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

/**
 * Carries every metadata store of an original into an exported JPEG (docs/metadata.md, "What export
 * writes"): the original's Exif (camera, exposure, GPS, lens, dates, maker notes) without what described
 * the old pixels, its whole IPTC-IIM block (IptcTransplant) and its XMP packet merged with its sidecar,
 * then the fields Byline writes set in every store, orientation 1, the copy's own pixel size, and an
 * IPTCDigest that matches. The Exiv2 glue of export: Exiv2 encodes the Exif and the XMP; the JPEG's
 * segments are Byline's own (JpegMetadataSplice), so the image data is never touched.
 */
class MetadataTransplant
{
public:
    struct Copy
    {
        StoreValues written; // caption, creator, copyright, credit, headline; a null one keeps the original's
        QSize size;          // the copy's pixels, upright
    };

    struct Result
    {
        QByteArray jpeg; // empty on error
        QString error;
        QStringList warnings; // what was left out, and why
    };

    /** @p jpeg (upright pixels) with @p original's metadata and @p copy's fields. */
    [[nodiscard]] static Result apply(const OriginalMetadata &original, QByteArrayView jpeg, const Copy &copy);
};
