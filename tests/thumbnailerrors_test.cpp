#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/thumbnailer.h"
#include "metadata/metadatareader.h"
#include "thumbnails/errortile.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/thumbnaildiskcache.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>

// Files that give no thumbnail: the error tile with the reason in words, promptly, and without reading
// more of the file than a photo would need.

namespace {

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

} // namespace

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
        // In the metadata reader's words, so that the tile and the line under it agree.
        if (name == QStringLiteral("empty.jpg") || name == QStringLiteral("text.jpg"))
            CHECK(problem == MetadataReader::read(path).error);
        if (QFile::exists(path)) {
            CHECK(disk.failure(path, QFileInfo(path).lastModified().toSecsSinceEpoch()) == problem);
            // Asked again, the remembered failure gives the same reason without decoding again.
            ThumbnailProvider again(1, cacheRoot.path());
            const Request second = request(again, path, 256);
            CHECK(static_cast<ThumbnailResponse *>(second.response.get())->problem() == problem);
            CHECK(second.image == ErrorTile::make(256, problem));
        }
    }
    // A PNG cut short: Qt decodes none of it, and the tile says why in the reader's words ("Unable to read
    // image data" said nothing).
    const QByteArray png = PhotoFixture::readAll(PhotoFixture::png(dir.filePath(QStringLiteral("w.png")), {400, 300}));
    const QString cutPng = dir.filePath(QStringLiteral("cut.png"));
    PhotoFixture::writeAll(cutPng, png.left(png.size() / 2));
    const Request pngResult = request(provider, cutPng, 256);
    const QString pngProblem = static_cast<ThumbnailResponse *>(pngResult.response.get())->problem();
    CHECK(pngProblem == QStringLiteral("the file is truncated inside its image data"));
    CHECK(pngProblem == MetadataReader::read(cutPng).error);
    CHECK(pngResult.image == ErrorTile::make(256, pngProblem));
    // Truncated in the image data: a partial picture is still a thumbnail.
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("truncated.jpg")), full.left(full.size() * 2 / 3));
    CHECK_FALSE(request(provider, dir.filePath(QStringLiteral("truncated.jpg")), 128).image.isNull());
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
    // Past the allocation limit (PhotoDecoder::s_allocationLimitMB): refused before any allocation.
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
