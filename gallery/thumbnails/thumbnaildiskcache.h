#pragma once

#include <QImage>

#include <QSize>
#include <QString>
#include <chrono>
#include <optional>

/** The freedesktop.org thumbnail cache ($XDG_CACHE_HOME/thumbnails), shared with file managers and other
    viewers (Thumbnail Managing Standard 0.9). Thread-safe: no shared state beyond the file system. */
class ThumbnailDiskCache
{
public:
    /** The spec's size folders; the value is the longest edge in pixels. */
    enum class Flavor
    {
        Normal = 128,
        Large = 256,
        XLarge = 512,
        XXLarge = 1024
    };

    /** @p root is the "thumbnails" folder itself. */
    explicit ThumbnailDiskCache(const QString &root = defaultRoot());

    /** QStandardPaths::GenericCacheLocation + "/thumbnails" (honours XDG_CACHE_HOME). */
    [[nodiscard]] static QString defaultRoot();
    /** The smallest flavor whose edge is at least @p requestedEdge (XXLarge if larger). */
    [[nodiscard]] static Flavor flavorFor(int requestedEdge);
    /** The file:// URI, percent-encoded as the spec asks; its MD5 names the thumbnail. */
    [[nodiscard]] static QString uriOf(const QString &absolutePath);
    /** root/<flavor folder>/<lowercase MD5 hex of the URI>.png */
    [[nodiscard]] QString pathFor(const QString &absolutePath, Flavor flavor) const;

    /** The cached thumbnail, or a null image when missing, unreadable, or stale (Thumb::URI differs,
        Thumb::MTime differs from @p mtimeSecs, Thumb::Size from @p fileSize, or Byline::Stamp from
        @p stamp (PhotoFile::metadataStamp) when both sides know them). */
    [[nodiscard]] QImage load(const QString &absolutePath, qint64 mtimeSecs, Flavor flavor, qint64 fileSize = -1,
                              qint64 stamp = 0) const;
    /** Writes a PNG with Thumb::URI, Thumb::MTime (and Thumb::Size, Thumb::Image::Width/Height when given
        > 0, Software "Byline") via a temporary file + rename, scaled down to the flavor's edge; creates the
        folders with 0700 permissions. Returns false on failure. */
    bool store(const QString &absolutePath, qint64 mtimeSecs, Flavor flavor, const QImage &thumbnail,
               qint64 fileSize = -1, QSize original = {}, qint64 stamp = 0);

    /** Records that @p absolutePath cannot be thumbnailed (root/fail/byline-1.2/<md5>.png, a 1x1 PNG with
        the same URI/MTime chunks), so it is not retried until it changes. */
    bool markFailed(const QString &absolutePath, qint64 mtimeSecs, const QString &reason = {}, qint64 fileSize = -1,
                    qint64 stamp = 0);
    [[nodiscard]] bool hasFailed(const QString &absolutePath, qint64 mtimeSecs, qint64 fileSize = -1) const
    {
        return failure(absolutePath, mtimeSecs, fileSize).has_value();
    }
    /** Why the file failed, when it failed before at this mtime (and size, when both are known); "" for a
        marker written without a reason. */
    [[nodiscard]] std::optional<QString> failure(const QString &absolutePath, qint64 mtimeSecs, qint64 fileSize = -1,
                                                 qint64 stamp = 0) const;

    /** A temporary file younger than this may belong to a writer still at work in another process. */
    static constexpr std::chrono::minutes s_abandonedAfter{60};
    /**
     * Removes the temporary files that writers killed mid-write left beside the entries (ours are named
     * "<md5>.png.XXXXXX.tmp"), once older than @p age; returns how many. Lists every folder of the
     * cache, so it runs on a worker thread, once per provider.
     */
    int removeAbandonedTemporaries(std::chrono::seconds age = s_abandonedAfter) const;

private:
    [[nodiscard]] QString failPathFor(const QString &absolutePath) const;

    QString m_root;
};
