#pragma once

#include "editfield.h"
#include "photoshopresources.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QSet>
#include <QString>

/**
 * Every editable field as each store of one file holds it: what the edit preview shows as the old value
 * and what the writer's re-read compares, store by store, with what it meant to write.
 */
struct StoreFields
{
    FieldValues exif;
    FieldValues iptc;
    FieldValues xmp;
    bool hasExif = false;              // an Exif block, whatever it holds
    QSet<EditField> exifTags;          // the fields whose IFD0 tag is present, blank or not
    QMap<QString, QByteArray> exifAll; // every Exif key with its value's bytes: what a write must keep
    QMap<QString, QString> xmpAll;     // every XMP key with its value as text
    bool xmpUnreadable = false;        // the file has an XMP packet Exiv2 cannot parse
    bool hasIptc = false;
    QByteArray iim; // the IPTC-IIM block as stored, empty for none
    PhotoshopResources::DigestState digest = PhotoshopResources::DigestState::Absent;

    /** Reads the file in @p bytes (any format Exiv2 reads); on failure @p error says why. */
    [[nodiscard]] static StoreFields read(QByteArrayView bytes, QString &error);
    /** The fields an XMP sidecar's packet holds; @p error when it is not XMP Exiv2 can parse. */
    [[nodiscard]] static FieldValues readPacket(QByteArrayView packet, QString &error);

    /** One value per field as readers settle it without a digest to consult: XMP, else IPTC, else Exif. */
    [[nodiscard]] FieldValues merged() const;
};
