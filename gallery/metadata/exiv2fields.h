#pragma once

#include "editfield.h"

namespace Exiv2 {
class ExifData;
class XmpData;
} // namespace Exiv2

/**
 * The edited fields as Exiv2 holds them in XMP and Exif (docs/metadata.md, "Writing metadata"): the glue
 * that the embedded writer, the sidecar writer and the verifying re-read share, so they agree on every
 * property's form (a lang-alt's x-default, a creator sequence, a keyword bag).
 */
namespace Exiv2Fields {
[[nodiscard]] QStringList xmp(const Exiv2::XmpData &xmp, EditField field);
/** Replaces @p field's property; an empty list removes it. */
void setXmp(Exiv2::XmpData &xmp, EditField field, const QStringList &values);
/** Every field @p xmp has. */
[[nodiscard]] FieldValues allXmp(const Exiv2::XmpData &xmp);

/** The IFD0 text of @p field (creators split at "; "), empty when Exif has no home for it or no value. */
[[nodiscard]] QStringList exif(const Exiv2::ExifData &exif, EditField field);
[[nodiscard]] bool hasExif(const Exiv2::ExifData &exif, EditField field);
/** Replaces the IFD0 tag of @p field; an empty list removes it. */
void setExif(Exiv2::ExifData &exif, EditField field, const QStringList &values);
[[nodiscard]] FieldValues allExif(const Exiv2::ExifData &exif);
} // namespace Exiv2Fields
