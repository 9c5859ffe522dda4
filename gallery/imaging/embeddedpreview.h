#pragma once

#include "photodecoder.h"

#include "metadata/exiv2extractor.h"

#include <QSize>
#include <QString>

#include <functional>

/**
 * A photo shown from a picture embedded in its file. A camera RAW file is always shown so, the way Photo
 * Mechanic and digiKam's previews show one: from the JPEG previews the camera embedded (a full-size one in
 * most NEF, CR2, ARW, RAF, ORF and DNG files; 1620 x 1080 for CR3 through Exiv2 0.27.6), never by developing
 * the sensor data; a Photoshop file
 * whose composite Byline cannot decode, from its thumbnail resource. The preview shares the file's Exif
 * orientation and is turned by it.
 */
class EmbeddedPreview
{
public:
    /** Exiv2 in this process. */
    [[nodiscard]] static Exiv2Extractor::Preview inProcess(const QString &path, int minEdge);

    /**
     * The preview that best fits @p box (the smallest of at least its edge, else the largest), scaled into
     * it and upright; an error when the file has none. Byline's own walk of the file's IFDs (TiffPreviews)
     * is asked first, in this process; @p lookup (Exiv2, usually in a helper process; empty: inProcess())
     * only when that finds no preview large enough, since Exiv2 also sees the maker notes' previews.
     */
    [[nodiscard]] static DecodedPhoto fitted(const QString &path, QSize box, const PreviewLookup &lookup = {});
};
