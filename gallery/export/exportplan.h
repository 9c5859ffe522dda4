#pragma once

#include "exportoptions.h"

#include "metadata/photorecord.h"

#include <QList>
#include <QString>

/**
 * Every file an export will write, named before any is written: the name template rendered and
 * sanitised for each photo, then made unique against the files already in the destination and the
 * names planned before it (NameReservations). Originals and resized copies share the destination, or
 * go to "originals/" and "resized/" under it when both are asked for. A sidecar keeps its photo's new
 * name in the convention it had ("IMG_1.xmp" or "IMG_1.jpg.xmp"). A RAW+JPEG pair's RAW is exported with
 * its JPEG's original, named by the same template with its own extension: the two (and their sidecars)
 * take the same free stem together, so they stay a pair ("IMG_1 (2).jpg" and "IMG_1 (2).nef"); a sidecar
 * both share ("IMG_1.xmp") is copied once.
 */
class ExportPlan
{
public:
    struct Item
    {
        PhotoRecord record;
        int number = 0;
        QString originalTarget; // empty when originals are not exported
        QString sidecarSource;  // the original's XMP sidecar, if it has one and originals are exported
        QString sidecarTarget;
        QString resizedTarget; // empty when resized copies are not exported
        // A RAW+JPEG pair's RAW (record.companionPath), when originals are exported; empty otherwise.
        QString companionTarget;
        QString companionSidecarSource; // the RAW's own sidecar, when it has one the JPEG does not share
        QString companionSidecarTarget;
    };

    /** Plans @p records; the destination folders must exist. error() says why nothing can be planned. */
    [[nodiscard]] static ExportPlan make(const QList<PhotoRecord> &records, const ExportOptions &options);

    /** The folders the plan writes into, for the caller to create first. */
    [[nodiscard]] static QStringList folders(const ExportOptions &options);

    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString sheetTarget() const { return m_sheetTarget; }
    [[nodiscard]] QString csvTarget() const { return m_csvTarget; }
    [[nodiscard]] QString jsonTarget() const { return m_jsonTarget; }

private:
    QList<Item> m_items;
    QString m_error;
    QString m_sheetTarget, m_csvTarget, m_jsonTarget;
};
