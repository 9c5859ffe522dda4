#pragma once

#include "filestate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class EntryLock;

/**
 * The originals of the files Byline has written (docs/metadata.md, "Backups and revert"): the first
 * write of a file keeps its original here, later writes keep that first original, and revert puts it
 * back. One folder per file under the store's root (by default ~/.local/share/byline/originals), holding
 * `original` and `entry.json`. The original is a hard link to the file's old inode where the store shares
 * its file system (no copy: the write renames a new inode over the name, so the old one is never touched
 * again), else a copy with its SHA-256 digest. The store holds at most limitBytes(); keeping a new original
 * removes the oldest entries beyond it, and says which.
 */
class BackupStore
{
public:
    /**
     * A version of a file: where it is on disk (device, inode, size, mtime: the same means the same bytes,
     * as Byline left them, told without reading) and its SHA-256 digest, for when the quick facts differ
     * (a touch, a copy back) but the bytes may not. Stores written before December 2026 hold BLAKE2b-256
     * digests instead (legacyDigest); they are still read and compared as such.
     */
    struct Identity
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 mtimeNs = 0;
        QByteArray digest;
        bool legacyDigest = false; // digest is BLAKE2b-256, not SHA-256

        [[nodiscard]] static Identity of(const FileState &state, QByteArray digest = {})
        {
            return {state.device, state.inode, state.size, state.mtimeNs, std::move(digest), false};
        }
        /** Whether @p bytes are this version's, by its digest (none: never). */
        [[nodiscard]] bool holds(QByteArrayView bytes) const;
        [[nodiscard]] bool sameFile(const Identity &other) const
        {
            return device == other.device && inode == other.inode && size == other.size && mtimeNs == other.mtimeNs;
        }
    };

    /** What the store knows about one file. */
    struct Entry
    {
        QString path;         // the file written (NativePath form, symbolic links resolved)
        bool created = false; // Byline created the file (a new sidecar): reverting removes it
        bool linked = false;  // `original` is the old inode itself, not a copy
        Identity original;    // the original as it was on disk
        // Byline's writes, newest last: each is recorded before its rename, so after a kill the file may be
        // the previous write or the new one, and both are Byline's.
        QList<Identity> written;
        QDateTime kept;    // when the original was kept
        QDateTime updated; // when Byline last wrote the file
    };

    static constexpr int s_writesKept = 8;
    static constexpr qint64 s_defaultLimit = qint64(4) * 1024 * 1024 * 1024;

    /** A store at @p root (created on first use); an empty root means the default place. */
    explicit BackupStore(QString root = {}, qint64 limitBytes = s_defaultLimit);

    [[nodiscard]] static QString defaultRoot();
    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] qint64 limitBytes() const { return m_limit; }

    [[nodiscard]] std::optional<Entry> entry(const QString &path) const;

    /**
     * While a Pin lives, no other write of its file runs and making room never removes its entry, in
     * this process or another sharing the store. A write holds one from before it reads the entry until
     * after its rename: writes run side by side (ParallelEdits, or the window beside byline-cli), and a
     * second write of the same file, or another write's eviction, in between could take back the
     * original this one kept. An EntryLock under the store's `.pins`; waits for a write of the file.
     */
    class Pin
    {
    public:
        Pin(const BackupStore &store, QString path);
        ~Pin();
        Pin(const Pin &) = delete;
        Pin &operator=(const Pin &) = delete;

        /** False when the lock could not be taken (the store cannot be written): then nothing is safe. */
        [[nodiscard]] bool held() const;

    private:
        const BackupStore &m_store;
        QString m_path;
        std::unique_ptr<EntryLock> m_lock;
    };

    /**
     * Keeps the file at @p path, whose bytes are @p bytes and whose state is @p state, as its original,
     * unless the store already keeps one and the file is still Byline's (its original or one of its
     * writes): a file replaced or changed elsewhere since gets a new original. @p evicted lists the files
     * whose originals were removed to make room. Fails, and the write must not go ahead, when the original
     * cannot be kept. @p digest gives digestOf(@p bytes) when the caller works it out meanwhile.
     */
    [[nodiscard]] QString keep(const QString &path, const QByteArray &bytes, const FileState &state,
                               QStringList &evicted, const std::function<QByteArray()> &digest = {});
    /** Records that Byline is about to create @p path (nothing to keep). */
    [[nodiscard]] QString keepCreated(const QString &path);
    /** Records what Byline is about to rename into place at @p path (the last s_writesKept are known). */
    [[nodiscard]] QString recordWritten(const QString &path, const Identity &written);
    /** Forgets a write recorded with recordWritten() that did not happen. */
    [[nodiscard]] QString unrecordWritten(const QString &path, const Identity &written);

    /**
     * Whether the file at @p path, in @p state, is the original kept, or one of Byline's writes: by its
     * quick facts, else by its bytes (read only then; @p bytes when the caller has them already).
     */
    [[nodiscard]] static bool isOriginal(const Entry &entry, const QString &path, const FileState &state,
                                         const QByteArray *bytes = nullptr);
    [[nodiscard]] static bool isByline(const Entry &entry, const QString &path, const FileState &state,
                                       const QByteArray *bytes = nullptr);

    /**
     * Puts the original back at @p path, which must still be as @p current says: the kept inode renamed
     * back (a linked original) or the copy written safely. Then forgets the entry.
     */
    [[nodiscard]] QString restore(const QString &path, const FileState &current);
    /** Forgets @p path (after a revert, or a write that created the entry and failed). */
    [[nodiscard]] QString forget(const QString &path);

    [[nodiscard]] QList<Entry> entries() const;
    [[nodiscard]] qint64 sizeOnDisk() const;
    /** SHA-256, which OpenSSL works out with the processor's SHA instructions: the store digests every
     *  original and every write, so this is on the write's critical path (docs/performance.md). */
    [[nodiscard]] static QByteArray digestOf(QByteArrayView bytes);
    /** BLAKE2b-256, what stores written before December 2026 hold. */
    [[nodiscard]] static QByteArray legacyDigestOf(QByteArrayView bytes);

private:
    [[nodiscard]] QString folderFor(const QString &path) const;
    [[nodiscard]] QByteArray pinPathFor(const QString &path) const;
    [[nodiscard]] QString writeEntry(const QString &folder, const Entry &entry) const;
    [[nodiscard]] std::optional<Entry> readEntry(const QString &folder) const;
    // Called with m_mutex held; never removes a pinned entry (one whose EntryLock it cannot take).
    [[nodiscard]] QStringList makeRoom(qint64 bytes, const QString &keeping);
    [[nodiscard]] QString storeOriginal(const QString &path, const QByteArray &bytes, const FileState &state,
                                        const QString &folder, Entry &fresh);

    QString m_root;
    qint64 m_limit;
    // Guards what writes on several threads share: the estimate and the count. Each file's own folder is
    // only ever changed by the one thread writing that file; Pins keep other processes out of it.
    mutable std::mutex m_mutex;
    // What the store holds, counted by makeRoom() and raised by each keep(), so a batch of writes does not
    // list every entry once per photo. Counted afresh whenever it nears the limit and every
    // s_recountEvery keeps, since another Byline may share the store.
    std::optional<qint64> m_usedEstimate;
    int m_keepsSinceCount = 0;
    static constexpr int s_recountEvery = 64;
    static constexpr qint64 s_entryAllowance = 16 * 1024; // an entry's JSON and its folder, generously
};
