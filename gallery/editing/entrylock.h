#pragma once

#include <QByteArray>

/**
 * A lock on one backup store entry, held on a lock file of its own (flock(2)), so it holds between
 * threads and between processes (the window and byline-cli share a store). A write holds it from before
 * it reads the entry until after its rename, so two writes of one file (two spellings of it through a
 * symbolic link, two processes) run one after the other and neither takes back what the other kept;
 * making room takes it without waiting before it removes an entry, and skips an entry it cannot take.
 * The lock file may be removed while held: who takes a lock checks that the file they locked is still
 * the one of that name, else takes it again.
 */
class EntryLock
{
public:
    enum class Mode
    {
        Exclusive,       // waits for the holder to finish
        ExclusiveIfFree, // does not wait: not held when anyone else holds it
    };

    EntryLock(QByteArray path, Mode mode);
    ~EntryLock();
    EntryLock(const EntryLock &) = delete;
    EntryLock &operator=(const EntryLock &) = delete;

    [[nodiscard]] bool held() const { return m_fd >= 0; }
    /** Removes the lock file; only while held. */
    void removeFile();

private:
    [[nodiscard]] bool lockedFileIsNamed() const;

    QByteArray m_path;
    int m_fd = -1;
};
