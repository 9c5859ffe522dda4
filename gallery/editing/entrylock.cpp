#include "entrylock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

EntryLock::EntryLock(QByteArray path, Mode mode) : m_path(std::move(path))
{
    const int operation = mode == Mode::Exclusive ? LOCK_EX : LOCK_EX | LOCK_NB;
    // A few tries: each failure means someone removed the file we locked, which happens once per removal.
    for (int attempt = 0; attempt < 8 && m_fd < 0; ++attempt) {
        // Read-only is enough for flock, and lets another user's Byline lock a file this one made.
        m_fd = ::open(m_path.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
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

void EntryLock::removeFile()
{
    if (m_fd >= 0)
        ::unlink(m_path.constData());
}
