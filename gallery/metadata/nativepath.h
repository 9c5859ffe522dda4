#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QFile;

/**
 * File names as the disk has them. Linux names are bytes, and shares filled from old archives hold names
 * that are not UTF-8 ("caf\xE9.jpg" from a Latin-1 machine). Qt's own conversions turn each such byte into
 * U+FFFD, so two names that differ in one byte become one string and neither can be opened again.
 *
 * Byline keeps such a name losslessly in a QString the way Python's "surrogateescape" does: each byte that
 * is not part of valid UTF-8 becomes the lone low surrogate U+DC80..U+DCFF, which valid UTF-8 can never
 * produce. Every photo path in Byline is in that form; it goes back to the same bytes with encode(), is
 * shown with display(), stored in a catalog with toStorage(), and named in an export with safeFileName().
 * See docs/metadata.md, "File names that are not UTF-8".
 */
namespace NativePath {

/** The path for these bytes: UTF-8 where it is valid, each other byte as U+DC80..U+DCFF. */
QString decode(QByteArrayView native);

/** The bytes decode() was given: what open(), stat() and Exiv2 need. */
QByteArray encode(QStringView path);

/** Whether the path holds bytes that are not UTF-8 (escaped by decode()). */
bool hasEscapes(QStringView path);

/** The path for people: each escaped byte shown as U+FFFD, so the text is valid Unicode. */
QString display(const QString &path);

/** A name safe to create on any file system and share: each escaped byte becomes '_'. */
QString safeFileName(const QString &name);

/**
 * An injective form in valid Unicode, for a catalog (SQLite and PostgreSQL keep only valid text): an
 * escaped byte is written U+FFFD and two upper-case hex digits, a real U+FFFD is doubled. Paths without
 * either are unchanged, and '/' is never touched, so folder ranges still work on the stored form.
 */
QString toStorage(const QString &path);
QString fromStorage(const QString &stored);

/**
 * @p path made absolute and clean (no "." or ".." parts): a relative one against the working folder as
 * its bytes say, which Qt's QDir::currentPath() would spell with U+FFFD.
 */
QString absolute(const QString &path);

/** A file: URI for the path, every byte outside RFC 3986's path characters %-encoded (as GLib does). */
QByteArray fileUri(const QString &absolutePath);

/**
 * Opens @p path read-only into @p file: by name when it is UTF-8, else by its bytes (QFile::open(fd)),
 * since Qt would open a different name. Returns why it could not, or an empty string.
 */
QString openForReading(QFile &file, const QString &path);

} // namespace NativePath
