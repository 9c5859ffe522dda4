#pragma once

#include "metadata/photofile.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

/**
 * Which files of a folder listing are one photo: a camera RAW and the camera's rendition of it (a JPEG,
 * or a HEIF) in the same folder whose names have the same stem, compared case-insensitively
 * ("IMG_0001.CR2" + "IMG_0001.JPG", "DSC_1.nef" + "dsc_1.jpeg"), as Photo Mechanic and digiKam group them.
 * Decided from names alone, so a scan knows the pairs before it reads a file. A stem with more than one
 * RAW or more than one rendition ("a.jpg" and "a.jpeg" beside "a.nef") pairs nothing: which JPEG is the
 * camera's cannot be told, and a tile must never stand for a file it does not show. Names that are not
 * valid UTF-8 are never paired (two different names can read the same once decoded).
 */
class RawJpegPairing
{
public:
    /** No pairs: every file is a photo of its own (the setting is off). */
    RawJpegPairing() = default;
    [[nodiscard]] static RawJpegPairing of(const QList<PhotoFile> &files);

    /** The RAW shown with @p renditionPath, "" when it is no pair's rendition. */
    [[nodiscard]] QString companionOf(const QString &renditionPath) const { return m_companionOf.value(renditionPath); }
    /** The rendition @p rawPath is shown with, "" when it is no pair's RAW. */
    [[nodiscard]] QString renditionOf(const QString &rawPath) const { return m_renditionOf.value(rawPath); }
    /** Whether @p path is a paired RAW, a file that has no row of its own. */
    [[nodiscard]] bool isCompanion(const QString &path) const { return m_renditionOf.contains(path); }
    [[nodiscard]] bool isPaired(const QString &path) const
    {
        return m_companionOf.contains(path) || m_renditionOf.contains(path);
    }
    [[nodiscard]] qsizetype size() const { return m_companionOf.size(); }
    /** Every pair as (rendition, RAW), sorted by the rendition's path. */
    [[nodiscard]] QList<std::pair<QString, QString>> pairs() const;

    /** Whether a file of this name can be a pair's rendition: what cameras write beside a RAW. */
    [[nodiscard]] static bool isRenditionName(const QString &fileName);

private:
    QHash<QString, QString> m_companionOf; // rendition -> RAW
    QHash<QString, QString> m_renditionOf; // RAW -> rendition
};
