#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The originals of the files Byline has written (docs/metadata.md, "Writing metadata", "Backups and
 * revert"): the first write of a file keeps its bytes here, later writes keep that first original, and
 * "Revert" puts it back. One folder per file under the store's root (by default
 * ~/.local/share/byline/originals), holding `original` and `entry.json`. The store holds at most
 * limitBytes(); keeping a new original removes the oldest entries beyond it, and says which.
 */
class BackupStore
{
public:
    /** What the store knows about one file. */
    struct Entry
    {
        QString path;         // the file written (NativePath form)
        bool created = false; // Byline created the file (a new sidecar): reverting removes it
        qint64 size = 0;      // of the original
        QByteArray digest;    // of the original (BLAKE2b-256)
        // Of what Byline wrote, newest last: each write records its bytes before its rename, so after a kill
        // the file may be the previous write or the new one, and both are Byline's.
        QList<QByteArray> writtenDigests;
        QDateTime kept;    // when the original was kept
        QDateTime written; // when Byline last wrote the file
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
     * Keeps @p original as @p path's original unless one is kept already; @p evicted lists the files
     * whose originals were removed to make room. Fails (and the write must not go ahead) when the
     * original cannot be stored.
     */
    [[nodiscard]] QString keep(const QString &path, const QByteArray &original, QStringList &evicted);
    /** Records that Byline created @p path (nothing to keep), unless an entry exists. */
    [[nodiscard]] QString keepCreated(const QString &path);
    /** Records what Byline is about to write to @p path (the last s_writesKept writes are known). */
    [[nodiscard]] QString recordWritten(const QString &path, const QByteArray &written);
    /** The original bytes kept for @p path; empty with @p error when there are none or they are damaged. */
    [[nodiscard]] QByteArray original(const QString &path, QString &error) const;
    /** Forgets @p path (after a revert). */
    [[nodiscard]] QString forget(const QString &path);

    [[nodiscard]] QList<Entry> entries() const;
    /** How the store tells one file's bytes from another's. */
    [[nodiscard]] static QByteArray digestOf(const QByteArray &bytes);
    [[nodiscard]] qint64 sizeOnDisk() const;

private:
    [[nodiscard]] QString folderFor(const QString &path) const;
    [[nodiscard]] QString writeEntry(const QString &folder, const Entry &entry) const;
    [[nodiscard]] std::optional<Entry> readEntry(const QString &folder) const;
    [[nodiscard]] QStringList makeRoom(qint64 bytes);

    QString m_root;
    qint64 m_limit;
};
