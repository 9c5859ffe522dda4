#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/waituntil.h"

#include "imaging/thumbnailer.h"
#include "thumbnails/errortile.h"
#include "thumbnails/photoloadprogress.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/photoresponse.h"
#include "thumbnails/thumbnaildiskcache.h"
#include "thumbnails/thumbnailmemorycache.h"
#include "thumbnails/thumbnailpng.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QBuffer>

#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMutex>
#include <QPainter>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
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
    for (const auto &[x, y] :
         {std::pair{0.03, 0.03}, std::pair{0.97, 0.03}, std::pair{0.03, 0.97}, std::pair{0.97, 0.97}}) {
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

QString idOf(const QString &path, bool placeholder = false)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path)) +
           (placeholder ? QStringLiteral("?placeholder") : QString());
}

Request request(ThumbnailProvider &provider, const QString &path, int edge, bool placeholder = false)
{
    Request result;
    result.response.reset(provider.requestImageResponse(idOf(path, placeholder), QSize(edge, edge)));
    const auto *response = static_cast<ThumbnailResponse *>(result.response.get());
    REQUIRE(waitUntil([response] { return response->isDone(); }, 20000));
    result.image = response->image();
    return result;
}

QString problemOf(const Request &request)
{
    return static_cast<ThumbnailResponse *>(request.response.get())->problem();
}

struct PhotoRequest
{
    std::unique_ptr<PhotoResponse> response;
    QImage image;
};

PhotoRequest requestPhoto(PhotoProvider &provider, const QString &path, QSize box)
{
    PhotoRequest result;
    result.response.reset(static_cast<PhotoResponse *>(provider.requestImageResponse(idOf(path), box)));
    const PhotoResponse *response = result.response.get();
    REQUIRE(waitUntil([response] { return response->isDone(); }, 20000));
    result.image = response->image();
    return result;
}

// Noise does not compress: a PNG of a few megabytes, read by PhotoResponse in several chunks.
QString noisePng(const QString &path, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    quint32 state = 12345;
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            state = state * 1664525u + 1013904223u; // a fixed LCG: the same file every run
            line[x] = 0xff000000u | (state >> 8);
        }
    }
    REQUIRE(image.save(path, "PNG", 0));
    return path;
}

// The CRC-32 PNG chunks carry (ISO 3309), bit by bit: a test needs no table.
quint32 pngCrc(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian(QByteArray &bytes, qsizetype at, quint32 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes[at + i] = char((value >> (8 * (width - 1 - i))) & 0xff);
}

// A small PNG whose header claims 65535 x 65535 pixels (17 GB of RGBA), with a valid header CRC.
QByteArray claimedHugePng()
{
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(marked({64, 48}).save(&buffer, "PNG"));
    REQUIRE(png.mid(12, 4) == "IHDR");
    putBigEndian(png, 16, 65535, 4);
    putBigEndian(png, 20, 65535, 4);
    putBigEndian(png, 29, pngCrc(png.mid(12, 17)), 4);
    return png;
}

// A small JPEG whose frame header claims 60000 x 60000 pixels; the scan data ends long before that.
QByteArray claimedHugeJpeg(const QString &path)
{
    QByteArray jpeg = PhotoFixture::readAll(markedJpeg(path, {64, 48}));
    const qsizetype frame = jpeg.indexOf("\xff\xc0");
    REQUIRE(frame > 0);
    putBigEndian(jpeg, frame + 5, 60000, 2);
    putBigEndian(jpeg, frame + 7, 60000, 2);
    return jpeg;
}

// One photo, a provider with one thread, and the order in which its requests finish.
class FinishOrder
{
public:
    FinishOrder()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(m_cacheRoot.isValid());
        m_path = markedJpeg(m_dir.filePath(QStringLiteral("a.jpg")), {640, 480}, 0, true);
        m_provider = std::make_unique<ThumbnailProvider>(1, m_cacheRoot.path());
    }

    ThumbnailProvider &provider() { return *m_provider; }
    /** Holds the only thread, so the requests that follow wait in the queue and the order is the pool's. */
    void hold()
    {
        m_provider->pool().start([this] { m_gate.acquire(); }, 1 << 20);
    }
    void release() { m_gate.release(); }

    /** A request named @p name; the edge differs per request, so none is served from another's result. */
    void ask(const QString &name, int edge, bool placeholder = false)
    {
        m_responses.emplace_back(m_provider->requestImageResponse(idOf(m_path, placeholder), QSize(edge, edge)));
        QObject::connect(m_responses.back().get(), &QQuickImageResponse::finished, [this, name] {
            const QMutexLocker locker(&m_mutex);
            m_order << name;
        });
    }

    /** The names in the order their requests finished, once all have. */
    QStringList order()
    {
        REQUIRE(m_provider->waitForDone(20000));
        const QMutexLocker locker(&m_mutex);
        return m_order;
    }

private:
    QTemporaryDir m_dir, m_cacheRoot;
    QString m_path;
    QSemaphore m_gate;
    QMutex m_mutex;
    QStringList m_order;
    std::vector<std::unique_ptr<QQuickImageResponse>> m_responses;
    // Last, so it goes first: its destructor waits for every runnable, which use the members above.
    std::unique_ptr<ThumbnailProvider> m_provider;
};

QStringList numbered(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QString::number(i);
    return names;
}

// The JPEG at @p path with comment segments after its Exif, until the file is larger than @p atLeast.
QString paddedJpeg(const QString &path, qint64 atLeast)
{
    QByteArray jpeg = PhotoFixture::readAll(path);
    qsizetype at = 2; // past SOI: skip the APPn segments, so the Exif stays where readers look first
    while (at + 4 <= jpeg.size() && quint8(jpeg[at]) == 0xff && (quint8(jpeg[at + 1]) & 0xf0) == 0xe0)
        at += 2 + ((quint8(jpeg[at + 2]) << 8) | quint8(jpeg[at + 3]));
    const QByteArray comment = QByteArray("\xff\xfe\xff\xff", 4) + QByteArray(0xffff - 2, 'c');
    QByteArray padding;
    while (jpeg.size() + padding.size() <= atLeast)
        padding += comment;
    jpeg.insert(at, padding);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(jpeg) == jpeg.size());
    return path;
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
        const QString path =
            markedJpeg(dir.filePath(QStringLiteral("o%1.jpg").arg(orientation)), {400, 200}, orientation, true);
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

TEST_CASE("a photo too large to read into memory is decoded from the file, upright", "[thumbnails][large]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString large = paddedJpeg(markedJpeg(dir.filePath(QStringLiteral("large.jpg")), {400, 200}, 6),
                                     Thumbnailer::s_maxInMemoryBytes);
    REQUIRE(QFileInfo(large).size() > Thumbnailer::s_maxInMemoryBytes);
    const QString small = markedJpeg(dir.filePath(QStringLiteral("small.jpg")), {400, 200}, 6);
    const QImage reference = fullUpright(small);
    REQUIRE(reference.size() == QSize(200, 400));
    // Large, small, large again on one thread: the buffer a thread keeps serves each file whole.
    for (const QString &path : {large, small, large}) {
        INFO(path.toStdString());
        const Thumbnailer::Result made = Thumbnailer::make(path, 256);
        CHECK(made.error.isEmpty());
        CHECK(made.image.size() == QSize(128, 256));
        CHECK(sameOrientation(made.image, reference));
        const Thumbnailer::Result fitted = Thumbnailer::fitted(path, QSize(100, 100));
        CHECK(fitted.image.size() == QSize(50, 100));
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
        CHECK(static_cast<ThumbnailResponse *>(first.response.get())->problem().isEmpty());
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

    CHECK(entry.text(QStringLiteral("Thumb::Size")) == QString::number(QFileInfo(path).size()));

    CHECK_FALSE(entry.text(QStringLiteral("Byline::Stamp")).isEmpty());

    // Paint the disk entry blue, its chunks kept: a new provider must show it rather than decode.
    {
        QImage painted = entry;
        painted.fill(Qt::blue);
        ThumbnailPng::TextChunks chunks;
        for (const QString &key : entry.textKeys())
            chunks.append({key.toLatin1(), entry.text(key).toLatin1()});
        QFile png(stored);
        REQUIRE(png.open(QIODevice::WriteOnly));
        REQUIRE(ThumbnailPng::write(png, painted, chunks).isEmpty());
    }
    {
        ThumbnailProvider provider(2, cacheRoot.path());
        const QImage fromDisk = request(provider, path, 256).image;
        INFO("colour " << colourAt(fromDisk, 0.1, 0.5).name().toStdString());
        CHECK(sameColour(colourAt(fromDisk, 0.1, 0.5), Qt::blue));
    }

    // Repaint the photo, keeping its size (decoders ignore bytes after the end) and its mtime, as a
    // copy made with cp -p or touch -r would: another picture, never the cached one.
    const qint64 size = QFileInfo(path).size();
    QImage other(800, 600, QImage::Format_RGB32);
    other.fill(Qt::yellow);
    QBuffer repainted;
    REQUIRE(repainted.open(QIODevice::WriteOnly));
    REQUIRE(other.save(&repainted, "JPEG"));
    REQUIRE(repainted.size() < size);
    PhotoFixture::writeAll(path, repainted.data() + QByteArray(size - repainted.size(), '\0'));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::fromSecsSinceEpoch(mtime), QFileDevice::FileModificationTime));
    file.close();
    REQUIRE(QFileInfo(path).size() == size);
    {
        ThumbnailProvider provider(2, cacheRoot.path());
        const QImage fresh = request(provider, path, 256).image;
        INFO("colour " << colourAt(fresh, 0.1, 0.5).name().toStdString());
        CHECK(sameColour(colourAt(fresh, 0.1, 0.5), Qt::yellow));
        REQUIRE(provider.waitForDone(20000));
    }
    // Same mtime, another size: another picture too.
    PhotoFixture::writeAll(path, repainted.data());
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::fromSecsSinceEpoch(mtime), QFileDevice::FileModificationTime));
    file.close();
    {
        ThumbnailProvider provider(2, cacheRoot.path());
        CHECK(sameColour(colourAt(request(provider, path, 256).image, 0.1, 0.5), Qt::yellow));
        REQUIRE(provider.waitForDone(20000));
    }
    // Touch it: the stale entry is replaced by the new picture.
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::fromSecsSinceEpoch(mtime + 60), QFileDevice::FileModificationTime));
    file.close();
    ThumbnailProvider provider(2, cacheRoot.path());
    CHECK(sameColour(colourAt(request(provider, path, 256).image, 0.1, 0.5), Qt::yellow));
    REQUIRE(provider.waitForDone(20000)); // disk-cache entries are written behind the requests
    CHECK(QImage(stored).text(QStringLiteral("Thumb::MTime")) == QString::number(mtime + 60));
}

TEST_CASE("broken files get the error tile, a reason, finished(), and a fail entry", "[thumbnails][bad]")
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
    for (const QString &name : {QStringLiteral("empty.jpg"), QStringLiteral("text.jpg"),
                                QStringLiteral("header-only.jpg"), QStringLiteral("missing.jpg")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        const Request result = request(provider, path, 256);
        CHECK(result.image.size() == ErrorTile::make(256).size());
        const QString problem = static_cast<ThumbnailResponse *>(result.response.get())->problem();
        CHECK_FALSE(problem.isEmpty());
        // The tile says why in words: it differs from the bare tile (the cross moves up for the text).
        CHECK(result.image != ErrorTile::make(256));
        CHECK(result.image == ErrorTile::make(256, problem));
        // An error string would make Qt Quick drop the tile and warn: the reason travels in problem().
        CHECK(result.response->errorString().isEmpty());
        if (QFile::exists(path)) {
            CHECK(disk.failure(path, QFileInfo(path).lastModified().toSecsSinceEpoch()) == problem);
            // Asked again, the remembered failure gives the same reason without decoding again.
            ThumbnailProvider again(1, cacheRoot.path());
            const Request second = request(again, path, 256);
            CHECK(static_cast<ThumbnailResponse *>(second.response.get())->problem() == problem);
            CHECK(second.image == ErrorTile::make(256, problem));
        }
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
    // Declared before the provider, so they outlive it: its destructor waits for every runnable.
    std::vector<std::unique_ptr<QQuickImageResponse>> responses;
    std::atomic<int> finished{0};
    ThumbnailProvider provider(1, cacheRoot.path());
    for (int i = 0; i < 500; ++i) {
        responses.emplace_back(provider.requestImageResponse(
            QString::fromLatin1(QUrl::toPercentEncoding(dir.filePath(QStringLiteral("p%1.jpg").arg(i % 10)))),
            QSize(256 + i, 256 + i)));
        QObject::connect(responses.back().get(), &QQuickImageResponse::finished, [&finished] { ++finished; });
    }
    for (auto &response : responses)
        response->cancel();
    // REQUIRE: the responses below must outlive every runnable still queued. The bound is a hang guard
    // for a loaded CI machine; "promptly" is the count of skipped requests checked after it.
    REQUIRE(provider.waitForDone(60000));
    CHECK(finished == 500);
    int cancelled = 0;
    for (auto &response : responses)
        cancelled += static_cast<ThumbnailResponse *>(response.get())->problem() == QStringLiteral("cancelled") ? 1 : 0;
    CHECK(cancelled > 400); // only the few already running were not skipped
}

TEST_CASE("a placeholder is the embedded preview or a cached thumbnail, never a decode", "[thumbnails][placeholder]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    const QString withPreview = markedJpeg(dir.filePath(QStringLiteral("preview.jpg")), {800, 600}, 6, true);
    const QString bare = markedJpeg(dir.filePath(QStringLiteral("bare.jpg")), {800, 600});
    ThumbnailProvider provider(2, cacheRoot.path());
    const ThumbnailDiskCache disk(cacheRoot.path());

    // The 160-px Exif preview, upright, though 256 px were asked for; nothing decoded, nothing stored.
    const Request preview = request(provider, withPreview, 256, true);
    CHECK(preview.image.size() == QSize(120, 160));
    CHECK(sameOrientation(preview.image, fullUpright(withPreview)));
    CHECK(problemOf(preview).isEmpty());
    CHECK_FALSE(QFile::exists(disk.pathFor(withPreview, ThumbnailDiskCache::Flavor::Large)));
    CHECK(provider.memoryCache().usedBytes() == 0);

    // No preview: a transparent pixel, so the tile keeps its own background.
    const Request nothing = request(provider, bare, 256, true);
    REQUIRE(nothing.image.size() == QSize(1, 1));
    CHECK(nothing.image.pixelColor(0, 0).alpha() == 0);
    CHECK(problemOf(nothing).isEmpty());

    // Once the sharp thumbnail exists, the placeholder is that very image.
    const Request sharp = request(provider, bare, 256);
    CHECK(sharp.image.size() == QSize(256, 192));
    CHECK(request(provider, bare, 256, true).image.cacheKey() == sharp.image.cacheKey());
    // ... and from the disk cache in a new session, once the entry is written (behind the requests).
    REQUIRE(provider.waitForDone(20000));
    ThumbnailProvider reopened(2, cacheRoot.path());
    CHECK(request(reopened, bare, 256, true).image.size() == QSize(256, 192));
}

TEST_CASE("the newest requests run first, placeholders ahead of decodes", "[thumbnails][priority]")
{
    FinishOrder pool;
    pool.hold();
    pool.ask(QStringLiteral("old sharp 1"), 100);
    pool.ask(QStringLiteral("old sharp 2"), 101);
    pool.ask(QStringLiteral("old placeholder"), 100, true);
    QThread::msleep(ThumbnailProvider::s_burstGapMs * 3); // the user scrolls on
    pool.ask(QStringLiteral("new sharp"), 102);
    pool.ask(QStringLiteral("new placeholder"), 102, true);
    pool.release();
    CHECK(pool.order() == QStringList{QStringLiteral("new placeholder"), QStringLiteral("new sharp"),
                                      QStringLiteral("old placeholder"), QStringLiteral("old sharp 1"),
                                      QStringLiteral("old sharp 2")});
}

TEST_CASE("a screenful asked for slowly keeps its order, however long the burst", "[thumbnails][priority]")
{
    // A slow machine builds a grid's delegates over more than a tenth of a second; the tiles at the top
    // must still come first (a clock-based batch served the buffered rows below the screen first).
    FinishOrder pool;
    pool.hold();
    const QStringList tiles = numbered(12);
    for (int tile = 0; tile < tiles.size(); ++tile) { // 12 x 10 ms: longer than a tenth-of-a-second bucket
        pool.ask(tiles[tile], 100 + tile);
        QThread::msleep(ThumbnailProvider::s_burstGapMs / 5);
    }
    pool.release();
    CHECK(pool.order() == tiles);
}

TEST_CASE("the photo provider fits the photo to the box, upright, never enlarged", "[thumbnails][photo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = markedJpeg(dir.filePath(QStringLiteral("plain.jpg")), {800, 600});
    const QString turned = markedJpeg(dir.filePath(QStringLiteral("turned.jpg")), {400, 200}, 6);
    PhotoProvider provider;

    CHECK(requestPhoto(provider, plain, {400, 400}).image.size() == QSize(400, 300));
    CHECK(requestPhoto(provider, plain, {3000, 3000}).image.size() == QSize(800, 600));
    CHECK(requestPhoto(provider, plain, {}).image.size() == QSize(800, 600)); // the default 2048-px box
    // Stored 400x200 turned a quarter: 200x400 upright, fitted into a tall box by its height.
    const PhotoRequest upright = requestPhoto(provider, turned, {300, 200});
    CHECK(upright.image.size() == QSize(100, 200));
    CHECK(sameOrientation(upright.image, fullUpright(turned)));
    CHECK(upright.response->problem().isEmpty());
}

TEST_CASE("the photo provider gives the error tile for broken files and reports read progress",
          "[thumbnails][photo][bad]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("text.jpg")), "not a photo at all");
    PhotoProvider provider;
    for (const QString &name : {QStringLiteral("text.jpg"), QStringLiteral("missing.jpg")}) {
        INFO(name.toStdString());
        const PhotoRequest broken = requestPhoto(provider, dir.filePath(name), {400, 400});
        CHECK(broken.image.size() == ErrorTile::make(400).size());
        CHECK_FALSE(broken.response->problem().isEmpty());
        CHECK(broken.response->errorString().isEmpty());
    }

    const QString big = noisePng(dir.filePath(QStringLiteral("noise.png")), {1200, 1000});
    REQUIRE(QFileInfo(big).size() > 3 * (1 << 20));
    QSignalSpy progress(PhotoLoadProgress::instance(), &PhotoLoadProgress::progressChanged);
    const PhotoRequest photo = requestPhoto(provider, big, {600, 600});
    CHECK(photo.image.size() == QSize(600, 500));
    REQUIRE(waitUntil([&progress] { return !progress.isEmpty() && progress.last().at(1).toDouble() == 1.0; }, 5000));
    CHECK(progress.size() >= 3);
    double previous = 0;
    for (const QList<QVariant> &report : progress) {
        CHECK(report.at(0).toString() == big);
        CHECK(report.at(1).toDouble() > previous);
        previous = report.at(1).toDouble();
    }
}

TEST_CASE("the photo provider decodes a huge file as it reads it, never reading it whole", "[thumbnails][photo][bad]")
{
    // A real JPEG followed by 300 MB of nothing (a sparse file: no disk is used). Read whole first, it
    // would cost 300 MB of memory per decoding thread; decoded as it is read, a few.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = markedJpeg(dir.filePath(QStringLiteral("huge.jpg")), {800, 600});
    QFile file(path);
    REQUIRE(file.resize(300LL << 20));
    const auto peakMiB = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_maxrss) / 1024.0;
    };
    const double before = peakMiB();
    PhotoProvider provider;
    const PhotoRequest photo = requestPhoto(provider, path, {400, 400});
    CHECK(photo.image.size() == QSize(400, 300));
    CHECK(photo.response->problem().isEmpty());
    INFO("peak RSS " << before << " -> " << peakMiB() << " MiB");
    CHECK(peakMiB() - before < 150);
}

TEST_CASE("the memory tier stays within the byte limit it is given", "[thumbnails][cache]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    constexpr qint64 limit = 600 * 1024; // three 256x192 RGB32 thumbnails (192 KiB each), not four
    ThumbnailProvider provider(2, cacheRoot.path(), limit);
    for (int i = 0; i < 6; ++i) {
        const QString path = markedJpeg(dir.filePath(QStringLiteral("p%1.jpg").arg(i)), {800, 600});
        CHECK(request(provider, path, 256).image.size() == QSize(256, 192));
        CHECK(provider.memoryCache().usedBytes() <= limit);
    }
    CHECK(provider.memoryCache().usedBytes() >= 2 * 256 * 192 * 4);
}

TEST_CASE("images claiming enormous sizes give the error tile or a picture, promptly", "[thumbnails][bad]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    const QString png = dir.filePath(QStringLiteral("claims-65535.png"));
    PhotoFixture::writeAll(png, claimedHugePng());
    REQUIRE(QImageReader(png).size() == QSize(65535, 65535));
    const QString jpeg = dir.filePath(QStringLiteral("claims-60000.jpg"));
    PhotoFixture::writeAll(jpeg, claimedHugeJpeg(dir.filePath(QStringLiteral("small.jpg"))));
    REQUIRE(QImageReader(jpeg).size() == QSize(60000, 60000)); // libjpeg stops at 65500

    ThumbnailProvider provider(2, cacheRoot.path());
    // Past the allocation limit (Thumbnailer::s_allocationLimitMB): refused before any allocation.
    const Request refused = request(provider, png, 256);
    CHECK(refused.image.size() == ErrorTile::make(256).size());
    CHECK_FALSE(problemOf(refused).isEmpty());
    // Within it at 1/8 scale: libjpeg decodes what there is and pads the rest; a picture either way.
    const Request padded = request(provider, jpeg, 256);
    CHECK_FALSE(padded.image.isNull());
    CHECK(qMax(padded.image.width(), padded.image.height()) <= 256);

    PhotoProvider photos;
    const PhotoRequest photo = requestPhoto(photos, png, {1600, 1000});
    CHECK(photo.image.size() == ErrorTile::make(1000).size());
    CHECK_FALSE(photo.response->problem().isEmpty());
}

TEST_CASE("a video named .jpg gets the error tile without reaching Exiv2's container parsers", "[thumbnails][bad]")
{
    QTemporaryDir dir, cacheRoot;
    REQUIRE(dir.isValid());
    REQUIRE(cacheRoot.isValid());
    // An MP4 'ftyp' box, then a 'moov' box whose size points far past the end of the file.
    QByteArray video = QByteArray::fromHex("0000001c6674797069736f6d0000020069736f6d69736f326d703431");
    video += QByteArray::fromHex("7fffffff6d6f6f76") + QByteArray(4000, '\x42');
    const QString path = dir.filePath(QStringLiteral("clip.jpg"));
    PhotoFixture::writeAll(path, video);

    CHECK(Thumbnailer::preview(path, 256).isNull());
    const Thumbnailer::Result made = Thumbnailer::make(path, 256);
    CHECK(made.image.isNull());
    CHECK_FALSE(made.error.isEmpty());
    ThumbnailProvider provider(1, cacheRoot.path());
    const Request tile = request(provider, path, 256);
    CHECK(tile.image.size() == ErrorTile::make(256).size());
    CHECK_FALSE(problemOf(tile).isEmpty());
}

TEST_CASE("while the user scrolls on, the rows now on screen go ahead of earlier ones", "[thumbnails][priority]")
{
    FinishOrder pool;
    pool.hold();
    // A row every 20 ms, never a pause, for longer than a burst may last.
    const QStringList rows = numbered(2 * ThumbnailProvider::s_longestBurstMs / 20 + 2);
    for (int row = 0; row < rows.size(); ++row) {
        pool.ask(rows[row], 100 + row);
        QThread::msleep(20);
    }
    pool.release();
    const QStringList order = pool.order();
    REQUIRE(order.size() == rows.size());
    CHECK(order.first().toInt() > order.last().toInt()); // the last rows asked for came first
}

TEST_CASE("the first tile asked of an idle pool is not served last", "[thumbnails][priority]")
{
    // Qt 6.4 queues a request handed to an idle thread at priority 0; Byline's priorities are below it.
    FinishOrder pool;
    REQUIRE(pool.provider().waitForDone(5000));           // its housekeeping done: the one thread waits, idle
    QThread::msleep(ThumbnailProvider::s_burstGapMs * 2); // and a new burst begins
    const QStringList tiles = numbered(6);
    for (int tile = 0; tile < tiles.size(); ++tile)
        pool.ask(tiles[tile], 100 + tile);
    CHECK(pool.order() == tiles);
}
