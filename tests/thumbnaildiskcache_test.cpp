#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "thumbnails/thumbnaildiskcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

using Flavor = ThumbnailDiskCache::Flavor;

const QString s_photo = QStringLiteral("/home/jens/photos/me.png");
constexpr qint64 s_mtime = 1700000000;

QImage filledImage(int width, int height, QColor color = Qt::red)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 0777);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("names follow the spec's example", "[thumbnaildiskcache]")
{
    // The spec's example; the MD5 was checked with Python's hashlib.
    CHECK(ThumbnailDiskCache::uriOf(s_photo) == QStringLiteral("file:///home/jens/photos/me.png"));
    const ThumbnailDiskCache cache(QStringLiteral("/cache/thumbnails"));
    CHECK(cache.pathFor(s_photo, Flavor::Normal) ==
          QStringLiteral("/cache/thumbnails/normal/c6ee772d9e49320e97ec29a7eb5b1697.png"));
    CHECK(cache.pathFor(s_photo, Flavor::Large) ==
          QStringLiteral("/cache/thumbnails/large/c6ee772d9e49320e97ec29a7eb5b1697.png"));
    CHECK(cache.pathFor(s_photo, Flavor::XLarge).startsWith(QStringLiteral("/cache/thumbnails/x-large/")));
    CHECK(cache.pathFor(s_photo, Flavor::XXLarge).startsWith(QStringLiteral("/cache/thumbnails/xx-large/")));
    // RFC 2396 escaping: a space and a non-ASCII letter are percent-encoded (UTF-8).
    CHECK(ThumbnailDiskCache::uriOf(QStringLiteral("/tmp/a b/\u00E9.jpg")) ==
          QStringLiteral("file:///tmp/a%20b/%C3%A9.jpg"));
}

TEST_CASE("default root is the generic cache's thumbnails folder", "[thumbnaildiskcache]")
{
    CHECK(ThumbnailDiskCache::defaultRoot() ==
          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/thumbnails"));
}

TEST_CASE("flavorFor picks the smallest flavor that is large enough", "[thumbnaildiskcache]")
{
    CHECK(ThumbnailDiskCache::flavorFor(1) == Flavor::Normal);
    CHECK(ThumbnailDiskCache::flavorFor(128) == Flavor::Normal);
    CHECK(ThumbnailDiskCache::flavorFor(129) == Flavor::Large);
    CHECK(ThumbnailDiskCache::flavorFor(256) == Flavor::Large);
    CHECK(ThumbnailDiskCache::flavorFor(257) == Flavor::XLarge);
    CHECK(ThumbnailDiskCache::flavorFor(512) == Flavor::XLarge);
    CHECK(ThumbnailDiskCache::flavorFor(513) == Flavor::XXLarge);
    CHECK(ThumbnailDiskCache::flavorFor(1024) == Flavor::XXLarge);
    CHECK(ThumbnailDiskCache::flavorFor(5000) == Flavor::XXLarge);
}

TEST_CASE("a stored thumbnail loads back with the spec's text chunks", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Normal, filledImage(100, 50), 123456, QSize(4000, 2000)));

    const QString path = cache.pathFor(s_photo, Flavor::Normal);
    QImageReader reader(path);
    const QImage written = reader.read();
    REQUIRE_FALSE(written.isNull());
    // QImage::text, not QImageReader::text: the latter splits keys at their first ':' in Qt 6.4.
    REQUIRE(written.text(QStringLiteral("Thumb::URI")) == QStringLiteral("file:///home/jens/photos/me.png"));
    REQUIRE(written.text(QStringLiteral("Thumb::MTime")) == QStringLiteral("1700000000"));
    REQUIRE(written.text(QStringLiteral("Thumb::Size")) == QStringLiteral("123456"));
    REQUIRE(written.text(QStringLiteral("Thumb::Image::Width")) == QStringLiteral("4000"));
    REQUIRE(written.text(QStringLiteral("Thumb::Image::Height")) == QStringLiteral("2000"));
    REQUIRE(written.text(QStringLiteral("Software")) == QStringLiteral("Byline"));
    // Other programs read the raw chunk, so the key itself must be in the file, NUL-terminated.
    CHECK(contentsOf(path).contains(QByteArray("Thumb::URI\0", 11)));
    CHECK(contentsOf(path).contains(QByteArray("Thumb::MTime\0", 13)));
    CHECK(contentsOf(path).size() < 100 * 50 * 3 / 4); // deflated: one colour takes next to nothing

    const QImage loaded = cache.load(s_photo, s_mtime, Flavor::Normal);
    REQUIRE_FALSE(loaded.isNull());
    CHECK(loaded.size() == QSize(100, 50)); // smaller than the flavor: not upscaled
    CHECK(loaded.pixelColor(10, 10) == QColor(Qt::red));
    CHECK(cache.load(s_photo, s_mtime, Flavor::Large).isNull()); // another flavor was never stored
}

TEST_CASE("optional chunks are left out when not given", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    QImage source = filledImage(10, 10);
    source.setText(QStringLiteral("Description"), QStringLiteral("a private caption"));
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Normal, source));
    const QImage written = QImageReader(cache.pathFor(s_photo, Flavor::Normal)).read();
    REQUIRE_FALSE(written.isNull());
    CHECK(written.text(QStringLiteral("Thumb::Size")).isEmpty());
    CHECK(written.text(QStringLiteral("Thumb::Image::Width")).isEmpty());
    CHECK(written.text(QStringLiteral("Description")).isEmpty()); // the source's text does not leak
    CHECK(written.text(QStringLiteral("Thumb::MTime")) == QStringLiteral("1700000000"));
}

TEST_CASE("a thumbnail of another modification time is stale", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Large, filledImage(64, 64)));
    REQUIRE_FALSE(cache.load(s_photo, s_mtime, Flavor::Large).isNull());
    CHECK(cache.load(s_photo, s_mtime + 1, Flavor::Large).isNull());
    CHECK(cache.load(s_photo, s_mtime - 3600, Flavor::Large).isNull());
}

TEST_CASE("a thumbnail whose URI names another file is a miss", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    const QString other = QStringLiteral("/home/jens/photos/other.png");
    REQUIRE(cache.store(other, s_mtime, Flavor::Normal, filledImage(32, 32)));
    REQUIRE_FALSE(cache.load(other, s_mtime, Flavor::Normal).isNull());

    // Put the other file's thumbnail where this photo's belongs, as an MD5 collision would.
    const QString mine = cache.pathFor(s_photo, Flavor::Normal);
    REQUIRE(QFile::copy(cache.pathFor(other, Flavor::Normal), mine));
    REQUIRE(QImageReader(mine).canRead());
    CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).isNull());
}

TEST_CASE("a truncated or corrupt thumbnail is a miss", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    // Noise does not compress, so the image data dominates the file and the cut lands inside it.
    QImage noise(128, 128, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, qRgb((x * 37 + y * 11) % 256, (x * y) % 256, (x ^ y) % 256));
    }
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Normal, noise));
    const QString path = cache.pathFor(s_photo, Flavor::Normal);
    const QByteArray whole = contentsOf(path);
    REQUIRE_FALSE(cache.load(s_photo, s_mtime, Flavor::Normal).isNull());

    SECTION("truncated in the image data")
    {
        writeFile(path, whole.left(whole.size() / 2));
        CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).isNull());
    }
    SECTION("truncated in the header")
    {
        writeFile(path, whole.left(20));
        CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).isNull());
    }
    SECTION("not a PNG at all")
    {
        writeFile(path, QByteArray(500, 'x'));
        CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).isNull());
    }
}

TEST_CASE("store scales a large image down to the flavor's edge", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Large, filledImage(2000, 1000, Qt::blue)));
    const QImage loaded = cache.load(s_photo, s_mtime, Flavor::Large);
    REQUIRE_FALSE(loaded.isNull());
    CHECK(loaded.size() == QSize(256, 128));
    CHECK(loaded.pixelColor(128, 64) == QColor(Qt::blue));

    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Normal, filledImage(300, 1200)));
    CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).size() == QSize(32, 128));
}

TEST_CASE("folders are private and no temporary file is left behind", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("thumbnails"));
    ThumbnailDiskCache cache(root);
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::XLarge, filledImage(600, 400)));
    REQUIRE(cache.store(s_photo, s_mtime + 1, Flavor::XLarge, filledImage(600, 400))); // replaces
    REQUIRE(cache.markFailed(s_photo, s_mtime));

    CHECK(modeOf(root) == 0700);
    CHECK(modeOf(root + QStringLiteral("/x-large")) == 0700);
    CHECK(modeOf(root + QStringLiteral("/fail")) == 0700);
    CHECK(modeOf(root + QStringLiteral("/fail/byline-1.2")) == 0700);
    CHECK(modeOf(cache.pathFor(s_photo, Flavor::XLarge)) == 0600);

    const QStringList entries =
        QDir(root + QStringLiteral("/x-large")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(entries == QStringList{QStringLiteral("c6ee772d9e49320e97ec29a7eb5b1697.png")});
    CHECK(cache.load(s_photo, s_mtime + 1, Flavor::XLarge).size() == QSize(512, 341));
}

TEST_CASE("temporary files a killed writer left are removed once they are old", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("thumbnails"));
    ThumbnailDiskCache cache(root);
    REQUIRE(cache.store(s_photo, s_mtime, Flavor::Large, filledImage(300, 200)));
    REQUIRE(cache.markFailed(s_photo, s_mtime));
    const auto leave = [&](const QString &relative, qint64 ageSecs) {
        const QString path = root + QLatin1Char('/') + relative;
        PhotoFixture::writeAll(path, "half a PNG");
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSecs), QFileDevice::FileModificationTime));
    };
    const QString md5 = QStringLiteral("c6ee772d9e49320e97ec29a7eb5b1697");
    leave(QStringLiteral("large/") + md5 + QStringLiteral(".png.aB3xYz.tmp"), 2 * 3600); // abandoned
    leave(QStringLiteral("fail/byline-1.2/") + md5 + QStringLiteral(".png.Qq1234.tmp"), 2 * 3600);
    leave(QStringLiteral("large/") + md5 + QStringLiteral(".png.k9LmNo.tmp"), 5); // being written now
    leave(QStringLiteral("large/someone-elses.tmp"), 2 * 3600);                   // not ours

    CHECK(cache.removeAbandonedTemporaries() == 2);
    CHECK(QDir(root + QStringLiteral("/large")).entryList(QDir::Files | QDir::Hidden, QDir::Name) ==
          QStringList({md5 + QStringLiteral(".png"), md5 + QStringLiteral(".png.k9LmNo.tmp"),
                       QStringLiteral("someone-elses.tmp")}));
    CHECK(QDir(root + QStringLiteral("/fail/byline-1.2")).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{md5 + QStringLiteral(".png")});
    CHECK(cache.removeAbandonedTemporaries(std::chrono::seconds(0)) == 1); // the young one, when told
    CHECK_FALSE(cache.load(s_photo, s_mtime, Flavor::Large).isNull());     // entries are never touched
}

TEST_CASE("a failure is remembered until the file changes", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ThumbnailDiskCache cache(dir.filePath(QStringLiteral("thumbnails")));
    CHECK_FALSE(cache.hasFailed(s_photo, s_mtime));
    REQUIRE(cache.markFailed(s_photo, s_mtime));
    CHECK(cache.hasFailed(s_photo, s_mtime));
    CHECK_FALSE(cache.hasFailed(s_photo, s_mtime + 1));
    CHECK_FALSE(cache.hasFailed(QStringLiteral("/home/jens/photos/other.png"), s_mtime));
    CHECK(
        QFile::exists(dir.filePath(QStringLiteral("thumbnails/fail/byline-1.2/c6ee772d9e49320e97ec29a7eb5b1697.png"))));
    CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).isNull()); // a failure is not a thumbnail
    CHECK(cache.failure(s_photo, s_mtime) == QString());          // marked without a reason

    // The reason comes back as it was given, whatever its characters, for the error tile to show.
    const QString reason =
        QStringLiteral("cannot decode the image: Unsupported image format (100% sure, naïve \"TIFF\")");
    REQUIRE(cache.markFailed(s_photo, s_mtime + 5, reason));
    CHECK(cache.failure(s_photo, s_mtime + 5) == reason);
    CHECK_FALSE(cache.failure(s_photo, s_mtime + 6).has_value());
}

TEST_CASE("an unwritable root fails cleanly", "[thumbnaildiskcache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plainFile = dir.filePath(QStringLiteral("not-a-folder"));
    writeFile(plainFile, "x");
    // A root below a regular file cannot be created, not even by root (ENOTDIR).
    ThumbnailDiskCache cache(plainFile + QStringLiteral("/cache/thumbnails"));
    CHECK_FALSE(cache.store(s_photo, s_mtime, Flavor::Normal, filledImage(10, 10)));
    CHECK_FALSE(cache.markFailed(s_photo, s_mtime));
    CHECK(cache.load(s_photo, s_mtime, Flavor::Normal).isNull());
    CHECK_FALSE(cache.hasFailed(s_photo, s_mtime));
    CHECK(contentsOf(plainFile) == QByteArray("x"));
}
