#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"
#include "support/rawfixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/embeddedpreview.h"
#include "metadata/tiffpreviews.h"

#include <QtEndian>

// A RAW file's JPEG previews found by Byline's own walk of its IFDs, in process, so that a RAW tile costs
// what its preview costs as a JPEG; Exiv2 (in a helper) only for what the walk does not find.

namespace {

JpegStructure::ReadAt readerOf(const QByteArray &bytes)
{
    return [&bytes](qint64 offset, qint64 length) {
        if (offset < 0 || offset >= bytes.size())
            return QByteArray();
        return bytes.mid(offset, qsizetype(std::min<qint64>(length, bytes.size() - offset)));
    };
}

TiffPreviews::Found findIn(const QByteArray &bytes)
{
    return TiffPreviews::find(readerOf(bytes), bytes.size());
}

RawFixture::Spec previewOf(QSize size, int orientation = 1)
{
    RawFixture::Spec spec;
    spec.preview = marked(size);
    spec.orientation = orientation;
    return spec;
}

// A little-endian TIFF: IFD0 at 8 with @p entries (tag, type, count, value), next IFD @p next, then @p tail.
QByteArray tiff(const QList<std::array<quint32, 4>> &entries, quint32 next = 0, const QByteArray &tail = {})
{
    QByteArray bytes("II*\0\x08\0\0\0", 8);
    QByteArray count(2, '\0');
    qToLittleEndian<quint16>(quint16(entries.size()), count.data());
    bytes += count;
    for (const auto &[tag, type, n, value] : entries) {
        QByteArray entry(12, '\0');
        qToLittleEndian<quint16>(quint16(tag), entry.data());
        qToLittleEndian<quint16>(quint16(type), entry.data() + 2);
        qToLittleEndian<quint32>(n, entry.data() + 4);
        qToLittleEndian<quint32>(value, entry.data() + 8);
        bytes += entry;
    }
    QByteArray nextBytes(4, '\0');
    qToLittleEndian<quint32>(next, nextBytes.data());
    return bytes + nextBytes + tail;
}

} // namespace

TEST_CASE("the JPEG preview of a NEF-like RAW is found with its size and the file's orientation", "[raw][tiffpreviews]")
{
    const Fixture fixture;
    const QString nef = RawFixture::tiffRaw(fixture.path(QStringLiteral("DSC_0001.NEF")), previewOf({1600, 1200}, 6));
    const QByteArray bytes = PhotoFixture::readAll(nef);
    const TiffPreviews::Found found = findIn(bytes);
    REQUIRE(found.previews.size() == 1); // the 160 x 120 RGB thumbnail and the CFA data are no JPEG previews
    CHECK(found.previews.at(0).size == QSize(1600, 1200));
    CHECK(found.orientation == 6);
    const QByteArray jpeg = bytes.mid(found.previews.at(0).offset, found.previews.at(0).length);
    CHECK(jpeg.startsWith("\xFF\xD8"));
    CHECK(jpeg.endsWith("\xFF\xD9"));
    CHECK(TiffPreviews::smallestCovering(found.previews, 256).has_value());
    CHECK_FALSE(TiffPreviews::smallestCovering(found.previews, 2000).has_value());
}

TEST_CASE("an RW2's JpgFromRaw is found", "[raw][tiffpreviews]")
{
    const Fixture fixture;
    const QString rw2 = RawFixture::rw2(fixture.path(QStringLiteral("P1000001.RW2")), previewOf({1200, 900}, 8));
    const TiffPreviews::Found found = findIn(PhotoFixture::readAll(rw2));
    REQUIRE(found.previews.size() == 1);
    CHECK(found.previews.at(0).size == QSize(1200, 900));
}

TEST_CASE("lossless-JPEG sensor data is not a preview; the smallest covering preview is chosen", "[raw][tiffpreviews]")
{
    const Fixture fixture;
    const QByteArray small = PhotoFixture::readAll(markedJpeg(fixture.path(QStringLiteral("s.jpg")), {320, 240}));
    const QByteArray large = PhotoFixture::readAll(markedJpeg(fixture.path(QStringLiteral("l.jpg")), {1280, 960}));
    QByteArray lossless = large;
    const qsizetype sof = lossless.indexOf("\xFF\xC0");
    REQUIRE(sof > 0);
    lossless[sof + 1] = char(0xC3); // the same frame, declared lossless: what DNG and CR2 sensor data are

    // IFD0: the small preview as a JPEGInterchangeFormat pair, the sensor data as a single JPEG strip; IFD1
    // (the chain): the large preview as a strip.
    const quint32 data = 8 + 2 + 5 * 12 + 4 + 2 + 2 * 12 + 4 + 2 * 12; // after both IFDs
    const quint32 smallAt = data, losslessAt = smallAt + quint32(small.size()),
                  largeAt = losslessAt + quint32(lossless.size());
    const quint32 ifd1 = 8 + 2 + 5 * 12 + 4;
    QByteArray bytes = tiff({{0x103, 3, 1, 7},
                             {0x111, 4, 1, losslessAt},
                             {0x117, 4, 1, quint32(lossless.size())},
                             {0x201, 4, 1, smallAt},
                             {0x202, 4, 1, quint32(small.size())}},
                            ifd1);
    QByteArray second("\x03\0", 2);
    for (const auto &[tag, type, value] : {std::array<quint32, 3>{0x103, 3, 6}, {0x111, 4, largeAt}, {0x117, 4, 0}}) {
        QByteArray entry(12, '\0');
        qToLittleEndian<quint16>(quint16(tag), entry.data());
        qToLittleEndian<quint16>(quint16(type), entry.data() + 2);
        qToLittleEndian<quint32>(1, entry.data() + 4);
        qToLittleEndian<quint32>(tag == 0x117 ? quint32(large.size()) : value, entry.data() + 8);
        second += entry;
    }
    second += QByteArray(4, '\0');
    bytes += second;
    bytes.resize(data, '\0');
    bytes += small + lossless + large;

    const TiffPreviews::Found found = findIn(bytes);
    REQUIRE(found.previews.size() == 2);
    CHECK(found.previews.at(0).size == QSize(320, 240));
    CHECK(found.previews.at(1).size == QSize(1280, 960));
    CHECK(TiffPreviews::smallestCovering(found.previews, 256)->offset == smallAt);
    CHECK(TiffPreviews::smallestCovering(found.previews, 1000)->offset == largeAt);
}

TEST_CASE("hostile IFDs end the walk: loops, huge counts, offsets past the end", "[raw][tiffpreviews][badinput]")
{
    // IFD0 whose next IFD is itself, and whose SubIFDs point at itself and past the end.
    CHECK(findIn(tiff({{0x14A, 4, 2, 8}}, 8)).previews.isEmpty());
    CHECK(findIn(tiff({{0x14A, 4, 1, 8}, {0x14A, 4, 16, 0xFFFFFF00}}, 8)).previews.isEmpty());
    // A preview that claims more bytes than the file has, or starts past its end.
    CHECK(findIn(tiff({{0x201, 4, 1, 8}, {0x202, 4, 1, 0x7FFFFFFF}})).previews.isEmpty());
    CHECK(findIn(tiff({{0x201, 4, 1, 0xFFFFFFF0}, {0x202, 4, 1, 16}})).previews.isEmpty());
    // A preview that is not a JPEG, and one whose bytes are the IFD itself.
    CHECK(findIn(tiff({{0x201, 4, 1, 8}, {0x202, 4, 1, 14}})).previews.isEmpty());
    // An IFD claiming 65,535 entries in a 30-byte file; a header only; not a TIFF at all.
    QByteArray many("II*\0\x08\0\0\0\xFF\xFF", 10);
    CHECK(findIn(many + QByteArray(20, '\0')).previews.isEmpty());
    CHECK(findIn(QByteArray("II*\0", 4)).previews.isEmpty());
    CHECK(findIn(QByteArray("\xFF\xD8\xFF\xE0 a JPEG")).previews.isEmpty());
}

TEST_CASE("the walk stops after s_maxIfds IFDs and skips previews too large to hold", "[raw][tiffpreviews][badinput]")
{
    const Fixture fixture;
    const QByteArray jpeg = PhotoFixture::readAll(markedJpeg(fixture.path(QStringLiteral("p.jpg")), {320, 240}));
    // A chain of IFDs of one entry each; IFD number @p at (0-based) holds the preview.
    const auto chainWithPreviewIn = [&jpeg](int at) {
        constexpr int ifds = 40, ifdBytes = 2 + 2 * 12 + 4;
        const quint32 jpegAt = 8 + ifds * ifdBytes;
        QByteArray bytes("II*\0\x08\0\0\0", 8);
        for (int i = 0; i < ifds; ++i) {
            QByteArray ifd("\x02\0", 2);
            for (const auto &[tag, value] :
                 {std::pair<quint16, quint32>{i == at ? 0x201 : 0x10F, jpegAt},
                  std::pair<quint16, quint32>{i == at ? 0x202 : 0x110, quint32(jpeg.size())}}) {
                QByteArray entry(12, '\0');
                qToLittleEndian<quint16>(tag, entry.data());
                qToLittleEndian<quint16>(4, entry.data() + 2);
                qToLittleEndian<quint32>(1, entry.data() + 4);
                qToLittleEndian<quint32>(value, entry.data() + 8);
                ifd += entry;
            }
            QByteArray next(4, '\0');
            qToLittleEndian<quint32>(i + 1 < ifds ? quint32(8 + (i + 1) * ifdBytes) : 0, next.data());
            bytes += ifd + next;
        }
        return bytes + jpeg;
    };
    CHECK(findIn(chainWithPreviewIn(5)).previews.size() == 1);
    CHECK(findIn(chainWithPreviewIn(TiffPreviews::s_maxIfds - 1)).previews.size() == 1);
    CHECK(findIn(chainWithPreviewIn(TiffPreviews::s_maxIfds)).previews.isEmpty()); // past the bound

    // A preview that claims more than s_maxPreviewBytes is not read, however large the file says it is.
    const quint64 claimed = TiffPreviews::s_maxPreviewBytes + 1;
    const JpegStructure::ReadAt hugeFile = [&jpeg](qint64 offset, qint64 length) {
        const QByteArray head = tiff({{0x201, 4, 1, 64}, {0x202, 4, 1, quint32(TiffPreviews::s_maxPreviewBytes + 1)}});
        QByteArray file = head + QByteArray(64 - head.size(), '\0') + jpeg;
        return offset < file.size() ? file.mid(offset, length) : QByteArray(qMin<qint64>(length, 4096), '\0');
    };
    CHECK(TiffPreviews::find(hugeFile, qint64(claimed) + 64).previews.isEmpty());
}

TEST_CASE("a RAW tile asks the helpers nothing when the IFDs hold a preview that covers it", "[raw][tiffpreviews]")
{
    const Fixture fixture;
    int lookups = 0;
    const PreviewLookup counting = [&lookups](const QString &path, int minEdge) {
        ++lookups;
        return EmbeddedPreview::inProcess(path, minEdge);
    };
    const QString nef = RawFixture::tiffRaw(fixture.path(QStringLiteral("DSC_0002.NEF")), previewOf({1600, 1200}, 6));
    const DecodedPhoto tile = EmbeddedPreview::fitted(nef, {256, 256}, counting);
    REQUIRE(tile.error.isEmpty());
    CHECK(tile.image.size() == QSize(192, 256)); // turned upright by orientation 6
    CHECK(sameOrientation(tile.image, fullUpright(markedJpeg(fixture.path(QStringLiteral("r.jpg")), {1600, 1200}, 6))));
    CHECK(lookups == 0);

    // Larger than any preview in the IFDs: Exiv2 is asked (maker notes can hold a larger one); it finds
    // the same one, which is shown.
    const DecodedPhoto whole = EmbeddedPreview::fitted(nef, {4000, 4000}, counting);
    CHECK(lookups == 1);
    CHECK(whole.image.size() == QSize(1200, 1600));

    // A helper that found nothing (or failed) still leaves the largest preview of the IFDs to show.
    const DecodedPhoto fallback =
        EmbeddedPreview::fitted(nef, {4000, 4000}, [](const QString &, int) { return Exiv2Extractor::Preview{}; });
    CHECK(fallback.image.size() == QSize(1200, 1600));
}
