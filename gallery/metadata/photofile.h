#pragma once

#include <QString>

/** A file to read: its path and, when a folder listing already found it, its XMP sidecar. */
struct PhotoFile
{
    QString path;
    QString sidecarPath;        // empty: none (when sidecarKnown) or not yet looked for
    bool sidecarKnown = false;  // the listing already looked, so the reader does not stat again
    bool undecodableName = false; // the name on disk is not valid UTF-8; path shows it with U+FFFD
    qint64 size = -1;             // from the listing's stat, -1 when unknown
    qint64 mtimeNs = 0;           // modification time in ns since the epoch, from the same stat
    qint64 sidecarMtimeNs = 0;    // the sidecar's, when there is one

    /** Changes whenever the image or its sidecar is modified, added or removed: what a cache keys on. */
    [[nodiscard]] qint64 metadataStamp() const
    {
        if (sidecarPath.isEmpty())
            return mtimeNs;
        // Unsigned, because nanosecond times times 31 overflow: signed overflow is undefined (UBSan found it).
        return qint64(quint64(mtimeNs) ^ (quint64(sidecarMtimeNs) * 31u + 1u));
    }
};
