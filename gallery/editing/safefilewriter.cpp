#include "safefilewriter.h"

#include "metadata/nativepath.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QByteArray folderOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : path.left(slash);
}

QByteArray nameOf(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

QString syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return systemError();
    const bool synced = ::fsync(fd) == 0;
    const QString error = synced ? QString() : systemError();
    ::close(fd);
    return error;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool readAll(int fd, QByteArray &bytes, qint64 size)
{
    bytes.resize(size);
    for (qint64 done = 0; done < size;) {
        const ssize_t n = ::pread(fd, bytes.data() + done, size_t(size - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Whether the file @p fd holds exactly @p bytes, read back a piece at a time into one buffer per thread:
// a photo-sized buffer for every write cost more in fresh pages than the reading itself.
bool readsBackAs(int fd, const QByteArray &bytes)
{
    constexpr qsizetype s_piece = 1024 * 1024;
    thread_local QByteArray piece(s_piece, Qt::Uninitialized);
    for (qsizetype done = 0; done < bytes.size();) {
        const qsizetype want = std::min(s_piece, bytes.size() - done);
        const ssize_t n = ::pread(fd, piece.data(), size_t(want), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || std::memcmp(piece.constData(), bytes.constData() + done, size_t(n)) != 0)
            return false;
        done += n;
    }
    // Nothing after what was written, either.
    char extra = 0;
    return ::pread(fd, &extra, 1, off_t(bytes.size())) == 0;
}

// A temporary file beside @p target: hidden, so listings skip it, and named for its target, so a person
// who finds one left by a kill knows what it was.
class Temporary
{
public:
    // Created as any new file is (0666 less the umask), so a new sidecar gets the user's usual mode.
    explicit Temporary(const QByteArray &target)
    {
        // The name is cut so that the temporary's stays within NAME_MAX (255 bytes) however long it is.
        const QByteArray stem = folderOf(target) + "/." + nameOf(target).left(200) + SafeFileWriter::s_temporaryMarker;
        for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
            m_path = stem + QByteArray::number(QRandomGenerator::global()->generate(), 36);
            m_fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd < 0 && errno != EEXIST)
                break;
        }
    }
    ~Temporary()
    {
        // Only our own file: after an exchange given back, the name could hold another program's.
        if (!m_kept && m_fd >= 0 && holdsOwnFile())
            ::unlink(m_path.constData());
        if (m_fd >= 0)
            ::close(m_fd);
    }
    [[nodiscard]] bool holdsOwnFile() const
    {
        struct stat own
        {
        };
        struct stat named
        {
        };
        return ::fstat(m_fd, &own) == 0 && ::stat(m_path.constData(), &named) == 0 && own.st_dev == named.st_dev &&
               own.st_ino == named.st_ino;
    }
    Temporary(const Temporary &) = delete;
    Temporary &operator=(const Temporary &) = delete;

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] const QByteArray &path() const { return m_path; }
    void keep() { m_kept = true; }

    // Writes, flushes and reads back: what the disk holds is what was meant.
    QString fill(const QByteArray &bytes)
    {
        if (!writeAll(m_fd, bytes))
            return QStringLiteral("cannot write the new file: %1").arg(systemError());
        if (::fsync(m_fd) != 0)
            return QStringLiteral("cannot flush the new file: %1").arg(systemError());
        if (!readsBackAs(m_fd, bytes))
            return QStringLiteral("the new file does not read back as written");
        return {};
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_kept = false;
};

QString changedMessage()
{
    return QStringLiteral("the file changed on disk since Byline read it, so it was not written; read it again");
}

std::function<void()> &raceHook()
{
    static std::function<void()> hook;
    return hook;
}

// Whether @p native names the file @p expected says, by the facts an exchange leaves alone (the exchange
// itself sets the ctime).
bool isExpectedFile(const QByteArray &native, const FileState &expected)
{
    const FileState found = FileState::of(NativePath::decode(native));
    return found.exists && found.device == expected.device && found.inode == expected.inode &&
           found.size == expected.size && found.mtimeNs == expected.mtimeNs;
}

enum class Exchange
{
    Done,          // the new file has the name; the old one is gone
    Changed,       // the old one was not the file expected: exchanged back, nothing changed
    Unsupported,   // the file system cannot exchange: rename instead
    Failed,        // errno says why; nothing changed
    StuckExchanged // exchanged, not the file expected, and it could not be exchanged back
};

// Exchanges the temporary with the target, then checks that what came out is the file expected.
Exchange exchangeInto(const QByteArray &temporary, const QByteArray &target, const FileState &expected)
{
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) != 0)
        return errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP ? Exchange::Unsupported : Exchange::Failed;
    if (isExpectedFile(temporary, expected)) {
        ::unlink(temporary.constData()); // the old file's last name here (the backup store keeps its inode)
        return Exchange::Done;
    }
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) != 0)
        return Exchange::StuckExchanged;
    return Exchange::Changed;
}

} // namespace

QString SafeFileWriter::read(const QString &path, QByteArray &bytes, FileState &state, qint64 limit)
{
    const QByteArray native = NativePath::encode(path);
    // Non-blocking, so that a FIFO named like a photo cannot hold the open; it is refused as not regular.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return systemError();
    state = FileState::ofDescriptor(fd);
    QString error;
    if (!state.regular)
        error = QStringLiteral("not a regular file");
    else if (state.size > limit)
        error = QStringLiteral("larger than Byline writes (%1 MB)").arg(limit / (1024 * 1024));
    else if (!readAll(fd, bytes, state.size))
        error = QStringLiteral("cannot read it whole: %1").arg(errno ? systemError() : QStringLiteral("it shrank"));
    else if (!FileState::ofDescriptor(fd).sameAs(state))
        error = QStringLiteral("it changed while Byline read it");
    ::close(fd);
    return error;
}

QString SafeFileWriter::replace(const QString &path, const FileState &expected, const QByteArray &bytes,
                                const BeforeRename &beforeRename)
{
    const QByteArray native = NativePath::encode(path);
    if (!FileState::of(path).sameAs(expected))
        return FileState::of(path).exists ? changedMessage() : QStringLiteral("the file is gone");
    Temporary temporary(native);
    if (!temporary.isOpen())
        return QStringLiteral("cannot create a file in its folder: %1").arg(systemError());
    if (QString error = temporary.fill(bytes); !error.isEmpty())
        return error;
    if (::fchmod(temporary.fd(), mode_t(expected.mode)) != 0)
        return QStringLiteral("cannot give the new file the old one's permissions: %1").arg(systemError());
    // Only root may give a file away; for anyone else the new file is theirs, as it is with every editor.
    [[maybe_unused]] const int owned = ::fchown(temporary.fd(), uid_t(expected.uid), gid_t(expected.gid));
    if (beforeRename) {
        if (QString error = beforeRename(FileState::ofDescriptor(temporary.fd())); !error.isEmpty())
            return error;
    }
    if (!FileState::of(path).sameAs(expected))
        return changedMessage();
    if (raceHook())
        raceHook()();
    switch (exchangeInto(temporary.path(), native, expected)) {
    case Exchange::Done:
        break;
    case Exchange::Changed:
        return changedMessage();
    case Exchange::StuckExchanged:
        // Not a word of the other program's file is lost: it is kept whole under the temporary's name.
        temporary.keep();
        return QStringLiteral("the file changed on disk while Byline wrote it; Byline's version took its name and "
                              "the other program's is kept as %1: put it back by hand")
            .arg(NativePath::display(NativePath::decode(temporary.path())));
    case Exchange::Failed:
        return QStringLiteral("cannot replace the file: %1").arg(systemError());
    case Exchange::Unsupported:
        // FAT, exFAT and some network file systems: a plain rename, just after the check above.
        if (::rename(temporary.path().constData(), native.constData()) != 0)
            return QStringLiteral("cannot replace the file: %1").arg(systemError());
        break;
    }
    temporary.keep();
    // The rename is done: a folder that cannot be flushed (some network file systems) makes it durable
    // later, not undone, so it is no failure.
    [[maybe_unused]] const QString unflushed = syncFolder(folderOf(native));
    return {};
}

// Gives @p from the name @p to unless @p to exists: link() where the file system has hard links, else
// renameat2's no-replace rename (FAT and exFAT camera cards have neither links nor, on older kernels, the
// flag: there a check just before a plain rename is the best there is).
QString placeWithoutReplacing(const QByteArray &from, const QByteArray &to, bool &moved)
{
    moved = false;
    if (::link(from.constData(), to.constData()) == 0)
        return {};
    if (errno == EEXIST)
        return QStringLiteral("a file of that name appeared meanwhile; nothing was written");
    if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS)
        return QStringLiteral("cannot create the file: %1").arg(systemError());
    moved = true;
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno == EEXIST)
        return QStringLiteral("a file of that name appeared meanwhile; nothing was written");
    if (errno != EINVAL && errno != ENOSYS)
        return QStringLiteral("cannot create the file: %1").arg(systemError());
    if (::access(to.constData(), F_OK) == 0)
        return QStringLiteral("a file of that name appeared meanwhile; nothing was written");
    if (::rename(from.constData(), to.constData()) != 0)
        return QStringLiteral("cannot create the file: %1").arg(systemError());
    return {};
}

QString SafeFileWriter::create(const QString &path, const QByteArray &bytes, const BeforeRename &beforeRename)
{
    const QByteArray native = NativePath::encode(path);
    Temporary temporary(native);
    if (!temporary.isOpen())
        return QStringLiteral("cannot create a file in its folder: %1").arg(systemError());
    if (QString error = temporary.fill(bytes); !error.isEmpty())
        return error;
    if (beforeRename) {
        if (QString error = beforeRename(FileState::ofDescriptor(temporary.fd())); !error.isEmpty())
            return error;
    }
    bool moved = false;
    QString error = placeWithoutReplacing(temporary.path(), native, moved);
    if (moved && error.isEmpty())
        temporary.keep();
    if (!error.isEmpty())
        return error;
    [[maybe_unused]] const QString unflushed = syncFolder(folderOf(native));
    return {};
}

void SafeFileWriter::setRaceHookForTests(std::function<void()> hook)
{
    raceHook() = std::move(hook);
}

QString SafeFileWriter::remove(const QString &path, const FileState &expected)
{
    if (!FileState::of(path).sameAs(expected))
        return changedMessage();
    const QByteArray native = NativePath::encode(path);
    if (::unlink(native.constData()) != 0)
        return QStringLiteral("cannot remove the file: %1").arg(systemError());
    return syncFolder(folderOf(native));
}
