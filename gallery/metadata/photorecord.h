#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** Where a metadata value was read from: the provenance names of docs/metadata.md, "Provenance"; "png"
 *  is a PNG Description text chunk, which is none of the metadata stores. */
enum class MetadataStore
{
    Exif,
    Iptc,
    Xmp,
    Sidecar,
    Caption,
    PngText,
    ExifWindows1252, // Exif text that is not UTF-8, read as Windows-1252 because no store had the field
    Ducky,           // a JPEG's APP12 "Ducky" segment (Photoshop's Save for Web), for a copyright no store had
    RawCompanion,    // the RAW file paired with this JPEG (RawJpegPairing), for a field the JPEG lacks
};

/** The reconciled fields of a photo; each keeps its own provenance. The wire fields (Title to Label) come
 *  after the first seven so that their numbers, which PhotoRow keeps, stay as they were. */
enum class MetadataField
{
    Caption,
    Credit,
    Creator,
    Copyright,
    Headline,
    DateTaken,
    Orientation,
    Title,        // IPTC 2:05 Object Name, dc:title
    Source,       // IPTC 2:115, photoshop:Source
    Instructions, // IPTC 2:40 Special Instructions, photoshop:Instructions: embargoes, "MANDATORY CREDIT"
    UsageTerms,   // xmpRights:UsageTerms (no IIM home)
    Keywords,     // IPTC 2:25, repeated; dc:subject
    Sublocation,  // IPTC 2:92, Iptc4xmpCore:Location
    City,         // IPTC 2:90, photoshop:City
    State,        // IPTC 2:95, photoshop:State
    Country,      // IPTC 2:101, photoshop:Country
    CountryCode,  // IPTC 2:100, Iptc4xmpCore:CountryCode
    Rating,       // xmp:Rating: -1 (rejected) to 5
    Label,        // xmp:Label
    Tagged,       // photomechanic:Tagged, Photo Mechanic's pick tag: "True" or "False"
};
inline constexpr int s_metadataFieldCount = 20;

/** Whether the credit came from a metadata store, was inferred from the caption, or is missing. */
enum class CreditSource
{
    None,
    Embedded,
    Caption
};

/** Which store a field's value came from, and whether another store held a different value: then
 *  the first such store and its value, so a person can see what the files disagree about. */
struct FieldProvenance
{
    MetadataStore store = MetadataStore::Exif;
    bool conflict = false;
    MetadataStore otherStore = MetadataStore::Exif; // meaningful when conflict
    QString otherValue{};                           // the other store's value when conflict

    friend bool operator==(const FieldProvenance &, const FieldProvenance &) = default;
};

/** What another store says of a field the stores disagree about (FieldProvenance::otherStore, otherValue). */
struct FieldDisagreement
{
    MetadataField field = MetadataField::Caption;
    MetadataStore store = MetadataStore::Exif;
    QString value;

    friend bool operator==(const FieldDisagreement &, const FieldDisagreement &) = default;
};

/**
 * Everything Byline knows about one photo file: the reconciled caption and credit fields, the image
 * geometry as displayed, and why the file could not be read, if it could not.
 *
 * A copyable value: it crosses threads by copy and never refers back to the reader that made it.
 * Absent text is a null QString; absent numbers are 0, except the rating, where 0 is a value.
 */
struct PhotoRecord
{
    QString path;
    QString caption;
    QString credit;
    CreditSource creditSource = CreditSource::None;
    QString creator;
    QString copyright;
    QString headline;
    QString dateTaken; // ISO 8601 as recorded, see DateTaken
    // The wire fields a desk checks before publishing (issue 20; docs/metadata.md, "Stores and fields").
    QString title;
    QString source;
    QString instructions;
    QString usageTerms;
    QStringList keywords; // in the winning store's order; empty when no store has any
    QString sublocation;
    QString city;
    QString state;
    QString country;
    QString countryCode;
    std::optional<int> rating; // -1 (rejected) to 5, 0 "unrated" as a file may say; absent when none does
    QString label;
    bool tagged = false; // Photo Mechanic's tag, the desk's pick (photomechanic:Tagged True)
    int width = 0;       // as displayed (orientations 5-8 swap the stored size)
    int height = 0;
    int orientation = 0; // Exif orientation 1-8; 0 when no store records one
    QString format;      // from the content: "jpeg", "png", ...
    // The camera body's serial number (Exif, the maker notes, XMP aux:SerialNumber): with the time taken, it
    // keeps each camera's burst together when two cameras took photos in the same instant. Empty when unknown.
    QString cameraSerial;
    qint64 fileSize = 0;
    QDateTime mtime;
    // Where each field's value came from: read and set through provenanceOf() and setProvenance(). Kept
    // small, as PhotoRow keeps it, because loading a folder from the catalog holds all its records at once:
    // a FieldProvenance per field would cost 760 bytes a record, 75 MB for 100,000 photos, where a byte
    // per field (0 without a value) and the rare disagreement on its own cost about 40.
    std::array<quint8, s_metadataFieldCount> provenanceBytes{};
    QList<FieldDisagreement> disagreements; // in field order
    QString error;                          // why the file cannot be shown as an image; empty when it can
    QStringList warnings;
    // The camera RAW shown as one photo with this rendition (docs/metadata.md, "RAW+JPEG pairs"): set by
    // the scan on the pair's record only, never on a record read from one file, so the catalog and the
    // helper's binary form never carry it. Empty and 0 for a photo that is not a pair.
    QString companionPath;
    qint64 companionSize = 0;
    // The credit as the files spell it, when the folder's accepted alias corrected it (CreditCorrection;
    // docs/metadata.md, "Credit names in the facet list"): set by the scan only, like the companion, so
    // the catalog and the helper's binary form keep what the files say. Empty when nothing was corrected.
    QString creditCorrectedFrom;

    [[nodiscard]] std::optional<FieldProvenance> provenanceOf(MetadataField field) const;
    void setProvenance(MetadataField field, const FieldProvenance &value);
    /** No store holds the field's value (the desk set it and it is not written yet). */
    void clearProvenance(MetadataField field);
    [[nodiscard]] bool hasError() const { return !error.isEmpty(); }
    [[nodiscard]] bool hasCompanion() const { return !companionPath.isEmpty(); }
    [[nodiscard]] bool isCorrected() const { return !creditCorrectedFrom.isEmpty(); }

    friend bool operator==(const PhotoRecord &, const PhotoRecord &) = default;
};

Q_DECLARE_METATYPE(PhotoRecord)

[[nodiscard]] QString metadataStoreName(MetadataStore store);
[[nodiscard]] QString metadataFieldName(MetadataField field);
[[nodiscard]] QString creditSourceName(CreditSource source);
