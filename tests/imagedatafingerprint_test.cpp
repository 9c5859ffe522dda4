// ImageDataFingerprint: what a metadata write must leave byte-identical, compared in place (same()) and
// end to end (of()), on real files of each format it takes apart.
#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/imagedatafingerprint.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatawriter.h"

#include <QTemporaryDir>

namespace {

QByteArray bytesOf(const QString &path)
{
    return PhotoFixture::readAll(path);
}

} // namespace

TEST_CASE("image data: a JPEG's metadata may change, its picture may not", "[fingerprint]")
{
    QTemporaryDir dir;
    MetadataWrite plain, captioned;
    captioned.iptc.caption = QStringLiteral("Liftoff at dawn. Credit: NASA/Bill Ingalls");
    captioned.xmp.caption = captioned.iptc.caption;
    captioned.exif.caption = QStringLiteral("exif caption");
    const QByteArray a = bytesOf(PhotoFixture::jpegWith(dir.filePath(QStringLiteral("a.jpg")), plain));
    const QByteArray b = bytesOf(PhotoFixture::jpegWith(dir.filePath(QStringLiteral("b.jpg")), captioned));
    REQUIRE(a != b);
    QString error;
    CHECK(ImageDataFingerprint::same(a, b, error));
    CHECK(error.isEmpty());
    CHECK(ImageDataFingerprint::of(a, error) == ImageDataFingerprint::of(b, error));

    // One byte of the scan, anywhere in it, is another picture.
    const JpegStructure structure = JpegStructure::scan(b);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    for (const qsizetype at : {structure.headerEnd, (structure.headerEnd + b.size()) / 2, b.size() - 3}) {
        QByteArray changed = b;
        changed[at] = char(changed[at] ^ 0x01);
        CHECK_FALSE(ImageDataFingerprint::same(a, changed, error));
        CHECK(error.isEmpty());
    }
    // A picture cut short is not the same, however its pieces fall.
    CHECK_FALSE(ImageDataFingerprint::same(a, b.first(b.size() - 10) + QByteArray("\xFF\xD9", 2), error));
}

TEST_CASE("image data: PNG and TIFF pictures compare in place as they do whole", "[fingerprint]")
{
    QTemporaryDir dir;
    for (const char *format : {"png", "tiff"}) {
        INFO(format);
        const QByteArray first = bytesOf(
            PhotoFixture::image(dir.filePath(QStringLiteral("a.") + QLatin1String(format)), format, QSize(64, 48)));
        const QByteArray other = bytesOf(
            PhotoFixture::image(dir.filePath(QStringLiteral("b.") + QLatin1String(format)), format, QSize(32, 24)));
        QString error;
        CHECK(ImageDataFingerprint::same(first, first, error));
        INFO(error.toStdString());
        CHECK(error.isEmpty());
        CHECK_FALSE(ImageDataFingerprint::same(first, other, error));
        CHECK((ImageDataFingerprint::of(first, error) == ImageDataFingerprint::of(other, error)) == false);
    }
}

TEST_CASE("image data: a file it cannot take apart is an error, never the same", "[fingerprint]")
{
    QString error;
    CHECK_FALSE(ImageDataFingerprint::same(QByteArray("not an image"), QByteArray("not an image"), error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(
        ImageDataFingerprint::same(QByteArray("\xFF\xD8\xFF\xE0", 4), QByteArray("\xFF\xD8\xFF\xE0", 4), error));
    CHECK_FALSE(error.isEmpty());
}
