#pragma once

#include <QString>

/**
 * What a file is on disk at one moment (one stat): a write proceeds only while the file is still what
 * Byline read, so an edit made elsewhere in between is never overwritten (docs/metadata.md, "Writing
 * metadata"). The ctime changes on every write and rename and cannot be set back.
 */
struct FileState
{
    bool exists = false;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    unsigned mode = 0;
    unsigned uid = 0;
    unsigned gid = 0;
    unsigned links = 0;
    bool regular = false;

    /** The state of @p path (NativePath form), following symbolic links; exists is false when absent. */
    [[nodiscard]] static FileState of(const QString &path);
    [[nodiscard]] static FileState ofDescriptor(int fd);

    /** Same file, same content as far as stat can tell. */
    [[nodiscard]] bool sameAs(const FileState &other) const
    {
        return exists == other.exists && size == other.size && mtimeNs == other.mtimeNs && ctimeNs == other.ctimeNs &&
               inode == other.inode && device == other.device;
    }
};
