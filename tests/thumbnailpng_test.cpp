#include <catch2/catch.hpp>

#include "thumbnails/thumbnailpng.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace {

// A smooth picture with some detail, as a scaled-down photo is: compresses, but not to nothing.
QImage gradient(QSize size, QImage::Format format)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int alpha = format == QImage::Format_ARGB32 ? (x * 255) / qMax(1, size.width() - 1) : 255;
            image.setPixel(x, y, qRgba((x * 7) & 0xff, (y * 3) & 0xff, ((x ^ y) * 5) & 0xff, alpha));
        }
    }
    return image;
}

QImage decoded(const QByteArray &png)
{
    QImage image;
    REQUIRE(image.loadFromData(png, "PNG"));
    return image;
}

QByteArray encoded(const QImage &image, const ThumbnailPng::TextChunks &text)
{
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(ThumbnailPng::write(buffer, image, text).isEmpty());
    return png;
}

} // namespace

TEST_CASE("an opaque thumbnail round-trips pixel for pixel, with its text chunks, compressed", "[thumbnails][png]")
{
    const QImage image = gradient({256, 192}, QImage::Format_RGB32);
    const QByteArray png = encoded(image, {{"Thumb::URI", "file:///tmp/a%20b.jpg"}, {"Thumb::MTime", "1700000000"}});
    const QImage back = decoded(png);
    CHECK_FALSE(back.hasAlphaChannel());
    CHECK(back.convertToFormat(QImage::Format_RGB32) == image);
    CHECK(back.text(QStringLiteral("Thumb::URI")) == QStringLiteral("file:///tmp/a%20b.jpg"));
    CHECK(back.text(QStringLiteral("Thumb::MTime")) == QStringLiteral("1700000000"));
    // Stored uncompressed, the pixels alone are 256 x 192 x 3 = 147,456 bytes.
    CHECK(png.size() < 256 * 192 * 3 / 2);
}

TEST_CASE("a thumbnail with alpha keeps it", "[thumbnails][png]")
{
    const QImage image = gradient({64, 48}, QImage::Format_ARGB32);
    const QImage back = decoded(encoded(image, {}));
    CHECK(back.hasAlphaChannel());
    CHECK(back.convertToFormat(QImage::Format_ARGB32) == image);
    CHECK(qAlpha(back.pixel(0, 0)) == 0);
    CHECK(qAlpha(back.pixel(63, 0)) == 255);
}

TEST_CASE("other pixel formats are converted, not misread", "[thumbnails][png]")
{
    const QImage rgb888 = gradient({40, 30}, QImage::Format_RGB32).convertToFormat(QImage::Format_RGB888);
    CHECK(decoded(encoded(rgb888, {})).convertToFormat(QImage::Format_RGB888) == rgb888);
    QImage grey(40, 30, QImage::Format_Grayscale8);
    grey.fill(200);
    CHECK(decoded(encoded(grey, {})).pixel(5, 5) == qRgb(200, 200, 200));
}

TEST_CASE("a device that refuses the bytes gives an error, not a crash", "[thumbnails][png]")
{
    QFile full(QStringLiteral("/dev/full"));
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QString error = ThumbnailPng::write(full, gradient({256, 192}, QImage::Format_RGB32), {});
    CHECK_FALSE(error.isEmpty());
    QBuffer readOnly;
    REQUIRE(readOnly.open(QIODevice::ReadOnly));
    CHECK_FALSE(ThumbnailPng::write(readOnly, gradient({8, 8}, QImage::Format_RGB32), {}).isEmpty());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CHECK_FALSE(ThumbnailPng::write(buffer, QImage(), {}).isEmpty());
}
