#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/photosource.h"
#include "imaging/thumbnailer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// Thumbnailer: a photo decoded scaled to the edge asked for, or its embedded preview, always upright.

namespace {

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
                                     PhotoSource::s_maxInMemoryBytes);
    REQUIRE(QFileInfo(large).size() > PhotoSource::s_maxInMemoryBytes);
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
        const DecodedPhoto fitted = PhotoDecoder::fitted(path, QSize(100, 100));
        CHECK(fitted.image.size() == QSize(50, 100));
    }
}
