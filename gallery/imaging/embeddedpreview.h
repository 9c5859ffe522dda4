#pragma once

#include "photodecoder.h"

#include "metadata/exiv2extractor.h"

#include <QSize>
#include <QString>

#include <functional>

/**
 * A photo shown from a picture embedded in its file. A camera RAW file is always shown so, the way Photo
 * Mechanic and digiKam's previews show one: from the JPEG previews the camera embedded (a full-size one in
 * most NEF, CR2, CR3, ARW, RAF, ORF and DNG files), never by developing the sensor data; a Photoshop file
 * whose composite Byline cannot decode, from its thumbnail resource. The preview shares the file's Exif
 * orientation and is turned by it.
 */
class EmbeddedPreview
{
public:
    /** Finds a file's embedded preview (the smallest of at least the edge, else the largest). */
    using Lookup = std::function<Exiv2Extractor::Preview(const QString &path, int minEdge)>;

    /** Exiv2 in this process. */
    [[nodiscard]] static Exiv2Extractor::Preview inProcess(const QString &path, int minEdge);

    /** The preview that best fits @p box, scaled into it and upright; an error when the file has none. */
    [[nodiscard]] static DecodedPhoto fitted(const QString &path, QSize box, const Lookup &lookup = inProcess);
};
