#pragma once

#include "exportreport.h"

#include "credits/housestyle.h"

#include <QByteArray>
#include <QDir>

/**
 * manifest.csv and manifest.json: one row per exported image file (originals and resized copies),
 * with the keys file, caption, credit, creditSource, creator, copyright, date, size and sha256, and the
 * RAW of a RAW+JPEG pair exported with it: in CSV the columns companion, companionSize and
 * companionSha256 (empty without one), in JSON companion: {file, size, sha256} or null; and last,
 * creditLine: the credit line the caption sheet prints in the desk's HouseStyle ("Credit: Tim Kopra/NASA"),
 * beside credit as the files say it (after aliases). A pair is one photo, so its RAW is not a row of its
 * own. File
 * names are relative to the destination. CSV follows RFC 4180 (CRLF, every field quoted when it holds
 * a comma, quote or line break, quotes doubled) and starts with a UTF-8 byte-order mark, without
 * which Excel reads UTF-8 as a legacy code page.
 */
class ExportManifest
{
public:
    [[nodiscard]] static QByteArray csv(const QList<ExportReport::Photo> &photos, const QDir &destination,
                                        const HouseStyle &house = {});
    [[nodiscard]] static QByteArray json(const QList<ExportReport::Photo> &photos, const QDir &destination,
                                         const HouseStyle &house = {});
    /** RFC 4180 quoting of one field. */
    [[nodiscard]] static QString csvField(const QString &value);
};
