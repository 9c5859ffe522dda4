#pragma once

#include <QString>

#include <sys/stat.h>

/** A file to read: its path and, when a folder listing already found it, its XMP sidecar. */
struct PhotoFile
{
    QString path;              // NativePath form: a name that is not UTF-8 keeps its bytes
    QString sidecarPath;       // empty: none (when sidecarKnown) or not yet looked for
    bool sidecarKnown = false; // the listing already looked, so the reader does not stat again
    qint64 size = -1;          // from the listing's stat, -1 when unknown
    qint64 mtimeNs = 0;        // modification time in ns since the epoch, from the same stat
    qint64 ctimeNs = 0;        // status change time, from the same stat; 0 when unknown
    quint64 inode = 0;         // from the same stat; 0 when unknown
    qint64 sidecarMtimeNs = 0; // the sidecar's, when there is one

    /** Takes size, times and inode from one stat() of the file: the same facts however it was found. */
    void setStatus(const struct stat &status)
    {
        size = status.st_size;
        mtimeNs = qint64(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec;
        ctimeNs = qint64(status.st_ctim.tv_sec) * 1'000'000'000 + status.st_ctim.tv_nsec;
        inode = quint64(status.st_ino);
    }

    /**
     * Changes whenever the image or its sidecar is modified, replaced, added or removed: what a cache
     * keys on. The mtime alone misses a file replaced by another of the same size and mtime (touch -r,
     * cp -p over it, two files swapped by name): the ctime changes on every write and rename and cannot
     * be set back, and the inode tells one file from another.
     */
    [[nodiscard]] qint64 metadataStamp() const
    {
        // Unsigned, because nanosecond times times a constant overflow: signed overflow is undefined
        // (UBSan found it). Odd multipliers keep each part's bits; unknown parts (0) change nothing.
        quint64 stamp = quint64(mtimeNs) ^ (quint64(ctimeNs) * 0x9E3779B97F4A7C15ull) ^ (inode * 0xC2B2AE3D27D4EB4Full);
        if (!sidecarPath.isEmpty())
            stamp ^= quint64(sidecarMtimeNs) * 31u + 1u;
        return qint64(stamp);
    }
};
