#include "stagedfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

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

// The data must be on disk before the name points at it: after a crash the user finds the complete
// file or none, never a renamed empty one (the ext4 delayed-allocation lesson).
QString syncPath(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return systemError();
    const bool synced = ::fsync(fd) == 0;
    const QString error = synced ? QString() : systemError();
    ::close(fd);
    return error;
}

// Gives @p from the name @p to unless @p to exists, atomically.
QString renameWithoutReplacing(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS) // EINVAL: the file system does not support the flag
        return systemError();
    if (::link(from.constData(), to.constData()) != 0)
        return systemError();
    ::unlink(from.constData());
    return {};
}

// umask() can only be read by setting it, which would race with threads creating files; Linux
// reports it in /proc/self/status instead.
mode_t processUmask()
{
    static const mode_t s_umask = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("Umask:"))
                    return mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
            }
        }
        return mode_t(022);
    }();
    return s_umask;
}

} // namespace

StagedFile::StagedFile(const QString &directory) : m_directory(directory) {}

StagedFile::~StagedFile()
{
    discard();
}

QString StagedFile::create()
{
    QTemporaryFile file(QDir(m_directory).filePath(QStringLiteral(".byline-XXXXXX") + s_tempSuffix));
    file.setAutoRemove(false);
    if (!file.open())
        return QStringLiteral("cannot create a file in %1: %2")
            .arg(QDir::toNativeSeparators(m_directory), file.errorString());
    m_tempPath = file.fileName();
    // QTemporaryFile makes it 0600; an exported file gets the permissions of any new file.
    ::fchmod(file.handle(), 0666 & ~processUmask());
    return {};
}

QString StagedFile::commit(const QString &finalPath)
{
    const QByteArray temp = QFile::encodeName(m_tempPath);
    if (QString error = syncPath(temp, O_RDONLY); !error.isEmpty())
        return QStringLiteral("cannot flush %1 to disk: %2").arg(QDir::toNativeSeparators(m_tempPath), error);
    if (QString error = renameWithoutReplacing(temp, QFile::encodeName(finalPath)); !error.isEmpty())
        return QStringLiteral("cannot name %1: %2").arg(QDir::toNativeSeparators(finalPath), error);
    m_committed = true;
    syncPath(QFile::encodeName(m_directory), O_RDONLY | O_DIRECTORY); // the new name itself; best effort
    return {};
}

void StagedFile::discard()
{
    if (!m_committed && !m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_tempPath.clear();
}
