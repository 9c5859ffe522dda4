#pragma once

#include "jpegstructure.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/**
 * Copies of a JPEG header with some segments left out, for Exiv2 to read: it then parses only what
 * Byline needs from it, and one damaged segment need not cost the others. @p structure is always the
 * scan of @p header.
 */
namespace JpegHeaderCuts {

/**
 * The header without the XMP and Photoshop segments, which Byline parses itself (XmpPacketReader,
 * PhotoshopResources), so Exiv2 spends its time on Exif alone; and without APP2 (ICC profile, MPF),
 * which Byline does not use and where Exiv2 0.27.6 copies the whole profile again for every chunk
 * (CVE-2025-55304: minutes for a header of many small ICC chunks). The first XMP packet is returned in
 * @p xmp.
 */
[[nodiscard]] QByteArray exifOnly(QByteArrayView header, const JpegStructure &structure, QByteArray &xmp);
/**
 * A damaged header without the APP2 segments that could be followed (see exifOnly()); the bytes after
 * the last such segment stay as they are, for Exiv2 to make what it can of them.
 */
[[nodiscard]] QByteArray withoutApp2(QByteArrayView header, const JpegStructure &structure);
/**
 * The header with every APP1 segment removed except segment @p keep, to salvage one store when another is
 * damaged badly enough that Exiv2 gives up on the whole header.
 */
[[nodiscard]] QByteArray withOnlyApp1(QByteArrayView header, const JpegStructure &structure, qsizetype keep);
/** The first Exif APP1 and the first XMP APP1, as segment indexes: the only ones worth a retry alone. */
[[nodiscard]] QList<qsizetype> metadataApp1Segments(QByteArrayView header, const JpegStructure &structure);

} // namespace JpegHeaderCuts
