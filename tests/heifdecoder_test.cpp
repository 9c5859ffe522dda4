#include <catch2/catch.hpp>

#include "support/heiffixture.h"
#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/photodecoder.h"
#include "imaging/thumbnailer.h"
#include "metadata/metadatareader.h"

#include <QTemporaryDir>

// HEIC and AVIF: decoded through libheif, from the thumbnail item when it is large enough, upright by the
// file's own transforms, and their Exif and XMP read like any other photo's.

namespace {

constexpr QSize s_whole(2048, 2048);

// A JPEG of marked() with a caption in Exif and a creator in XMP, for heif-enc to carry over.
QString describedJpeg(const Fixture &fixture, int orientation = 0)
{
    const QString path = markedJpeg(fixture.path(QStringLiteral("source.jpg")), {800, 600}, orientation);
    MetadataWrite spec;
    spec.exif.caption = QStringLiteral("Soyuz MS-02 rolls out to the launch pad");
    spec.exif.orientation = orientation;
    spec.xmp.creator = QStringLiteral("Andrey Shelepin");
    PhotoFixture::write(path, spec);
    return path;
}

} // namespace

TEST_CASE("a HEIC decodes from its thumbnail item when that is large enough, else whole", "[heif]")
{
    if (HeifFixture::heifEnc().isEmpty())
        BYLINE_SKIP("heif-enc is not installed (libheif-examples)");
    const Fixture fixture;
    const QString heic =
        HeifFixture::encode(describedJpeg(fixture), fixture.path(QStringLiteral("photo.heic")), {"-t", "320"});

    const DecodedPhoto tile = PhotoDecoder::fitted(heic, {256, 256});
    REQUIRE(tile.error.isEmpty());
    CHECK(tile.image.size() == QSize(256, 192));
    CHECK(tile.fromPreview);
    CHECK(tile.original == QSize(800, 600));
    CHECK(sameOrientation(tile.image, marked({800, 600})));

    const DecodedPhoto whole = PhotoDecoder::fitted(heic, s_whole);
    REQUIRE(whole.error.isEmpty());
    CHECK(whole.image.size() == QSize(800, 600));
    CHECK_FALSE(whole.fromPreview);
    CHECK(sameOrientation(whole.image, marked({800, 600})));

    const Thumbnailer::Result thumbnail = Thumbnailer::make(heic, 256);
    CHECK(thumbnail.fromPreview);
    CHECK(thumbnail.image.size() == QSize(256, 192));
    CHECK(Thumbnailer::make(heic, 512).image.size() == QSize(512, 384)); // the 320-px item is too small
    CHECK(Thumbnailer::preview(heic, 256).size() == QSize(256, 192));    // the placeholder: the item, fitted
}

TEST_CASE("an AVIF decodes, and a HEIC without a thumbnail item is decoded whole", "[heif]")
{
    if (HeifFixture::heifEnc().isEmpty())
        BYLINE_SKIP("heif-enc is not installed (libheif-examples)");
    const Fixture fixture;
    const QString source = describedJpeg(fixture);
    const QString avif = HeifFixture::encode(source, fixture.path(QStringLiteral("photo.avif")), {"-A"});
    const DecodedPhoto decoded = PhotoDecoder::fitted(avif, {400, 400});
    REQUIRE(decoded.error.isEmpty());
    CHECK(decoded.image.size() == QSize(400, 300));
    CHECK(sameOrientation(decoded.image, marked({800, 600})));

    const QString bare = HeifFixture::encode(source, fixture.path(QStringLiteral("bare.heic")));
    const Thumbnailer::Result thumbnail = Thumbnailer::make(bare, 256);
    CHECK_FALSE(thumbnail.fromPreview);
    CHECK(thumbnail.image.size() == QSize(256, 192));
    CHECK(Thumbnailer::preview(bare, 256).isNull()); // no item: no instant placeholder
}

TEST_CASE("a HEIC is turned upright by its irot and imir transforms", "[heif][orientation]")
{
    const Fixture fixture;
    const QImage stored = marked({96, 64});
    for (int orientation = 1; orientation <= 8; ++orientation) {
        INFO("orientation " << orientation);
        const QString heic = HeifFixture::heicWithOrientation(
            fixture.path(QStringLiteral("turned-%1.heic").arg(orientation)), stored, orientation);
        const QString reference =
            markedJpeg(fixture.path(QStringLiteral("turned-%1.jpg").arg(orientation)), {96, 64}, orientation);
        const DecodedPhoto decoded = PhotoDecoder::fitted(heic, s_whole);
        REQUIRE(decoded.error.isEmpty());
        CHECK(decoded.image.size() == fullUpright(reference).size());
        CHECK(decoded.original == fullUpright(reference).size());
        CHECK(sameOrientation(decoded.image, fullUpright(reference)));
    }
}

TEST_CASE("a HEIC's Exif orientation is not applied on top of its transforms", "[heif][orientation]")
{
    if (HeifFixture::heifEnc().isEmpty())
        BYLINE_SKIP("heif-enc is not installed (libheif-examples)");
    const Fixture fixture;
    // heif-enc 1.15 keeps the JPEG's Exif (Orientation 6) but writes no irot: HEIF readers show it as stored.
    const QString heic = HeifFixture::encode(describedJpeg(fixture, 6), fixture.path(QStringLiteral("exif6.heic")));
    const DecodedPhoto decoded = PhotoDecoder::fitted(heic, s_whole);
    REQUIRE(decoded.error.isEmpty());
    CHECK(decoded.image.size() == QSize(800, 600));
    CHECK(sameOrientation(decoded.image, marked({800, 600})));
}

TEST_CASE("the Exif and XMP of a HEIC and an AVIF are read", "[heif][metadata]")
{
    if (HeifFixture::heifEnc().isEmpty())
        BYLINE_SKIP("heif-enc is not installed (libheif-examples)");
    const Fixture fixture;
    const QString source = describedJpeg(fixture);
    for (const QString &name : {QStringLiteral("photo.heic"), QStringLiteral("photo.avif")}) {
        INFO(name.toStdString());
        const PhotoRecord record = readOk(HeifFixture::encode(source, fixture.path(name)));
        CHECK(record.caption == QStringLiteral("Soyuz MS-02 rolls out to the launch pad"));
        CHECK(record.creator == QStringLiteral("Andrey Shelepin"));
        CHECK(record.width == 800);
        CHECK(record.height == 600);
    }
}

TEST_CASE("a HEIC's size is listed as displayed, by its transforms and not by its Exif", "[heif][metadata]")
{
    const Fixture fixture;
    const PhotoRecord turned =
        readOk(HeifFixture::heicWithOrientation(fixture.path(QStringLiteral("turned.heic")), marked({96, 64}), 6));
    CHECK(turned.width == 64);
    CHECK(turned.height == 96);
    if (HeifFixture::heifEnc().isEmpty())
        BYLINE_SKIP("heif-enc is not installed (libheif-examples)");
    const PhotoRecord exifTurned =
        readOk(HeifFixture::encode(describedJpeg(fixture, 6), fixture.path(QStringLiteral("exif6.heic"))));
    CHECK(exifTurned.orientation == 6); // what the Exif says, as read
    CHECK(exifTurned.width == 800);     // and not applied: the picture is shown as stored
    CHECK(exifTurned.height == 600);
}

TEST_CASE("a damaged HEIC is an error, never a crash", "[heif][badinput]")
{
    if (HeifFixture::heifEnc().isEmpty())
        BYLINE_SKIP("heif-enc is not installed (libheif-examples)");
    const Fixture fixture;
    const QByteArray whole = PhotoFixture::readAll(
        HeifFixture::encode(describedJpeg(fixture), fixture.path(QStringLiteral("photo.heic")), {"-t", "320"}));
    for (const qsizetype kept : {qsizetype(40), whole.size() / 3, whole.size() - 200}) {
        INFO("kept " << kept << " of " << whole.size() << " bytes");
        const QString cut = fixture.path(QStringLiteral("cut-%1.heic").arg(kept));
        PhotoFixture::writeAll(cut, whole.first(kept));
        const DecodedPhoto decoded = PhotoDecoder::fitted(cut, s_whole);
        CHECK(decoded.image.isNull() != decoded.error.isEmpty());
        if (kept < whole.size() / 2)
            CHECK(decoded.error.startsWith(QStringLiteral("cannot")));
        CHECK(Thumbnailer::make(cut, 256).image.isNull() == !Thumbnailer::make(cut, 256).error.isEmpty());
        (void)MetadataReader::read(cut); // may report an error; must return
    }
}

TEST_CASE("a phone panorama wider than 14,000 pixels is listed and shown", "[heif]")
{
    const Fixture fixture;
    const QString heic =
        HeifFixture::heicWithOrientation(fixture.path(QStringLiteral("panorama.heic")), marked({15000, 64}), 1);
    const PhotoRecord record = readOk(heic);
    CHECK(QSize(record.width, record.height) == QSize(15000, 64));
    const DecodedPhoto shown = PhotoDecoder::fitted(heic, {2048, 2048});
    REQUIRE(shown.error.isEmpty());
    CHECK(shown.image.width() == 2048);
    CHECK(shown.image.height() >= 8);
    CHECK(shown.image.height() <= 9);
}

TEST_CASE("whole decodes outside Qt keep to the allocation limit", "[heif][jpegxl]")
{
    CHECK(PhotoDecoder::wholeDecodeProblem({12'000, 9'000}).isEmpty()); // 108 MP, 432 MB of RGBA
    CHECK(PhotoDecoder::wholeDecodeProblem({14'000, 14'000}) ==
          QStringLiteral("the image is 14000 x 14000 pixels; decoding it whole takes more than 512 MB"));
    CHECK(PhotoDecoder::wholeDecodeProblem({20'000, 20'000}).startsWith(QStringLiteral("the image claims")));
}

namespace {

// A smooth picture with every hue and brightness, so that averaging and conversion, not edges, decide.
QImage gradient(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, QColor::fromHsv(x * 359 / size.width(), 200, 40 + y * 215 / size.height()).rgb());
    }
    return image;
}

// The mean absolute difference of two pictures of one size, per channel, 0-255.
double meanDifference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

} // namespace

TEST_CASE("a HEIC thumbnail averaged from YCbCr has libheif's colours, in every matrix and range", "[heif]")
{
    const Fixture fixture;
    const QImage picture = gradient({1200, 900});
    // BT.601 full range (libheif's default), then planes made by BT.601 limited, BT.709 full and limited and
    // BT.2020 limited (x265 records them in the stream; libheif hands them over as BT.601 full range).
    struct Variant
    {
        int matrix;
        bool fullRange;
    };
    for (const Variant variant :
         {Variant{-1, true}, Variant{6, false}, Variant{1, true}, Variant{1, false}, Variant{9, false}}) {
        INFO("matrix " << variant.matrix << (variant.fullRange ? " full" : " limited"));
        const QString path = fixture.path(QStringLiteral("g%1%2.heic").arg(variant.matrix).arg(variant.fullRange));
        const QString heic = variant.matrix < 0
                                 ? HeifFixture::heicWithOrientation(path, picture, 1)
                                 : HeifFixture::heicWithMatrix(path, picture, variant.matrix, variant.fullRange);
        const DecodedPhoto tile = PhotoDecoder::fitted(heic, {300, 300}); // 4 x smaller: PlanarScaler's path
        REQUIRE(tile.error.isEmpty());
        REQUIRE(tile.image.size() == QSize(300, 225));
        // libheif's own conversion of the whole picture to RGB, scaled down by Qt; and the source itself.
        const QImage reference = PhotoDecoder::fitted(heic, s_whole)
                                     .image.scaled(300, 225, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                     .convertToFormat(QImage::Format_RGB32);
        const QImage source = picture.scaled(300, 225, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QImage shown = tile.image.convertToFormat(QImage::Format_RGB32);
        CHECK(meanDifference(shown, reference) < 2.0);
        CHECK(meanDifference(shown, source) < 3.0);
    }
}

TEST_CASE("a HEIC thumbnail averaged from YCbCr is upright by the file's transforms", "[heif][orientation]")
{
    const Fixture fixture;
    const QImage stored = marked({480, 320});
    for (int orientation = 1; orientation <= 8; ++orientation) {
        INFO("orientation " << orientation);
        const QString heic = HeifFixture::heicWithOrientation(
            fixture.path(QStringLiteral("turned-%1.heic").arg(orientation)), stored, orientation);
        const QString reference =
            markedJpeg(fixture.path(QStringLiteral("turned-%1.jpg").arg(orientation)), {480, 320}, orientation);
        const DecodedPhoto tile = PhotoDecoder::fitted(heic, {120, 120});
        REQUIRE(tile.error.isEmpty());
        const QSize upright = fullUpright(reference).size();
        CHECK(tile.image.size() == upright.scaled(120, 120, Qt::KeepAspectRatio));
        CHECK(sameOrientation(tile.image, fullUpright(reference)));
    }
}
