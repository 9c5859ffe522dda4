#pragma once

#include <QString>

/**
 * One output file, written under a temporary name in its destination folder and given its final name
 * only when complete: fsync, then a rename that never replaces (renameat2 RENAME_NOREPLACE, or link()
 * and unlink() on file systems without it). Until commit() succeeds nothing exists under the final
 * name; the destructor removes the temporary file of an export that failed or was cancelled.
 */
class StagedFile
{
public:
    /** Temporary names start with a dot (hidden while being written) and end with this. */
    static inline const QString s_tempSuffix = QStringLiteral(".tmp");

    explicit StagedFile(const QString &directory);
    ~StagedFile();
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    /** Creates the empty temporary file; returns why it could not, or an empty string. */
    [[nodiscard]] QString create();
    /** Where to write until commit(). */
    [[nodiscard]] QString tempPath() const { return m_tempPath; }

    /**
     * Flushes the written file to disk and gives it @p finalPath (in the same folder). Fails, leaving
     * whatever is at @p finalPath untouched, when that name exists. Returns an empty string on success.
     */
    [[nodiscard]] QString commit(const QString &finalPath);
    /** Removes the temporary file now (also done by the destructor when not committed). */
    void discard();

private:
    QString m_directory;
    QString m_tempPath;
    bool m_committed = false;
};
