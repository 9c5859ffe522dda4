#pragma once

#include <QString>
#include <QStringList>

/**
 * A photo's date taken written for a caption, `{date:%d %B %Y}` in a template (docs/user-guide.md,
 * "Templates and code replacements"). Codes as C's strftime: %Y %y %m %B %b %d %e %j %A %a %H %M %S %%,
 * with English names whatever the desktop's language (captions go to the wire in English), and %e
 * without the space padding strftime gives it ("5 April", not " 5 April"). The date is as recorded
 * (DateTaken's form): no zone conversion.
 */
namespace DateTakenFormat {

/**
 * @p dateTaken ("2016-03-31T09:23:57+06:00", "2016-03", "2016") written by @p format. A code the date
 * has no part for (%H of a date without a time) is empty, and an unknown code stays as written; @p notes
 * gets a line for each.
 */
[[nodiscard]] QString format(const QString &dateTaken, const QString &format, QStringList &notes);

/** The date part, "2016-03-31" (or "2016-03", "2016": as much as was recorded); empty when invalid. */
[[nodiscard]] QString isoDate(const QString &dateTaken);

} // namespace DateTakenFormat
