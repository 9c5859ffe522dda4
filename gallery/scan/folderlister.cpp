#include "folderlister.h"

#include "metadata/imageformat.h"
#include "metadata/nativepath.h"
#include "metadata/xmpsidecar.h"

#include <QDir>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

struct DirEntry
{
    QByteArray name;
    bool isDirectory = false;
    bool isRegular = false;
    bool known = false;      // status holds the stat of the entry (of its target, for a link)
    struct stat status = {}; // st_dev and st_ino say which folder this is, however it was reached
};

// Whether the entry is a symbolic link. d_type says so on most file systems; where it is DT_UNKNOWN
// (some network, FUSE and older XFS file systems), only lstat does, and a link to a parent folder
// ("up -> ..") would otherwise be walked for ever.
bool isSymlink(int dirFd, const dirent *entry)
{
    if (entry->d_type != DT_UNKNOWN)
        return entry->d_type == DT_LNK;
    struct stat link
    {
    };
    return ::fstatat(dirFd, entry->d_name, &link, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(link.st_mode);
}

// A file whose name does not say "image" is listed only if its first bytes do.
bool contentLooksLikeImage(const QByteArray &nativePath)
{
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return false;
    char head[ImageFormat::s_sniffSize];
    const ssize_t n = ::read(fd, head, sizeof head);
    ::close(fd);
    return n > 0 && ImageFormat::sniff(QByteArrayView(head, n)).isImage();
}

QList<DirEntry> readEntries(const QByteArray &nativeDir, QString &error)
{
    QList<DirEntry> entries;
    DIR *dir = ::opendir(nativeDir.constData());
    if (!dir) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return entries;
    }
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        DirEntry item{QByteArray(entry->d_name)};
        if (item.name.startsWith('.'))
            continue; // ".", "..", and hidden files such as .DS_Store and AppleDouble "._IMG_1.JPG"
        // stat follows links: a link to a file is listed, a broken link too (below), a link to a folder is not walked.
        if (::fstatat(::dirfd(dir), entry->d_name, &item.status, 0) == 0) {
            item.known = true;
            item.isDirectory = S_ISDIR(item.status.st_mode) && !isSymlink(::dirfd(dir), entry);
            item.isRegular = S_ISREG(item.status.st_mode);
            if (S_ISDIR(item.status.st_mode) && !item.isDirectory)
                continue;
        }
        entries.append(item);
        errno = 0;
    }
    if (errno != 0)
        error = QString::fromLocal8Bit(std::strerror(errno)); // the listing stopped part way
    ::closedir(dir);
    return entries;
}

class Walker
{
public:
    Walker(bool recursive, const std::atomic<bool> *cancelled) : m_recursive(recursive), m_cancelled(cancelled) {}

    void walk(const QByteArray &nativeDir, QString &error)
    {
        if (struct stat top{}; m_depth == 0 && ::stat(nativeDir.constData(), &top) == 0)
            m_walked.insert({top.st_dev, top.st_ino});
        const QList<DirEntry> entries = readEntries(nativeDir, error);
        XmpSidecar::NameIndex sidecars;
        QHash<QString, qint64> sidecarMtimes;
        for (const DirEntry &entry : entries) {
            const QString name = NativePath::decode(entry.name);
            if (entry.isRegular && XmpSidecar::isSidecarName(name)) { // never a FIFO or a device
                sidecars.insert(name.toLower(), name);
                sidecarMtimes.insert(name, qint64(entry.status.st_mtim.tv_sec) * 1'000'000'000 +
                                               entry.status.st_mtim.tv_nsec);
            }
        }
        for (const DirEntry &entry : entries) {
            if (m_cancelled && m_cancelled->load(std::memory_order_relaxed)) {
                m_complete = false;
                return;
            }
            const QByteArray nativePath = nativeDir + '/' + entry.name;
            if (entry.isDirectory) {
                m_subfolders += m_depth == 0 ? 1 : 0;
                QString subfolderError; // an unreadable subfolder does not fail the listing...
                // A folder already walked (a bind mount of a parent, a link we could not tell) is not
                // walked again: each folder once, so no loop can make the listing endless.
                const bool seen = !m_walked.insert({entry.status.st_dev, entry.status.st_ino}).second;
                if (m_recursive && !seen) {
                    ++m_depth;
                    walk(nativePath, subfolderError);
                    --m_depth;
                }
                if (!subfolderError.isEmpty())
                    m_complete = false; // ...but its photos cannot be said to have gone
                continue;
            }
            if (XmpSidecar::isSidecarName(NativePath::decode(entry.name)) || !isPhoto(entry, nativePath))
                continue;
            PhotoFile file = photoFile(nativeDir, entry, sidecars);
            if (!file.sidecarPath.isEmpty())
                file.sidecarMtimeNs = sidecarMtimes.value(file.sidecarPath.section(u'/', -1));
            m_files.append(file);
        }
    }

    QList<PhotoFile> takeFiles() { return std::move(m_files); }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] int subfolders() const { return m_subfolders; }

private:
    static bool isPhoto(const DirEntry &entry, const QByteArray &nativePath)
    {
        if (ImageFormat::fromExtension(NativePath::decode(entry.name)).isImage())
            return true; // listed even when broken, so the user sees why
        return entry.isRegular && contentLooksLikeImage(nativePath);
    }

    static PhotoFile photoFile(const QByteArray &nativeDir, const DirEntry &entry,
                               const XmpSidecar::NameIndex &sidecars)
    {
        const QByteArray &name = entry.name;
        PhotoFile file;
        if (entry.known)
            file.setStatus(entry.status);
        file.path = NativePath::decode(nativeDir + '/' + name);
        file.sidecarKnown = true;
        const QString sidecar = XmpSidecar::pick(NativePath::decode(name), sidecars);
        if (!sidecar.isEmpty())
            file.sidecarPath = NativePath::decode(nativeDir) + u'/' + sidecar;
        return file;
    }

    bool m_recursive;
    const std::atomic<bool> *m_cancelled;
    bool m_complete = true;
    int m_depth = 0; // 0 in the listed folder itself
    int m_subfolders = 0;
    std::set<std::pair<dev_t, ino_t>> m_walked;
    QList<PhotoFile> m_files;
};

} // namespace

FolderLister::Listing FolderLister::list(const QString &folder, bool recursive, const std::atomic<bool> *cancelled)
{
    Listing listing;
    const QString absolute = NativePath::absolute(folder);
    Walker walker(recursive, cancelled);
    walker.walk(NativePath::encode(absolute), listing.error);
    listing.files = walker.takeFiles();
    listing.complete = walker.isComplete() && listing.error.isEmpty();
    listing.subfolders = walker.subfolders();
    std::sort(listing.files.begin(), listing.files.end(),
              [](const PhotoFile &a, const PhotoFile &b) { return a.path < b.path; });
    return listing;
}
