#pragma once

#include "metadatasources.h"

#include <QByteArray>
#include <QStringList>

/**
 * Reads the few XMP properties Byline shows (dc:description, dc:creator, dc:rights, photoshop:Credit,
 * photoshop:Headline, photoshop:DateCreated, exif:DateTimeOriginal, tiff:Orientation, and the wire fields
 * of docs/metadata.md, "Stores and fields") straight from the RDF/XML packet with QXmlStreamReader. Exiv2 builds the
 * whole XMP tree through the Adobe toolkit, which was about 60 % of the time of reading a photo; this reads in a
 * fraction of that. Both RDF forms are understood: properties as attributes of rdf:Description and as elements, with
 * rdf:Alt, rdf:Seq and rdf:Bag arrays. Entity expansion is capped by QXmlStreamReader (billion laughs).
 */
class XmpPacketReader
{
public:
    struct Result
    {
        StoreValues values;
        bool hasTrailingMedia = false; // a Google motion photo: a video follows the JPEG data
        QString problem;               // the packet is not well-formed XML (what parsed is kept)
    };

    [[nodiscard]] static Result read(QByteArrayView packet);
};
