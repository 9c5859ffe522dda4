#pragma once

#include "photorecord.h"
#include "photoshopresources.h"

#include <QString>
#include <QStringList>

/** The candidate values one metadata store holds, already decoded and cleaned (absent = null). */
struct StoreValues
{
    QString caption;
    QString creator; // repeated creators already joined with "; "
    QString copyright;
    QString credit;
    QString headline;
    QString dateTaken; // normalised by DateTaken
    int orientation = 0;
    // The wire fields (docs/metadata.md, "Stores and fields"); Exif has none of them.
    QString title;
    QString source;
    QString instructions;
    QString usageTerms;
    QStringList keywords;
    QString sublocation;
    QString city;
    QString state;
    QString country;
    QString countryCode;
    QString rating; // "-1" to "5", already checked (XmpPacketReader)
    QString label;
    QString tagged; // "True" or "False", already checked (XmpPacketReader)
    // Not a reconciled field: the first store that names the camera's serial number gives it
    // (PhotoRecord::cameraSerial).
    QString cameraSerial;

    // Joins the keywords in text(): the unit separator, which TextDecoding::cleaned never leaves in a value,
    // so no keyword can hold it.
    static constexpr char16_t s_listSeparator = u'\x1F';

    /** The text value of @p field (orientation as a number, keywords joined by s_listSeparator, or null
     *  when absent). */
    [[nodiscard]] QString text(MetadataField field) const;
    [[nodiscard]] bool isEmpty() const;
};

/**
 * What every store of one file says, before any precedence is applied: the input of
 * MetadataReconciler, kept apart from Exiv2 so the rules can be tested on plain values.
 */
struct MetadataSources
{
    StoreValues exif;
    StoreValues iptc;
    StoreValues xmp;     // embedded XMP
    StoreValues sidecar; // XMP sidecar file, overriding embedded XMP field by field
    // Exif text that is not valid UTF-8, read as Windows-1252: absent for rule 1, but shown when no store
    // has the field at all (an old camera's "(C)Hendrik W\xF6rdehoff").
    StoreValues exifWindows1252;
    // PNG text chunks (Description, Title, Author, Copyright): the last resort for their fields.
    StoreValues png;
    // Photoshop "Save for Web"'s APP12 Ducky copyright: the last resort for the copyright.
    StoreValues ducky;
    bool hasIptc = false; // an IPTC block is present, even if it holds none of our fields
    PhotoshopResources::DigestState digest = PhotoshopResources::DigestState::Absent;
};
