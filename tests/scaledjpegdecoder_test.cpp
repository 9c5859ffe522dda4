#include <catch2/catch.hpp>

#include "imaging/scaledjpegdecoder.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>

#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>
#include <vector>

#include <jpeglib.h>

namespace {

constexpr qint64 s_maxPixels = 200'000'000;

// Smooth gradients and hard edges, so that scaled decodes of different kinds would differ visibly.
QImage picture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y,
                           qRgb((x * 255) / size.width(), (y * 255) / size.height(), ((x / 37 + y / 23) % 2) * 200));
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

struct Sampling
{
    int lumaH, lumaV; // the chroma components are 1 x 1
};
constexpr Sampling s_444{1, 1}, s_422{2, 1}, s_420{2, 2};

// What QImageWriter cannot write: any chroma subsampling, and any scan script (libjpeg's standard
// progression when none is given).
QByteArray encoded(const QImage &source, Sampling sampling, bool progressive,
                   const std::vector<jpeg_scan_info> &script = {})
{
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char *out = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &out, &size);
    info.image_width = JDIMENSION(image.width());
    info.image_height = JDIMENSION(image.height());
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 90, TRUE);
    info.comp_info[0].h_samp_factor = sampling.lumaH;
    info.comp_info[0].v_samp_factor = sampling.lumaV;
    if (progressive)
        jpeg_simple_progression(&info);
    if (!script.empty()) {
        info.scan_info = script.data();
        info.num_scans = int(script.size());
    }
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        auto *row = const_cast<JSAMPROW>(image.constScanLine(int(info.next_scanline)));
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray jpeg(reinterpret_cast<const char *>(out), qsizetype(size));
    std::free(out);
    return jpeg;
}

// 570 scans: each component's DC first, then every AC coefficient on its own in three passes of
// successive approximation. Valid, and ten times the scans of any real file.
std::vector<jpeg_scan_info> manyScans()
{
    std::vector<jpeg_scan_info> script;
    for (int component = 0; component < 3; ++component)
        script.push_back({1, {component}, 0, 0, 0, 0});
    for (const auto &[ah, al] : {std::pair{0, 2}, std::pair{2, 1}, std::pair{1, 0}}) {
        for (int k = 1; k < DCTSIZE2; ++k) {
            for (int component = 0; component < 3; ++component)
                script.push_back({1, {component}, k, k, ah, al});
        }
    }
    return script;
}

// Qt's own decode at exactly @p size (a DCT scale of the image, so Qt does not resample afterwards),
// which reads every scan.
QImage qtDecode(QByteArray jpeg, QSize size)
{
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    QImageReader reader(&buffer, "jpeg");
    reader.setScaledSize(size);
    return reader.read().convertToFormat(QImage::Format_RGB32);
}

QImage decodedRgb(const QByteArray &jpeg, QSize box, qint64 *unread = nullptr)
{
    const ScaledJpegDecoder::Result result = ScaledJpegDecoder::decode(jpeg, box, s_maxPixels);
    REQUIRE(result.error.isEmpty());
    if (unread)
        *unread = result.unreadBytes;
    return result.image.convertToFormat(QImage::Format_RGB32);
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
    CHECK(result.unreadBytes == 0);
    CHECK(result.error.isEmpty());
}

TEST_CASE("a scaled decode is Qt's, pixel for pixel; progressive at 1/8 leaves the rest of the file unread",
          "[jpegdecoder]")
{
    const QImage source = picture({1600, 1200});
    for (const bool progressive : {false, true}) {
        INFO((progressive ? "progressive" : "baseline"));
        const QByteArray jpeg = jpegOf(source, progressive);
        for (const QSize box : {QSize(200, 150), QSize(400, 300)}) {
            INFO(box.width());
            qint64 unread = -1;
            const QImage image = decodedRgb(jpeg, box, &unread);
            REQUIRE(image.size() == box);
            CHECK(image == qtDecode(jpeg, box));
            if (progressive && box.width() == 200)
                CHECK(unread > 0);
            else
                CHECK(unread == 0);
        }
    }
}

TEST_CASE("progressive 4:4:4, 4:2:2 and 4:2:0 at 1/8 match a decode of every scan", "[jpegdecoder]")
{
    const QImage source = picture({800, 608});
    for (const Sampling sampling : {s_444, s_422, s_420}) {
        INFO(sampling.lumaH << "x" << sampling.lumaV);
        const QByteArray jpeg = encoded(source, sampling, true);
        qint64 unread = -1;
        CHECK(decodedRgb(jpeg, {100, 76}, &unread) == qtDecode(jpeg, {100, 76}));
        CHECK(unread > 0);
        if (sampling.lumaH == 1) // DC coefficients only: done at the DC refinement, before the AC refinements
            CHECK(unread > jpeg.size() / 4);
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
    CHECK(decodedRgb(cut, {200, 150}) == qtDecode(jpeg, {200, 150}));
    // At 1/4 the missing scans matter: libjpeg fills in what is missing and warns, which stays silent.
    const ScaledJpegDecoder::Result quarter = ScaledJpegDecoder::decode(cut, {400, 300}, s_maxPixels);
    REQUIRE_FALSE(quarter.image.isNull());
    CHECK(quarter.image.convertToFormat(QImage::Format_RGB32) != qtDecode(jpeg, {400, 300}));
}

TEST_CASE("every prefix of a progressive file gives a picture or an error, never a crash", "[jpegdecoder][bad]")
{
    const QByteArray jpeg = jpegOf(picture({640, 480}), true);
    for (int sixteenths = 0; sixteenths < 16; ++sixteenths) {
        const QByteArray prefix = jpeg.left(jpeg.size() * sixteenths / 16);
        INFO(prefix.size() << " of " << jpeg.size() << " bytes");
        for (const QSize box : {QSize(80, 60), QSize(160, 120)}) {
            const ScaledJpegDecoder::Result result = ScaledJpegDecoder::decode(prefix, box, s_maxPixels);
            CHECK(result.image.isNull() != result.error.isEmpty());
        }
    }
}

TEST_CASE("hostile progressive files are bounded: scans, memory, and a cancel", "[jpegdecoder][bad]")
{
    const QByteArray many = encoded(picture({64, 64}), s_444, true, manyScans());
    // At 1/4 every scan is needed, and there are more than a real photo has.
    const ScaledJpegDecoder::Result quarter = ScaledJpegDecoder::decode(many, {16, 16}, s_maxPixels);
    CHECK(quarter.image.isNull());
    CHECK(quarter.error.contains(QStringLiteral("scans")));
    // At 1/8 the DC scans come first: the picture is complete long before the limit.
    CHECK_FALSE(ScaledJpegDecoder::decode(many, {8, 8}, s_maxPixels).image.isNull());

    // A few KB claiming 14000 x 14000 pixels, progressive 4:4:4: its coefficients alone would be 1.2 GB.
    QByteArray huge = encoded(picture({64, 64}), s_444, true);
    const qsizetype frame = huge.indexOf(QByteArrayView("\xff\xc2", 2));
    REQUIRE(frame > 0);
    for (const int at : {5, 7}) { // height, then width, big-endian
        huge[frame + at] = char(14000 >> 8);
        huge[frame + at + 1] = char(14000 & 0xff);
    }
    const ScaledJpegDecoder::Result refused = ScaledJpegDecoder::decode(huge, {256, 256}, s_maxPixels);
    CHECK(refused.image.isNull());
    CHECK(refused.error.contains(QStringLiteral("512 MB")));

    const std::atomic<bool> cancelled{true};
    const ScaledJpegDecoder::Result stopped =
        ScaledJpegDecoder::decode(jpegOf(picture({640, 480}), false), {640, 480}, s_maxPixels, &cancelled);
    CHECK(stopped.image.isNull());
    CHECK(stopped.error == QStringLiteral("cancelled"));
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
    CHECK_FALSE(ScaledJpegDecoder::decode(jpegOf(picture({320, 240}), false), {40, 30}, s_maxPixels)
                    .image.colorSpace()
                    .isValid());
}

TEST_CASE("damaged and oversized JPEGs give an error, never a crash", "[jpegdecoder][bad]")
{
    CHECK_FALSE(ScaledJpegDecoder::decode(QByteArray(), {64, 64}, s_maxPixels).error.isEmpty());
    CHECK_FALSE(ScaledJpegDecoder::decode(QByteArray("\xff\xd8\xff\xe0 not really", 16), {64, 64}, s_maxPixels)
                    .error.isEmpty());
    const QByteArray jpeg = jpegOf(picture({320, 240}), false);
    CHECK_FALSE(ScaledJpegDecoder::decode(jpeg.left(200), {64, 64}, s_maxPixels).error.isEmpty()); // header only
    const ScaledJpegDecoder::Result huge = ScaledJpegDecoder::decode(jpeg, {64, 64}, 320 * 240 - 1);
    CHECK(huge.image.isNull());
    CHECK(huge.error.contains(QStringLiteral("more than Byline decodes")));
}
