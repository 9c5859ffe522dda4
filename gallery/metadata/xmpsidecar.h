#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

/**
 * XMP sidecar files: which one belongs to an image (docs/metadata.md, "Sidecars": "IMG_1.xmp" first,
 * then "IMG_1.jpg.xmp", the conventions of darktable, Lightroom and digiKam; the ".xmp" in any case), and
 * reading one safely.
 */
class XmpSidecar
{
public:
    /** Real sidecars are a few kilobytes; past this a file is ignored with a warning. */
    static constexpr qint64 s_maxBytes = 16 * 1024 * 1024;

    /** Names of sidecar files in a folder, keyed by their lower-cased name. */
    using NameIndex = QHash<QString, QString>;

    [[nodiscard]] static bool isSidecarName(const QString &fileName);
    /** The sidecar name for @p imageName among @p sidecars, or an empty string. */
    [[nodiscard]] static QString pick(const QString &imageName, const NameIndex &sidecars);
    /** The sidecar of @p imagePath on disk, or an empty string. */
    [[nodiscard]] static QString find(const QString &imagePath);
    /** The packet in @p path: a regular file of at most s_maxBytes, else empty with a warning. */
    [[nodiscard]] static QByteArray read(const QString &path, QStringList &warnings);
};
