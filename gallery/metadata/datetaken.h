#pragma once

#include <QString>

/**
 * Dates as docs/metadata.md, "Dates", shows them: ISO 8601 "YYYY-MM-DDTHH:MM:SS[.s]" as recorded, with the
 * fraction of a second and the zone offset kept when the source has them, and no conversion between zones.
 * Invalid or placeholder dates ("0000:00:00 00:00:00", blanks) are absent (a null string).
 */
namespace DateTaken {

/** Exif DateTimeOriginal ("YYYY:MM:DD HH:MM:SS") plus the optional OffsetTimeOriginal ("+HH:MM") and
 *  SubSecTimeOriginal ("045": the digits of the fraction). */
[[nodiscard]] QString fromExif(const QString &dateTime, const QString &offset = {}, const QString &subSeconds = {});

/** IPTC 2:55 DateCreated ("CCYYMMDD") and 2:60 TimeCreated ("HHMMSS±HHMM", may be absent). */
[[nodiscard]] QString fromIptc(const QString &date, const QString &time);

/** An XMP date ("YYYY", "YYYY-MM-DD", "YYYY-MM-DDThh:mm[:ss[.s]][Z|±hh:mm]"). */
[[nodiscard]] QString fromXmp(const QString &value);

/** Whether two normalised dates name the same moment as far as both are precise (a date-only value
 *  agrees with any time that day; an offset on one side only is not a disagreement). */
[[nodiscard]] bool agree(const QString &a, const QString &b);

} // namespace DateTaken
