#pragma once

#include <QDir>
#include <QSet>
#include <QString>

/**
 * Hands out output names in one folder that collide with nothing: neither a file already there nor a
 * name handed out before. A taken "IMG 1.jpg" becomes "IMG 1 (2).jpg", then "IMG 1 (3).jpg". Names are
 * compared case-insensitively, since the destination may be a FAT, NTFS or APFS volume.
 */
class NameReservations
{
public:
    explicit NameReservations(const QString &directory);

    /** A free name for @p wanted (already sanitised), reserved from now on. */
    [[nodiscard]] QString reserve(const QString &wanted);
    /** Reserves exactly @p name when it is free (a sidecar that must match its photo's name). */
    [[nodiscard]] bool tryReserve(const QString &name);
    /** Reserves every one of @p names when all are free, else none (a photo, its RAW and their sidecars,
     *  which must keep one stem to stay together). */
    [[nodiscard]] bool tryReserveAll(const QStringList &names);
    /** @p wanted as the @p n-th choice: itself for 1, then "IMG 1 (2).jpg", "IMG 1 (3).jpg", ... */
    [[nodiscard]] static QString numbered(const QString &wanted, int n);

private:
    [[nodiscard]] bool isFree(const QString &name) const;

    QDir m_directory;
    QSet<QString> m_existing; // lower-cased names in the folder when planning started
    QSet<QString> m_taken;    // lower-cased names handed out
};
