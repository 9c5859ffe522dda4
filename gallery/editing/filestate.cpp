#include "filestate.h"

#include "metadata/nativepath.h"

#include <sys/stat.h>

namespace {

FileState fromStat(const struct stat &status)
{
    FileState state;
    state.exists = true;
    state.size = status.st_size;
    state.mtimeNs = qint64(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec;
    state.ctimeNs = qint64(status.st_ctim.tv_sec) * 1'000'000'000 + status.st_ctim.tv_nsec;
    state.inode = quint64(status.st_ino);
    state.device = quint64(status.st_dev);
    state.mode = unsigned(status.st_mode & 07777);
    state.uid = unsigned(status.st_uid);
    state.gid = unsigned(status.st_gid);
    state.links = unsigned(status.st_nlink);
    state.regular = S_ISREG(status.st_mode);
    return state;
}

} // namespace

FileState FileState::of(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(NativePath::encode(path).constData(), &status) != 0)
        return {};
    return fromStat(status);
}

FileState FileState::ofDescriptor(int fd)
{
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0)
        return {};
    return fromStat(status);
}
