#include <catch2/catch.hpp>

#include "thumbnails/scaledjpegdecoder.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>

namespace {

constexpr qint64 s_maxPixels = 200'000'000;

// Smooth gradients and hard edges, so that scaled decodes of different kinds would differ visibly.
QImage picture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb((x * 255) / size.width(), (y * 255) / size.height(), ((x / 37 + y / 23) % 2) * 200));
    }
    return image;
}

QByteArray jpegOf(const QImage &image, bool progressive)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.setProgressiveScanWrite(progressive);
    REQUIRE(writer.write(image));
    return jpeg;
}

// Qt's own decode at exactly @p size (a DCT scale of the image, so Qt does not resample afterwards).
QImage qtDecode(QByteArray jpeg, QSize size)
{
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    QImageReader reader(&buffer, "jpeg");
    reader.setScaledSize(size);
    return reader.read();
}

int largestDifference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return largest;
}

} // namespace

TEST_CASE("the DCT scale is the smallest that still covers the box", "[jpegdecoder]")
{
    const QByteArray jpeg = jpegOf(picture({800, 600}), false);
    const auto sizeFor = [&jpeg](QSize box) { return ScaledJpegDecoder::decode(jpeg, box, s_maxPixels).image.size(); };
    CHECK(sizeFor({100, 75}) == QSize(100, 75));   // 1/8
    CHECK(sizeFor({101, 75}) == QSize(200, 150));  // 1/4
    CHECK(sizeFor({256, 256}) == QSize(400, 300)); // 1/2: 200 x 150 would not cover 256
    CHECK(sizeFor({500, 500}) == QSize(800, 600)); // whole
    const ScaledJpegDecoder::Result result = ScaledJpegDecoder::decode(jpeg, {100, 75}, s_maxPixels);
    CHECK(result.stored == QSize(800, 600));
    CHECK(result.handled);
    CHECK_FALSE(result.partial);
    CHECK(result.error.isEmpty());
}

TEST_CASE("a scaled decode matches Qt's, baseline and progressive, and progressive at 1/8 is read only partly", "[jpegdecoder]")
{
    const QImage source = picture({1600, 1200});
    for (const bool progressive : {false, true}) {
        INFO((progressive ? "progressive" : "baseline"));
        const QByteArray jpeg = jpegOf(source, progressive);
        for (const QSize box : {QSize(200, 150), QSize(400, 300)}) {
            INFO(box.width());
            const ScaledJpegDecoder::Result result = ScaledJpegDecoder::decode(jpeg, box, s_maxPixels);
            REQUIRE(result.image.size() == box);
            CHECK(result.partial == (progressive && box.width() == 200));
            // The same libjpeg-turbo decode: at most rounding apart.
            CHECK(largestDifference(result.image.convertToFormat(QImage::Format_RGB32), qtDecode(jpeg, box)) <= 2);
        }
    }
}

TEST_CASE("a progressive file at 1/8 does not need its last scans", "[jpegdecoder]")
{
    const QByteArray jpeg = jpegOf(picture({1600, 1200}), true);
    // The last scan of libjpeg's standard progression refines luminance AC coefficients only (here a
    // fifth of the file; in a photograph, with less colour detail, about half).
    const qsizetype lastScan = jpeg.lastIndexOf(QByteArrayView("\xff\xda", 2));
    REQUIRE(lastScan > jpeg.size() / 2);
    const QByteArray cut = jpeg.left(lastScan);
    const ScaledJpegDecoder::Result whole = ScaledJpegDecoder::decode(jpeg, {200, 150}, s_maxPixels);
    const ScaledJpegDecoder::Result shortened = ScaledJpegDecoder::decode(cut, {200, 150}, s_maxPixels);
    REQUIRE_FALSE(shortened.image.isNull());
    CHECK(shortened.partial);
    CHECK(shortened.image == whole.image);
    // At 1/4 the missing scans matter: libjpeg fills in what is missing and warns, which stays silent.
    const ScaledJpegDecoder::Result quarter = ScaledJpegDecoder::decode(cut, {400, 300}, s_maxPixels);
    REQUIRE_FALSE(quarter.image.isNull());
    CHECK(quarter.image != ScaledJpegDecoder::decode(jpeg, {400, 300}, s_maxPixels).image);
}

TEST_CASE("greyscale stays greyscale and an embedded ICC profile becomes the colour space", "[jpegdecoder]")
{
    const QImage grey = picture({320, 240}).convertToFormat(QImage::Format_Grayscale8);
    const ScaledJpegDecoder::Result decodedGrey = ScaledJpegDecoder::decode(jpegOf(grey, false), {40, 30}, s_maxPixels);
    CHECK(decodedGrey.image.format() == QImage::Format_Grayscale8);
    CHECK(decodedGrey.image.size() == QSize(40, 30));

    QImage wide = picture({320, 240});
    wide.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
    const ScaledJpegDecoder::Result decodedWide = ScaledJpegDecoder::decode(jpegOf(wide, false), {40, 30}, s_maxPixels);
    CHECK(decodedWide.image.colorSpace() == QColorSpace(QColorSpace::AdobeRgb));
    CHECK_FALSE(ScaledJpegDecoder::decode(jpegOf(picture({320, 240}), false), {40, 30}, s_maxPixels).image.colorSpace().isValid());
}

TEST_CASE("damaged and oversized JPEGs give an error, never a crash", "[jpegdecoder][bad]")
{
    CHECK_FALSE(ScaledJpegDecoder::decode(QByteArray(), {64, 64}, s_maxPixels).error.isEmpty());
    CHECK_FALSE(ScaledJpegDecoder::decode(QByteArray("\xff\xd8\xff\xe0 not really", 16), {64, 64}, s_maxPixels).error.isEmpty());
    const QByteArray jpeg = jpegOf(picture({320, 240}), false);
    CHECK_FALSE(ScaledJpegDecoder::decode(jpeg.left(200), {64, 64}, s_maxPixels).error.isEmpty()); // header only
    const ScaledJpegDecoder::Result huge = ScaledJpegDecoder::decode(jpeg, {64, 64}, 320 * 240 - 1);
    CHECK(huge.image.isNull());
    CHECK(huge.error.contains(QStringLiteral("more than Byline decodes")));
}
