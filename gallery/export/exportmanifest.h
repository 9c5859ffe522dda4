#pragma once

#include "exportreport.h"

#include <QByteArray>
#include <QDir>

/**
 * manifest.csv and manifest.json: one row per exported image file (originals and resized copies),
 * with the keys file, caption, credit, creditSource, creator, copyright, date, size and sha256, and the
 * RAW of a RAW+JPEG pair exported with it: in CSV the columns companion, companionSize and
 * companionSha256 (empty without one), in JSON companion: {file, size, sha256} or null. A pair is one
 * photo, so its RAW is not a row of its own. File
 * names are relative to the destination. CSV follows RFC 4180 (CRLF, every field quoted when it holds
 * a comma, quote or line break, quotes doubled) and starts with a UTF-8 byte-order mark, without
 * which Excel reads UTF-8 as a legacy code page.
 */
class ExportManifest
{
public:
    [[nodiscard]] static QByteArray csv(const QList<ExportReport::Photo> &photos, const QDir &destination);
    [[nodiscard]] static QByteArray json(const QList<ExportReport::Photo> &photos, const QDir &destination);
    /** RFC 4180 quoting of one field. */
    [[nodiscard]] static QString csvField(const QString &value);
};
