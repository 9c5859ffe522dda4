#include <catch2/catch.hpp>

#include "metadata/jpegmetadatasplice.h"
#include "metadata/jpegstructure.h"
#include "support/photofixture.h"

#include <QImage>
#include <QTemporaryDir>

namespace {

QByteArray segment(quint8 marker, const QByteArray &payload)
{
    const auto length = quint16(payload.size() + 2);
    return QByteArray("\xFF") + char(marker) + char(length >> 8) + char(length & 0xFF) + payload;
}

// A real JPEG with extra segments after SOI: an MPF index, a JUMBF box, a comment and an ICC chunk.
QByteArray jpegWithSegments(const QList<QByteArray> &segments)
{
    QTemporaryDir dir;
    const QByteArray plain = PhotoFixture::readAll(PhotoFixture::jpeg(dir.filePath(QStringLiteral("a.jpg")), {64, 48}));
    QByteArray out = plain.first(2);
    for (const QByteArray &s : segments)
        out += s;
    return out + plain.sliced(2);
}

QList<quint8> markers(const QByteArray &jpeg)
{
    QList<quint8> found;
    for (const JpegSegment &s : JpegStructure::scan(jpeg).segments)
        found.append(s.marker);
    return found;
}

QByteArray afterStartOfScan(const QByteArray &jpeg)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    return jpeg.sliced(structure.headerEnd);
}

} // namespace

TEST_CASE("an exported JPEG's header is rebuilt around its untouched image data", "[export]")
{
    const QByteArray base =
        jpegWithSegments({segment(0xE2, QByteArray("MPF\0old offsets", 15)),
                          segment(0xEB, QByteArray("JP old manifest")), segment(0xFE, QByteArray("old comment"))});
    JpegMetadataSplice::Segments segments;
    segments.exif = QByteArray("II*\0\x08\0\0\0\0\0\0\0", 12);
    segments.xmp = QByteArray("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
    segments.photoshopResources = QByteArray("8BIM\x04\x04\0\0\0\0\0\0", 12);
    segments.carried = {segment(0xFE, QByteArray("the original's comment"))};
    const JpegMetadataSplice::Result result = JpegMetadataSplice::splice(base, segments);
    REQUIRE(result.error.isEmpty());
    CHECK(result.warnings.isEmpty());
    CHECK(afterStartOfScan(result.jpeg) == afterStartOfScan(base));
    const QByteArray &copy = result.jpeg;
    CHECK(copy.contains(JpegMetadataSplice::s_exifSignature + segments.exif));
    CHECK(copy.contains(JpegMetadataSplice::s_xmpSignature + segments.xmp));
    CHECK(copy.contains("Photoshop 3.0"));
    CHECK(copy.contains("the original's comment"));
    CHECK_FALSE(copy.contains("old comment"));
    CHECK_FALSE(copy.contains("MPF"));
    CHECK_FALSE(copy.contains("old manifest"));
    CHECK(markers(copy).count(0xE1) == 2);
    CHECK(markers(copy).first() == 0xE0); // JFIF stays first
}

TEST_CASE("an exported JPEG gets the original's ICC profile only when it has none, in chunks", "[export]")
{
    const QByteArray profile(150000, 'p');
    JpegMetadataSplice::Segments segments;
    segments.icc = profile;
    const JpegMetadataSplice::Result bare = JpegMetadataSplice::splice(jpegWithSegments({}), segments);
    REQUIRE(bare.error.isEmpty());
    CHECK(markers(bare.jpeg).count(0xE2) == 3); // 65,519 bytes a chunk
    CHECK(bare.jpeg.count("ICC_PROFILE") == 3);

    const QByteArray own = segment(0xE2, QByteArray("ICC_PROFILE\0\x01\x01own", 17));
    const JpegMetadataSplice::Result kept = JpegMetadataSplice::splice(jpegWithSegments({own}), segments);
    CHECK(kept.jpeg.count("ICC_PROFILE") == 1);
    CHECK(kept.jpeg.contains("own"));
}

TEST_CASE("an exported JPEG leaves out a block too large for one segment and says so", "[export]")
{
    JpegMetadataSplice::Segments segments;
    segments.xmp = QByteArray(70000, 'x');
    const JpegMetadataSplice::Result result = JpegMetadataSplice::splice(jpegWithSegments({}), segments);
    REQUIRE(result.error.isEmpty());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.first().contains(QStringLiteral("XMP")));
    CHECK(JpegStructure::scan(result.jpeg).status == JpegStructure::Status::Complete);
}
