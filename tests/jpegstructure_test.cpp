#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/jpegstructure.h"

#include <QTemporaryDir>

namespace {

QByteArray realJpeg(QSize size)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return PhotoFixture::readAll(PhotoFixture::jpeg(dir.filePath(QStringLiteral("a.jpg")), size));
}

QByteArray segment(quint8 marker, const QByteArray &payload)
{
    const int length = payload.size() + 2;
    return QByteArray("\xFF") + char(marker) + char(length >> 8) + char(length & 0xFF) + payload;
}

} // namespace

TEST_CASE("a real JPEG header is read up to the image data", "[jpeg]")
{
    const QByteArray data = realJpeg({123, 45});
    const JpegStructure structure = JpegStructure::scan(data);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    CHECK(structure.width == 123);
    CHECK(structure.height == 45);
    CHECK(structure.frameMarker == 0xC0);
    CHECK(structure.headerEnd > 100);
    CHECK(structure.headerEnd < data.size());
    CHECK(structure.segments.last().marker == 0xDA);
}

TEST_CASE("a header cut short asks for more data instead of guessing", "[jpeg]")
{
    const QByteArray data = realJpeg({64, 48});
    const JpegStructure full = JpegStructure::scan(data);
    REQUIRE(full.status == JpegStructure::Status::Complete);
    for (qsizetype cut = 2; cut < full.headerEnd; ++cut) {
        INFO("cut at " << cut);
        CHECK(JpegStructure::scan(QByteArrayView(data).first(cut)).status == JpegStructure::Status::NeedMoreData);
    }
}

TEST_CASE("non-JPEG data and broken structure are told apart", "[jpeg]")
{
    CHECK(JpegStructure::scan("\x89PNG\r\n").status == JpegStructure::Status::NotJpeg);
    CHECK(JpegStructure::scan("").status == JpegStructure::Status::NotJpeg);
    const QByteArray eoiFirst = QByteArray("\xFF\xD8\xFF\xD9", 4);
    const JpegStructure ended = JpegStructure::scan(eoiFirst);
    CHECK(ended.status == JpegStructure::Status::Corrupt);
    CHECK_FALSE(ended.problem.isEmpty());
    const QByteArray badLength = QByteArray("\xFF\xD8\xFF\xE1\x00\x01", 6);
    CHECK(JpegStructure::scan(badLength).status == JpegStructure::Status::Corrupt);
    const QByteArray scanWithoutFrame = QByteArray("\xFF\xD8", 2) + segment(0xDA, QByteArray(8, '\0'));
    CHECK(JpegStructure::scan(scanWithoutFrame).status == JpegStructure::Status::Corrupt);
}

TEST_CASE("Photoshop APP13 blocks are concatenated in file order", "[jpeg]")
{
    const QByteArray sig("Photoshop 3.0\0", 14);
    const QByteArray frame("\x08\x00\x10\x00\x20\x01\x01\x11\x00", 9);
    const QByteArray data = QByteArray("\xFF\xD8", 2) + segment(0xED, sig + "first-") + segment(0xE1, "Exif\0\0x") +
                            segment(0xED, sig + "second") + segment(0xED, "Other signature") + segment(0xC0, frame) +
                            segment(0xDA, QByteArray(8, '\0')) + "scan";
    const JpegStructure structure = JpegStructure::scan(data);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    CHECK(structure.width == 32);
    CHECK(structure.height == 16);
    CHECK(structure.photoshopResources(data) == QByteArray("first-second"));
}

TEST_CASE("stray bytes between segments are skipped with a warning", "[jpeg]")
{
    const QByteArray frame("\x08\x00\x10\x00\x20\x01\x01\x11\x00", 9);
    const QByteArray data =
        QByteArray("\xFF\xD8", 2) + "junk" + segment(0xC0, frame) + segment(0xDA, QByteArray(8, '\0'));
    const JpegStructure structure = JpegStructure::scan(data);
    CHECK(structure.status == JpegStructure::Status::Complete);
    CHECK(structure.warnings.size() == 1);
}
