#pragma once

#include "filestate.h"

#include <QByteArray>
#include <QString>

#include <functional>

/**
 * Replaces or creates one file so that a crash, a kill or a full disk at any moment leaves either the
 * old file or the new one whole under its name (docs/metadata.md, "Writing metadata", "Safety"): the new
 * bytes go to a hidden temporary file in the same folder, are flushed to disk and read back, take the
 * old file's mode (and owner, where allowed), and only then are renamed over the old name; the folder is
 * flushed after. Where the file system can, the rename is an exchange (renameat2 RENAME_EXCHANGE) and the
 * file exchanged out is checked to be the one expected: one that another program replaced or changed in
 * the instant before is exchanged back, so no check-then-rename race can lose its change. Every function returns an
 * empty string on success, else the reason, having changed nothing under the final name.
 */
class SafeFileWriter
{
public:
    /** What every temporary name holds: ".IMG_1.jpg.byline-write-k3j9x", hidden and named for its target. */
    static constexpr const char *s_temporaryMarker = ".byline-write-";

    /**
     * Reads @p path whole, with its state at the time it was read; fails when the file changed while it
     * was read or is larger than @p limit bytes.
     */
    [[nodiscard]] static QString read(const QString &path, QByteArray &bytes, FileState &state,
                                      qint64 limit = qint64(2) * 1024 * 1024 * 1024);

    /**
     * Called with the new file's state just before it is renamed into place (the rename keeps it): the
     * backup store records it then, so that after a kill it knows the file either way. An error stops
     * the write.
     */
    using BeforeRename = std::function<QString(const FileState &written)>;

    /** Replaces @p path, which must still be as @p expected says, with @p bytes. */
    [[nodiscard]] static QString replace(const QString &path, const FileState &expected, const QByteArray &bytes,
                                         const BeforeRename &beforeRename = {});

    /** Creates @p path with @p bytes; fails if it exists by then (never overwrites). */
    [[nodiscard]] static QString create(const QString &path, const QByteArray &bytes,
                                        const BeforeRename &beforeRename = {});

    /** Removes @p path if it is still as @p expected says. */
    [[nodiscard]] static QString remove(const QString &path, const FileState &expected);

    /**
     * For tests only: called in replace() after the last check that the file is as expected and before
     * the new file takes its name, the moment another program's change could slip in. Not thread-safe;
     * set it only while no write runs.
     */
    static void setRaceHookForTests(std::function<void()> hook);
};
