#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/waituntil.h"

#include "thumbnails/thumbnaildiskcache.h"
#include "thumbnails/thumbnailer.h"
#include "thumbnails/thumbnailmemorycache.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace {

// Left half red, right half blue, a green band at the top: every orientation looks different.
QImage marked(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width() / 2, size.height(), Qt::red);
    painter.fillRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height(), Qt::blue);
    painter.fillRect(0, 0, size.width(), size.height() / 5, Qt::green);
    return image;
}

QString markedJpeg(const QString &path, QSize size, int orientation = 0, bool withPreview = false)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(95);
    REQUIRE(writer.write(marked(size)));
    MetadataWrite spec;
    spec.exif.orientation = orientation;
    if (withPreview) {
        QByteArray preview;
        QBuffer buffer(&preview);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(marked(size.scaled(160, 160, Qt::KeepAspectRatio)).save(&buffer, "JPEG", 90));
        spec.exifThumbnail = preview;
    }
    if (orientation > 0 || withPreview)
        PhotoFixture::write(path, spec);
    return path;
}

// The colour at a relative position, to compare orientations between differently sized images.
QColor colourAt(const QImage &image, double x, double y)
{
    return image.pixelColor(int(x * (image.width() - 1)), int(y * (image.height() - 1)));
}

bool sameColour(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) < 60 && qAbs(a.green() - b.green()) < 60 && qAbs(a.blue() - b.blue()) < 60;
}

bool sameOrientation(const QImage &thumbnail, const QImage &reference)
{
    if ((thumbnail.width() > thumbnail.height()) != (reference.width() > reference.height()))
        return false;
    // The corners: green, green, red, blue as painted; every orientation puts them elsewhere.
    for (const auto &[x, y] : {std::pair{0.03, 0.03}, std::pair{0.97, 0.03}, std::pair{0.03, 0.97}, std::pair{0.97, 0.97}}) {
        if (!sameColour(colourAt(thumbnail, x, y), colourAt(reference, x, y)))
            return false;
    }
    return true;
}

QImage fullUpright(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read();
}

struct Request
{
    std::unique_ptr<QQuickImageResponse> response;
    QImage image;
};

Request request(ThumbnailProvider &provider, const QString &path, int edge)
{
    Request result;
    result.response.reset(provider.requestImageResponse(QString::fromLatin1(QUrl::toPercentEncoding(path)), QSize(edge, edge)));
    const auto *response = static_cast<ThumbnailResponse *>(result.response.get());
    REQUIRE(waitUntil([response] { return response->isDone(); }, 20000));
    result.image = response->image();
    return result;
}

} // namespace

TEST_CASE("scaled decode fits the edge, and the embedded preview is used when large enough", "[thumbnails]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = markedJpeg(dir.filePath(QStringLiteral("plain.jpg")), {800, 600});
    Thumbnailer::Result made = Thumbnailer::make(plain, 256);
    CHECK(made.error.isEmpty());
    CHECK(made.image.size() == QSize(256, 192));
    CHECK_FALSE(made.fromPreview);

    const QString withPreview = markedJpeg(dir.filePath(QStringLiteral("preview.jpg")), {800, 600}, 0, true);
    made = Thumbnailer::make(withPreview, 128);
    CHECK(made.fromPreview);
    CHECK(made.image.size() == QSize(128, 96));
    made = Thumbnailer::make(withPreview, 256); // the 160-px preview is too small
    CHECK_FALSE(made.fromPreview);
    CHECK(made.image.size() == QSize(256, 192));
    CHECK(Thumbnailer::preview(withPreview, 256).size() == QSize(160, 120)); // the instant placeholder
}

TEST_CASE("thumbnails are upright for all eight orientations, previews included", "[thumbnails][orientation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (int orientation = 1; orientation <= 8; ++orientation) {
        INFO("orientation " << orientation);
        const QString path = markedJpeg(dir.filePath(QStringLiteral("o%1.jpg").arg(orientation)), {400, 200}, orientation, true);
        const QImage reference = fullUpright(path);
        REQUIRE_FALSE(reference.isNull());
        const Thumbnailer::Result decoded = Thumbnailer::make(path, 256);
        CHECK_FALSE(decoded.fromPreview);
        CHECK(sameOrientation(decoded.image, reference));
        const Thumbnailer::Result fromPreview = Thumbnailer::make(path, 150);
        CHECK(fromPreview.fromPreview);
        CHECK(sameOrientation(fromPreview.image, reference));
    }
}

TEST_CASE("the provider serves from memory, then from the freedesktop disk cache", "[thumbnails][cache]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    const QString path = markedJpeg(dir.filePath(QStringLiteral("a.jpg")), {800, 600});
    const qint64 mtime = QFileInfo(path).lastModified().toSecsSinceEpoch();
    {
        ThumbnailProvider provider(2, cacheRoot.path());
        const Request first = request(provider, path, 256);
        CHECK(first.image.size() == QSize(256, 192));
        CHECK(first.response->errorString().isEmpty());
        CHECK(provider.memoryCache().usedBytes() > 0);
        const Request again = request(provider, path, 256);
        CHECK(again.image.cacheKey() == first.image.cacheKey()); // the very same image: a memory hit
    }
    const ThumbnailDiskCache disk(cacheRoot.path());
    const QString stored = disk.pathFor(path, ThumbnailDiskCache::Flavor::Large);
    REQUIRE(QFile::exists(stored));
    const QImage entry(stored); // QImageReader::text() cuts keys at the first ':' in Qt 6.4
    CHECK(entry.text(QStringLiteral("Thumb::URI")) == ThumbnailDiskCache::uriOf(path));
    CHECK(entry.text(QStringLiteral("Thumb::MTime")) == QString::number(mtime));

    // Repaint the photo but keep its mtime: a new provider must show the disk entry, not decode.
    QImage other(800, 600, QImage::Format_RGB32);
    other.fill(Qt::yellow);
    REQUIRE(other.save(path, "JPEG"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::fromSecsSinceEpoch(mtime), QFileDevice::FileModificationTime));
    file.close();
    {
        ThumbnailProvider provider(2, cacheRoot.path());
        const QImage fromDisk = request(provider, path, 256).image;
        INFO("colour " << colourAt(fromDisk, 0.1, 0.5).name().toStdString());
        CHECK(sameColour(colourAt(fromDisk, 0.1, 0.5), Qt::red));
    }
    // Touch it: the stale entry is replaced by the new picture.
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::fromSecsSinceEpoch(mtime + 60), QFileDevice::FileModificationTime));
    file.close();
    ThumbnailProvider provider(2, cacheRoot.path());
    CHECK(sameColour(colourAt(request(provider, path, 256).image, 0.1, 0.5), Qt::yellow));
    CHECK(QImage(stored).text(QStringLiteral("Thumb::MTime")) == QString::number(mtime + 60));
}

TEST_CASE("broken files get an error image, an error string, finished(), and a fail entry", "[thumbnails][bad]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    const QByteArray full = PhotoFixture::readAll(markedJpeg(dir.filePath(QStringLiteral("full.jpg")), {400, 300}));
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("empty.jpg")), {});
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("text.jpg")), "not a photo at all");
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("header-only.jpg")), full.left(300));
    ThumbnailProvider provider(2, cacheRoot.path());
    const ThumbnailDiskCache disk(cacheRoot.path());
    for (const QString &name : {QStringLiteral("empty.jpg"), QStringLiteral("text.jpg"), QStringLiteral("header-only.jpg"),
                               QStringLiteral("missing.jpg")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        const Request result = request(provider, path, 256);
        CHECK_FALSE(result.image.isNull());
        CHECK_FALSE(result.response->errorString().isEmpty());
        if (QFile::exists(path))
            CHECK(disk.hasFailed(path, QFileInfo(path).lastModified().toSecsSinceEpoch()));
    }
    // Truncated in the image data: a partial picture is still a thumbnail.
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("truncated.jpg")), full.left(full.size() * 2 / 3));
    CHECK_FALSE(request(provider, dir.filePath(QStringLiteral("truncated.jpg")), 128).image.isNull());
}

TEST_CASE("500 queued requests cancelled: every one finishes and the pool drains", "[thumbnails][cancel]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    for (int i = 0; i < 10; ++i)
        markedJpeg(dir.filePath(QStringLiteral("p%1.jpg").arg(i)), {1200, 900});
    ThumbnailProvider provider(1, cacheRoot.path());
    std::vector<std::unique_ptr<QQuickImageResponse>> responses;
    std::atomic<int> finished{0};
    for (int i = 0; i < 500; ++i) {
        responses.emplace_back(provider.requestImageResponse(
            QString::fromLatin1(QUrl::toPercentEncoding(dir.filePath(QStringLiteral("p%1.jpg").arg(i % 10)))), QSize(256 + i, 256 + i)));
        QObject::connect(responses.back().get(), &QQuickImageResponse::finished, [&finished] { ++finished; });
    }
    for (auto &response : responses)
        response->cancel();
    CHECK(provider.waitForDone(5000));
    CHECK(finished == 500);
    int cancelled = 0;
    for (auto &response : responses)
        cancelled += response->errorString() == QStringLiteral("cancelled") ? 1 : 0;
    CHECK(cancelled > 400); // only the few already running were not skipped
}
