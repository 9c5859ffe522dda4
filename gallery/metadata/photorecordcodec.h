#pragma once

#include "photorecord.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/**
 * The compact binary form of a PhotoRecord kept in the catalog: a leading format version, then every
 * field through QDataStream, text as UTF-8 (half the size of QDataStream's UTF-16 for the Latin text
 * most captions are). Decoding checks everything it reads, so a damaged blob or one written by another
 * format version is simply absent and the file gets read again.
 *
 * A decoded record equals the encoded one (operator==), with one visible difference: an mtime in
 * local time comes back as the same instant in UTC, because building local times is too slow for a
 * folder of 100,000 records (call toLocalTime() to show one).
 */
namespace PhotoRecordCodec {

/**
 * Bump when the layout or the reading rules change: blobs of another version decode as absent, so their
 * files are read again. 2: a conflicting field keeps the other store's value. 3: camera filler is
 * recognised by make, model and more, Exif text that is not UTF-8 is read as Windows-1252 when no other
 * store has the field (docs/metadata.md, "Text handling"), and PNG text chunks other than Description,
 * Title, Author and Copyright are no longer read ("PNG text"). 4: HEIF, AVIF, JPEG XL, camera RAW and
 * Photoshop files are read (they were errors or had the wrong size), and Photoshop's Ducky copyright.
 * 5: a sidecar wins over Exif and a stale IPTC ("Sidecars"), a caption's credit line ends before wire
 * notices ("Credit found in the caption"), and control characters inside a value are spaces ("Text
 * handling"). 6: stores that differ only in line ends or trailing whitespace agree ("Provenance"), and a
 * PNG cut short is an error. 7: a caption's credit line loses a closing remark with a figure in it
 * ("… (3 March 2016)", "Credit found in the caption"). 8: the wire fields (title, source, instructions,
 * usage terms, keywords, location, rating, label; "Stores and fields"). 9: the time taken keeps
 * its fraction of a second, and the camera's serial number is read ("Dates"). 10: Photo Mechanic's tag
 * (photomechanic:Tagged, "Rating and label").
 */
inline constexpr quint8 s_formatVersion = 10;

[[nodiscard]] QByteArray encode(const PhotoRecord &record);

/** The record, or nullopt when @p bytes is not a complete, valid blob of s_formatVersion. */
[[nodiscard]] std::optional<PhotoRecord> decode(QByteArrayView bytes);

} // namespace PhotoRecordCodec
