#include "entrylock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

EntryLock::EntryLock(QByteArray path, Mode mode) : m_path(std::move(path))
{
    const int operation = mode == Mode::Shared ? LOCK_SH : LOCK_EX | LOCK_NB;
    // A few tries: each failure means someone removed the file we locked, which happens once per removal.
    for (int attempt = 0; attempt < 8 && m_fd < 0; ++attempt) {
        m_fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return;
        int locked = -1;
        do
            locked = ::flock(m_fd, operation);
        while (locked != 0 && errno == EINTR);
        if (locked == 0 && lockedFileIsNamed())
            break;
        ::close(m_fd);
        m_fd = -1;
        if (locked != 0)
            return; // held by someone else (exclusive, not waiting), or flock failed
    }
    m_exclusive = m_fd >= 0 && mode == Mode::ExclusiveIfFree;
}

EntryLock::~EntryLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool EntryLock::lockedFileIsNamed() const
{
    struct stat locked
    {
    };
    struct stat named
    {
    };
    return ::fstat(m_fd, &locked) == 0 && ::stat(m_path.constData(), &named) == 0 && locked.st_dev == named.st_dev &&
           locked.st_ino == named.st_ino;
}

bool EntryLock::makeExclusive()
{
    if (m_fd < 0)
        return false;
    // Not atomic (flock drops the shared lock first), which is fine for a holder about to let go anyway.
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0 || !lockedFileIsNamed()) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_exclusive = true;
    return true;
}

void EntryLock::removeFile()
{
    if (m_fd >= 0 && m_exclusive)
        ::unlink(m_path.constData());
}
