#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * ExifTool (libimage-exiftool-perl, in TEST_PACKAGES) as an independent writer and reader of test files:
 * a dataset number or XMP property that Byline got wrong in both its reader and its writer would not show
 * in a round trip through Byline alone. Tests skip (BYLINE_SKIP) when it is not installed.
 */
namespace ExifTool {

[[nodiscard]] bool available();
/** Runs `exiftool -q -overwrite_original ARGS PATH` and REQUIREs it to succeed; writing a .xmp file that
 *  does not exist creates it (a sidecar). */
void write(const QString &path, const QStringList &arguments);
/** `exiftool -json -a -G1 PATH`: every tag, keyed "Group:Tag". */
[[nodiscard]] QJsonObject read(const QString &path);

} // namespace ExifTool
