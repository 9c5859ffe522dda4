#pragma once

#include "metadata/nativepath.h"
#include "metadata/pendingmark.h"
#include "metadata/photorecord.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <array>

/**
 * One photo as the models keep it: everything a view shows, in about a kilobyte. Text is stored as
 * UTF-8 in one block (QString would double it and add an allocation per field), together with a folded
 * search key built once, so filtering 100,000 rows never re-normalises text.
 */
class PhotoRow
{
public:
    /** The text fields kept in the block, in order. */
    // Disagreements: what the other store says of each conflicting field (see provenance()).
    // Companion: the path of the RAW shown as one photo with this one, empty when it is no pair.
    // CreditCorrectedFrom: the credit as the files spell it when an accepted alias corrected it.
    // Title to Label: the wire fields, after the others so that reading those scans no further than before;
    // Keywords joined as Warnings are. CameraSerial: PhotoRecord::cameraSerial, for the time-taken sort.
    enum class Text
    {
        Caption,
        Credit,
        Creator,
        Copyright,
        Headline,
        DateTaken,
        Format,
        Error,
        Warnings,
        Disagreements,
        Companion,
        CreditCorrectedFrom,
        Title,
        Source,
        Instructions,
        UsageTerms,
        Keywords,
        Sublocation,
        City,
        State,
        Country,
        CountryCode,
        Label,
        CameraSerial,
        Count
    };

    PhotoRow() = default;
    [[nodiscard]] static PhotoRow fromRecord(const PhotoRecord &record);
    /** The full record again (for export and the catalog). */
    [[nodiscard]] PhotoRecord toRecord() const;
    /** This row with the desk's pending rating, label and tag in place of the file's: the values a view shows,
     *  with no store to name for them (the file does not hold them yet). */
    [[nodiscard]] PhotoRow withMark(const PendingMark &mark) const;

    /** The path in NativePath form: a name that is not UTF-8 keeps its bytes. */
    [[nodiscard]] QString path() const { return NativePath::decode(pathBytes()); }
    /** The path's bytes on disk (UTF-8 unless the name is not). */
    [[nodiscard]] QByteArrayView pathBytes() const { return QByteArrayView(m_block).first(m_pathSize); }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString text(Text field) const { return QString::fromUtf8(textUtf8(field)); }
    [[nodiscard]] QByteArrayView textUtf8(Text field) const;
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] QStringList keywords() const;
    /** xmp:Rating, -1 (rejected) to 5; nullopt when the file has none. */
    [[nodiscard]] std::optional<int> rating() const;
    /** Photo Mechanic's tag (photomechanic:Tagged True): the desk's pick. */
    [[nodiscard]] bool tagged() const { return m_tagged; }

    /** "filename\ncaption\ncredit\ncreator\nheadline\n..." and the wire fields, each keyword on its own line,
     *  folded (SearchText::fold). */
    [[nodiscard]] QByteArrayView searchKey() const { return QByteArrayView(m_block).sliced(m_searchKeyStart); }
    /** The block that holds the path, so a hash key can point into it without a copy. */
    [[nodiscard]] const QByteArray &block() const { return m_block; }
    /** The folded file name, the first part of the search key: the name sort order. */
    [[nodiscard]] QByteArrayView nameKey() const;
    /** The folded caption, the search key's second part ("" without one): the caption sort order. */
    [[nodiscard]] QByteArrayView captionKey() const;

    [[nodiscard]] CreditSource creditSource() const { return CreditSource(m_creditSource); }
    [[nodiscard]] std::optional<FieldProvenance> provenance(MetadataField field) const;
    [[nodiscard]] bool hasConflict() const;
    [[nodiscard]] bool hasError() const { return !textUtf8(Text::Error).isEmpty(); }
    [[nodiscard]] qint64 fileSize() const { return m_fileSize; }
    /** The RAW companion's path ("" when the photo is no RAW+JPEG pair) and size in bytes. */
    [[nodiscard]] QString companionPath() const { return NativePath::decode(textUtf8(Text::Companion)); }
    [[nodiscard]] bool hasCompanion() const { return !textUtf8(Text::Companion).isEmpty(); }
    [[nodiscard]] qint64 companionSize() const { return m_companionSize; }
    [[nodiscard]] qint64 mtimeMs() const { return m_mtimeMs; }
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] int orientation() const { return m_orientation; }

    /** What changes whenever the file does (the scan's change stamp, PhotoFile::metadataStamp(), else the
     *  mtime): image URLs carry it, so a replaced file is never shown with its former picture. */
    [[nodiscard]] quint64 version() const { return m_stamp ? quint64(m_stamp) : quint64(m_mtimeMs); }
    void setStamp(qint64 stamp) { m_stamp = stamp; }

    /** The model's id for this row's credit group (CreditIndex), -1 without a credit. */
    [[nodiscard]] int creditId() const { return m_creditId; }
    void setCreditId(int id) { m_creditId = id; }

    friend bool operator==(const PhotoRow &, const PhotoRow &) = default;

private:
    static constexpr qint8 s_noRating = -128;

    // One allocation per row: the path, '\0', each Text field followed by '\0', then the search key.
    // Three separate arrays cost about 150 bytes more per photo in headers and allocator overhead.
    QByteArray m_block;
    quint32 m_pathSize = 0;
    quint32 m_searchKeyStart = 0;
    qint64 m_fileSize = 0;
    qint64 m_mtimeMs = 0;
    qint64 m_stamp = 0;
    qint64 m_companionSize = 0;
    qint32 m_width = 0;
    qint32 m_height = 0;
    qint32 m_creditId = -1;
    quint8 m_orientation = 0;
    quint8 m_creditSource = 0;
    qint8 m_rating = s_noRating;
    bool m_tagged = false;
    // Per field: bit 7 present, bit 6 conflict, low bits the store.
    std::array<quint8, s_metadataFieldCount> m_provenance{};
};

Q_DECLARE_METATYPE(PhotoRow)
