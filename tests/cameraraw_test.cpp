#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"
#include "support/rawfixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/embeddedpreview.h"
#include "imaging/photodecoder.h"
#include "imaging/thumbnailer.h"
#include "metadata/imageformat.h"
#include "metadata/metadatareader.h"
#include "thumbnails/photoprovider.h"

// Camera RAW files: listed by name or content, their metadata read by Exiv2 with the sensor's size, and
// shown from the camera's embedded JPEG preview, turned by the file's Exif orientation; never developed.

namespace {

constexpr QSize s_whole(2048, 2048);

RawFixture::Spec spec(int orientation = 1)
{
    RawFixture::Spec raw;
    raw.preview = marked({1600, 1200});
    raw.orientation = orientation;
    raw.caption = QStringLiteral("Soyuz MS-02 crew at the pad");
    return raw;
}

} // namespace

TEST_CASE("RAW formats are known by name, and by content where it says", "[raw][format]")
{
    for (const char *name :
         {"nef", "nrw", "arw", "dng", "cr2", "cr3", "rw2", "orf", "raf", "pef", "srw", "3fr", "iiq", "erf", "mrw"}) {
        INFO(name);
        const ImageFormat format = ImageFormat::fromExtension(QStringLiteral("DSC_0001.") + QString(name).toUpper());
        CHECK(format.isCameraRaw());
        CHECK(format.hasExiv2Metadata());
    }
    CHECK(ImageFormat::fromExtension(QStringLiteral("P1000001.RAW")).name() == QStringLiteral("rw2"));
    CHECK(ImageFormat::identify(QByteArrayView("II*\0\x08\0\0\0", 8), QStringLiteral("a.NEF")).name() ==
          QStringLiteral("nef"));
    CHECK(ImageFormat::identify(QByteArrayView("II*\0\x08\0\0\0", 8), QStringLiteral("a.tif")).name() ==
          QStringLiteral("tiff"));
    CHECK(ImageFormat::sniff(QByteArrayView("II*\0\x10\0\0\0CR\x02\0", 12)).name() == QStringLiteral("cr2"));
    CHECK(ImageFormat::sniff(QByteArrayView("IIU\0\x08\0\0\0", 8)).name() == QStringLiteral("rw2"));
    CHECK(ImageFormat::sniff("IIRO\x08\0\0\0").name() == QStringLiteral("orf"));
    CHECK(ImageFormat::sniff("FUJIFILMCCD-RAW 0201").name() == QStringLiteral("raf"));
    CHECK(ImageFormat::sniff(QByteArrayView("\0\0\0\x18"
                                            "ftypcrx \0\0\0\1",
                                            16))
              .name() == QStringLiteral("cr3"));
}

TEST_CASE("a TIFF-based RAW is read with its sensor size and shown from its JPEG preview", "[raw]")
{
    const Fixture fixture;
    for (const int orientation : {1, 6, 8}) {
        INFO("orientation " << orientation);
        const QString nef =
            RawFixture::tiffRaw(fixture.path(QStringLiteral("DSC_%1.NEF").arg(orientation)), spec(orientation));
        const QImage upright = fullUpright(
            markedJpeg(fixture.path(QStringLiteral("ref-%1.jpg").arg(orientation)), {1600, 1200}, orientation));

        const PhotoRecord record = readOk(nef);
        CHECK(record.format == QStringLiteral("nef"));
        CHECK(record.caption == QStringLiteral("Soyuz MS-02 crew at the pad"));
        const QSize sensor = orientation >= 5 ? QSize(4024, 6048) : QSize(6048, 4024);
        CHECK(QSize(record.width, record.height) == sensor);

        const DecodedPhoto whole = PhotoDecoder::fitted(nef, s_whole);
        REQUIRE(whole.error.isEmpty());
        CHECK(whole.fromPreview);
        CHECK(whole.image.size() == upright.size());
        CHECK(sameOrientation(whole.image, upright));

        const Thumbnailer::Result tile = Thumbnailer::make(nef, 256);
        REQUIRE(tile.error.isEmpty());
        CHECK(tile.fromPreview);
        CHECK(tile.image.size() == upright.size().scaled(256, 256, Qt::KeepAspectRatio));
        CHECK(sameOrientation(tile.image, upright));
        CHECK(sameOrientation(Thumbnailer::preview(nef, 256), upright)); // the instant placeholder
    }
}

TEST_CASE("the detail view shows a RAW file's preview, not its first IFD", "[raw][photoprovider]")
{
    const Fixture fixture;
    const QString nef = RawFixture::tiffRaw(fixture.path(QStringLiteral("DSC_0001.NEF")), spec());
    PhotoProvider provider;
    const PhotoRequest shown = requestPhoto(provider, nef, {1000, 1000});
    CHECK(shown.response->problem().isEmpty());
    CHECK(shown.image.size() == QSize(1000, 750));
    CHECK(sameOrientation(shown.image, marked({1600, 1200})));
}

TEST_CASE("an RW2 is read and shown from its preview", "[raw]")
{
    const Fixture fixture;
    const QString rw2 = RawFixture::rw2(fixture.path(QStringLiteral("P1000001.RW2")), spec(6));
    const PhotoRecord record = readOk(rw2);
    CHECK(record.format == QStringLiteral("rw2"));
    CHECK(record.orientation == 6);
    CHECK(record.caption == QStringLiteral("Soyuz MS-02 crew at the pad"));
    const DecodedPhoto whole = PhotoDecoder::fitted(rw2, s_whole);
    REQUIRE(whole.error.isEmpty());
    CHECK(whole.image.size() == QSize(1200, 1600));
}

TEST_CASE("a RAW file without a usable preview is an error, never a development", "[raw][badinput]")
{
    const Fixture fixture;
    RawFixture::Spec bare = spec();
    bare.withPreview = false;
    const QString nef = RawFixture::tiffRaw(fixture.path(QStringLiteral("bare.nef")), bare);
    const DecodedPhoto whole = PhotoDecoder::fitted(nef, s_whole);
    INFO(whole.error.toStdString());
    // Only the 160 x 120 RGB thumbnail of IFD0 is embedded: it is what there is to show, never the CFA data.
    CHECK(whole.image.size() == QSize(160, 120));
    CHECK(whole.fromPreview);

    // A lookup that failed (a helper that crashed or ran out of time) is an error not to be remembered.
    const DecodedPhoto failed = EmbeddedPreview::fitted(nef, s_whole, [](const QString &, int) {
        Exiv2Extractor::Preview none;
        none.failed = true;
        return none;
    });
    CHECK(failed.image.isNull());
    CHECK(failed.retry);
    const DecodedPhoto none =
        EmbeddedPreview::fitted(nef, s_whole, [](const QString &, int) { return Exiv2Extractor::Preview(); });
    CHECK(none.error == QStringLiteral("the file has no embedded preview Byline can show"));
    CHECK_FALSE(none.retry);

    const QByteArray full =
        PhotoFixture::readAll(RawFixture::tiffRaw(fixture.path(QStringLiteral("full.nef")), spec()));
    for (const qsizetype kept : {qsizetype(12), full.size() / 2}) {
        INFO("kept " << kept);
        const QString cut = fixture.path(QStringLiteral("cut-%1.nef").arg(kept));
        PhotoFixture::writeAll(cut, full.first(kept));
        const DecodedPhoto decoded = PhotoDecoder::fitted(cut, s_whole);
        CHECK(decoded.image.isNull() != decoded.error.isEmpty());
        (void)MetadataReader::read(cut);
        (void)Thumbnailer::make(cut, 256);
    }
}
