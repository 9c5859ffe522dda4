#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/thumbnailfixture.h"
#include "support/waituntil.h"

#include "thumbnails/errortile.h"
#include "thumbnails/photoloadprogress.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/photoresponse.h"

#include <sys/resource.h>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

// The lightbox's PhotoProvider: the photo fitted to the screen, upright, its reading reported as it goes.

namespace {

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

} // namespace

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
