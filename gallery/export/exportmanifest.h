#pragma once

#include "exportreport.h"

#include <QByteArray>
#include <QDir>

/**
 * manifest.csv and manifest.json: one row per exported image file (originals and resized copies),
 * with the keys file, caption, credit, creditSource, creator, copyright, date, size and sha256. File
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
