#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/thumbnailfixture.h"

#include "thumbnails/finishedsignal.h"
#include "thumbnails/pooldrain.h"
#include "thumbnails/thumbnaildiskcache.h"
#include "thumbnails/thumbnailmemorycache.h"
#include "thumbnails/thumbnailpng.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

// ThumbnailProvider: thumbnails served from memory and the freedesktop disk cache while the file is
// unchanged, a placeholder first, cancelled requests finished at once, and the tiles on screen now first.
// Files that give no thumbnail: thumbnailerrors_test; the decoding itself: thumbnailer_test.

namespace {

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

} // namespace

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

TEST_CASE("a response deleted while its pool thread is still emitting finished() waits for the emission to return",
          "[thumbnails][cancel]")
{
    // Qt 6.4's image reader may delete a response as soon as the emission has begun (it checks a flag the
    // emission sets first): the pool thread is then still inside it. Here the receiver lingers, as a
    // preempted pool thread would, and the reader deletes the response meanwhile.
    auto *signal = new FinishedSignal;
    std::atomic<bool> inside{false};
    std::atomic<bool> returned{false};
    std::thread pool([signal, &inside, &returned] {
        signal->deliver([&] {
            inside = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            returned = true;
        });
    });
    while (!inside)
        std::this_thread::yield();
    CHECK_FALSE(signal->isDone());
    delete signal; // the reader thread deleting the response
    CHECK(returned);
    pool.join();
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

TEST_CASE("a provider the engine never deletes has its decoding waited for before the application goes",
          "[thumbnails][shutdown]")
{
    // Qt Quick keeps a provider as long as any response it made, and a response cancelled while the
    // engine is torn down may never be deleted: the pool's threads must not still be drawing once
    // QGuiApplication is gone. PoolDrain's post routine clears the queue and waits for what runs.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    PoolDrain::enrol(&pool);
    QSemaphore started;
    std::atomic<bool> finished{false};
    std::atomic<bool> queuedRan{false};
    pool.start([&] {
        started.release();
        QThread::msleep(200);
        finished = true;
    });
    pool.start([&] { queuedRan = true; });
    REQUIRE(started.tryAcquire(1, 5000));
    PoolDrain::drainAll();
    CHECK(finished);
    CHECK_FALSE(queuedRan); // the engine that asked for it is gone
    CHECK(pool.activeThreadCount() == 0);
    PoolDrain::withdraw(&pool);

    // A provider enrols its pool while it lives and withdraws it when deleted: a drain then never touches
    // a pool that is gone (AddressSanitizer would say so in CI).
    QTemporaryDir cacheRoot;
    auto provider = std::make_unique<ThumbnailProvider>(1, cacheRoot.path());
    provider.reset();
    PoolDrain::drainAll();
}
