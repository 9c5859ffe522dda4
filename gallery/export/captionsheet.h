#pragma once

#include "exportreport.h"

#include "credits/housestyle.h"

#include <QByteArray>
#include <QDir>
#include <QString>

/**
 * The caption sheet, index.html: one self-contained page laid out like a news photo page (a title, an
 * optional intro, then each exported photo with its caption and its credit line, as the window prints
 * them through AttributedCaption, the credit line in the desk's HouseStyle). Thumbnails are embedded as data: URIs or
 * link to the exported files; every text is HTML-escaped; a print stylesheet keeps each photo with its caption on one
 * page.
 */
class CaptionSheet
{
public:
    /** Longest edge of an embedded thumbnail: sharp at two columns on a printed A4 page. */
    static constexpr int s_thumbnailEdge = 480;

    [[nodiscard]] static QByteArray html(const QList<ExportReport::Photo> &photos, const QDir &destination,
                                         const QString &title, const QString &intro, const HouseStyle &house = {});
    /** The thumbnail JPEG embedded for an exported file (its resized copy, else the original). */
    [[nodiscard]] static QByteArray thumbnail(const QString &path);
};
