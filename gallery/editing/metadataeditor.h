#pragma once

#include "backupstore.h"
#include "fieldedit.h"
#include "fileplan.h"

#include <QString>

#include <functional>
#include <optional>

/**
 * Changes the metadata of a person's photos, safely (docs/metadata.md, "Writing metadata"): plan() works
 * out every change without writing; write() makes it, after checking that the file is still what was
 * planned, that the image data is untouched and that every field re-reads as meant, keeping the original
 * in the backup store first; revert() restores that original. Blocking file work: never on the GUI thread.
 */
class MetadataEditor
{
public:
    explicit MetadataEditor(BackupStore &backups) : m_backups(backups) {}

    [[nodiscard]] FilePlan plan(const QString &path, const EditRequest &request) const;
    /**
     * How to set back what @p written wrote: each field it changed to its old value, planned afresh (a file
     * changed since is refused, not overwritten); a sidecar that write made is to be removed (removesSidecar).
     */
    [[nodiscard]] FilePlan planUndo(const FilePlan &written) const;
    [[nodiscard]] WriteOutcome write(const FilePlan &plan);
    /** Puts back the original of @p path and of its sidecar; @p force restores over a later change. */
    [[nodiscard]] WriteOutcome revert(const QString &path, bool force = false);

    /** The sidecar a new one for @p path would be: "IMG_1.xmp", or "IMG_1.CR2.xmp" beside an "IMG_1.JPG". */
    [[nodiscard]] static QString newSidecarPath(const QString &path);

private:
    [[nodiscard]] QString writeEmbedded(const FilePlan &plan, QStringList &notes);
    [[nodiscard]] QString writeSidecar(const FilePlan &plan, QStringList &notes);
    [[nodiscard]] std::optional<WriteOutcome> removeMadeSidecar(const FilePlan &plan);
    [[nodiscard]] QString revertOne(const QString &file, bool force, bool &reverted);
    [[nodiscard]] QString keepAndReplace(const QString &file, const QByteArray &original, const FileState &state,
                                         const QByteArray &bytes, QStringList &notes,
                                         const std::function<QByteArray()> &originalDigest = {});
    [[nodiscard]] QString replaceRecorded(const QString &file, const FileState &state, const QByteArray &bytes,
                                          bool entryIsNew);

    BackupStore &m_backups;
    // The file the last plan() read, kept for a write() that follows at once (byline-cli set, a sweep):
    // used only while a stat still finds the file exactly as it was read, so it saves a read, never a check.
    struct LastRead
    {
        QString file;
        FileState state;
        QByteArray bytes;
    };
    mutable LastRead m_lastRead;
    // A photo's worth of memory for the next read and the next new file: reused write after write, so a
    // batch does not take (and fault in) fresh pages for each photo.
    mutable QByteArray m_spareRead;
    QByteArray m_spareOut;
};
