#pragma once

#include "metadata/photofile.h"

#include <QList>
#include <QString>

#include <atomic>

/**
 * The photos of a folder: every file that is an image by its extension or by its content, each paired
 * with its XMP sidecar, sorted by path. Lists with POSIX readdir rather than QDir because Qt 6 silently
 * drops names that are not valid UTF-8, and every file must be listed, with an error if it is broken.
 * Hidden files are skipped; symbolic links to folders are not followed (no loops).
 */
class FolderLister
{
public:
    struct Listing
    {
        QList<PhotoFile> files;
        QString error;        // the folder itself could not be read
        bool complete = true; // false when a subfolder could not be read or the listing was cancelled
        int subfolders = 0;   // folders directly inside the listed one (hidden ones and links to folders aside)
    };

    /** Stops early, with an incomplete listing, once @p cancelled becomes true. */
    [[nodiscard]] static Listing list(const QString &folder, bool recursive,
                                      const std::atomic<bool> *cancelled = nullptr);
};
