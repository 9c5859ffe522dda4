#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"
#include "support/thumbnailfixture.h"

#include "imaging/photodecoder.h"
#include "imaging/psdcomposite.h"
#include "imaging/thumbnailer.h"
#include "metadata/metadatareader.h"

#include <QBuffer>
#include <QtEndian>

// Photoshop files: the composite image decoded from the file (raw or PackBits, 8 or 16 bits, PSD or PSB),
// else the thumbnail resource; never an error tile for a file Photoshop saved with its defaults.

namespace {

struct Psd
{
    int version = 1;     // 2: PSB
    int compression = 1; // 0 raw, 1 PackBits
    int depth = 8;
    int mode = 3; // 3 RGB, 1 grayscale, 4 CMYK
    int extraChannels = 0;
    bool thumbnail = false; // a 1036 thumbnail resource
};

void put(QByteArray &out, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// PackBits: runs of three or more equal bytes as repeats, the rest as literals of up to 128.
QByteArray packBits(const QByteArray &row)
{
    QByteArray out;
    for (qsizetype at = 0; at < row.size();) {
        qsizetype run = 1;
        while (at + run < row.size() && run < 128 && row[at + run] == row[at])
            ++run;
        if (run >= 3) {
            out.append(char(1 - run)).append(row[at]);
            at += run;
            continue;
        }
        const qsizetype literal = std::min<qsizetype>(128, row.size() - at);
        out.append(char(literal - 1)).append(row.mid(at, literal));
        at += literal;
    }
    return out;
}

QByteArray thumbnailResource(const QImage &image)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "JPEG", 90));
    QByteArray data;
    put(data, 1, 4); // kJpegRGB
    put(data, quint64(image.width()), 4);
    put(data, quint64(image.height()), 4);
    put(data, quint64((image.width() * 24 + 31) / 32 * 4), 4);
    put(data, quint64((image.width() * 24 + 31) / 32 * 4 * image.height()), 4);
    put(data, quint64(jpeg.size()), 4);
    put(data, 24, 2);
    put(data, 1, 2);
    data += jpeg;
    if (data.size() % 2)
        data += '\0';
    QByteArray resource("8BIM\x04\x0c\0\0", 8);
    put(resource, quint64(data.size()), 4);
    return resource + data;
}

QByteArray psdOf(const QImage &image, const Psd &spec)
{
    const int colours = spec.mode == 3 ? 3 : spec.mode == 4 ? 4 : 1;
    const int channels = colours + spec.extraChannels;
    QByteArray out("8BPS");
    put(out, quint64(spec.version), 2);
    out += QByteArray(6, '\0');
    put(out, quint64(channels), 2);
    put(out, quint64(image.height()), 4);
    put(out, quint64(image.width()), 4);
    put(out, quint64(spec.depth), 2);
    put(out, quint64(spec.mode), 2);
    put(out, 0, 4); // colour mode data
    const QByteArray resources = spec.thumbnail ? thumbnailResource(image.scaled(160, 120, Qt::KeepAspectRatio)) : "";
    put(out, quint64(resources.size()), 4);
    out += resources;
    put(out, 0, spec.version == 2 ? 8 : 4); // no layers
    put(out, quint64(spec.compression), 2);
    QList<QByteArray> rows;
    for (int channel = 0; channel < channels; ++channel) {
        for (int y = 0; y < image.height(); ++y) {
            QByteArray row;
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                const int value = channel >= colours ? 255
                                  : colours == 1     ? qGray(pixel)
                                  : colours == 4     ? 255 - (channel == 0   ? qRed(pixel)
                                                              : channel == 1 ? qGreen(pixel)
                                                              : channel == 2 ? qBlue(pixel)
                                                                             : 0)
                                  : channel == 0     ? qRed(pixel)
                                  : channel == 1     ? qGreen(pixel)
                                                     : qBlue(pixel);
                row.append(char(value));
                if (spec.depth == 16)
                    row.append(char(value)); // the low byte
            }
            rows.append(spec.compression == 1 ? packBits(row) : row);
        }
    }
    if (spec.compression == 1) {
        for (const QByteArray &row : std::as_const(rows))
            put(out, quint64(row.size()), spec.version == 2 ? 4 : 2);
    }
    for (const QByteArray &row : std::as_const(rows))
        out += row;
    return out;
}

QString writePsd(const Fixture &fixture, const QString &name, const QImage &image, const Psd &spec)
{
    const QString path = fixture.path(name);
    PhotoFixture::writeAll(path, psdOf(image, spec));
    return path;
}

DecodedPhoto decodeBytes(const QByteArray &bytes, QSize box)
{
    return PsdComposite::fitted([&bytes](qint64 at, qint64 length) { return bytes.mid(at, length); }, bytes.size(),
                                box);
}

} // namespace

TEST_CASE("a PSD's composite is decoded: raw or PackBits, 8 or 16 bits, RGB or grey, PSD or PSB", "[psd]")
{
    const Fixture fixture;
    const QImage picture = marked({200, 150});
    for (const Psd spec : {Psd{1, 0}, Psd{1, 1}, Psd{1, 1, 16}, Psd{2, 1}, Psd{2, 0, 16}, Psd{1, 1, 8, 3, 1}}) {
        INFO("version " << spec.version << ", compression " << spec.compression << ", depth " << spec.depth
                        << ", extra channels " << spec.extraChannels);
        const QString path = writePsd(fixture, QStringLiteral("photo.psd"), picture, spec);
        const DecodedPhoto whole = PhotoDecoder::fitted(path, {2048, 2048});
        REQUIRE(whole.error.isEmpty());
        CHECK(whole.image.size() == QSize(200, 150));
        CHECK(whole.original == QSize(200, 150));
        CHECK(sameOrientation(whole.image, picture));
        CHECK(sameColour(colourAt(whole.image, 0.25, 0.6), colourAt(picture, 0.25, 0.6)));
    }
    const QString grey = writePsd(fixture, QStringLiteral("grey.psd"), picture, Psd{1, 1, 8, 1});
    const QImage decoded = PhotoDecoder::fitted(grey, {2048, 2048}).image;
    CHECK(qGray(decoded.pixel(10, 100)) == qGray(picture.pixel(10, 100)));
    CHECK(qRed(decoded.pixel(10, 100)) == qBlue(decoded.pixel(10, 100)));
}

TEST_CASE("a large PSD's thumbnail reads only the rows it needs and is sharp", "[psd][thumbnails]")
{
    const Fixture fixture;
    const QImage picture = marked({2000, 1500});
    const QString path = writePsd(fixture, QStringLiteral("large.psd"), picture, Psd{});
    const Thumbnailer::Result tile = Thumbnailer::make(path, 256);
    REQUIRE(tile.error.isEmpty());
    CHECK(tile.image.size() == QSize(256, 192));
    CHECK(sameOrientation(tile.image, picture));

    const PhotoRecord record = readOk(path);
    CHECK(record.format == QStringLiteral("psd"));
    CHECK(QSize(record.width, record.height) == QSize(2000, 1500));

    // Only every few rows are read (here every third): a fraction of the file for a tile, all of it for the
    // whole picture.
    const QByteArray bytes = psdOf(picture, Psd{1, 0});
    qint64 read = 0;
    const auto counting = [&bytes, &read](qint64 at, qint64 length) {
        const QByteArray part = bytes.mid(at, length);
        read += part.size();
        return part;
    };
    REQUIRE(PsdComposite::fitted(counting, bytes.size(), {256, 256}).error.isEmpty());
    CHECK(read < bytes.size() / 2);
    read = 0;
    REQUIRE(PsdComposite::fitted(counting, bytes.size(), {2048, 2048}).error.isEmpty());
    CHECK(read > bytes.size() * 9 / 10);
}

TEST_CASE("a PSD claiming an extreme shape is refused without reading or allocating for it", "[psd][badinput]")
{
    for (const QSize claimed : {QSize(1, 200'000'000), QSize(200'000'000, 1), QSize(14'000, 14'000)}) {
        INFO(claimed.width() << " x " << claimed.height());
        QByteArray psd = psdOf(marked({4, 4}), Psd{});
        qToBigEndian<quint32>(quint32(claimed.height()), psd.data() + 14);
        qToBigEndian<quint32>(quint32(claimed.width()), psd.data() + 18);
        const DecodedPhoto decoded = decodeBytes(psd, {256, 256});
        CHECK(decoded.image.isNull());
        CHECK_FALSE(decoded.error.isEmpty());
    }
}

TEST_CASE("a PSD whose composite Byline does not decode is shown from its thumbnail resource", "[psd]")
{
    const Fixture fixture;
    const QImage picture = marked({400, 300});
    const QString cmyk = writePsd(fixture, QStringLiteral("cmyk.psd"), picture, Psd{1, 1, 8, 4, 0, true});
    const DecodedPhoto shown = PhotoDecoder::fitted(cmyk, {2048, 2048});
    REQUIRE(shown.error.isEmpty());
    CHECK(shown.fromPreview);
    CHECK(shown.image.size() == QSize(160, 120));
    CHECK(sameOrientation(shown.image, picture));

    const QString bare = writePsd(fixture, QStringLiteral("bare.psd"), picture, Psd{1, 1, 8, 4});
    CHECK(PhotoDecoder::fitted(bare, {2048, 2048}).error ==
          QStringLiteral("Photoshop colour mode 4 at 8 bits is not decoded"));
}

TEST_CASE("a damaged PSD composite is an error, never a crash", "[psd][badinput]")
{
    const QByteArray good = psdOf(marked({64, 48}), Psd{});
    REQUIRE(decodeBytes(good, {64, 64}).error.isEmpty());
    for (const qsizetype kept : {qsizetype(10), qsizetype(30), good.size() / 2, good.size() - 1}) {
        INFO("kept " << kept);
        CHECK_FALSE(decodeBytes(good.first(kept), {64, 64}).error.isEmpty());
    }
    QByteArray hugeCount = good;
    hugeCount[26 + 4 + 4 + 4 + 2] = char(0x7f); // the first row's PackBits length: 32 KB for a 64-byte row
    CHECK(decodeBytes(hugeCount, {64, 64}).error == QStringLiteral("the Photoshop composite is damaged"));
    QByteArray huge = good;
    huge.replace(14, 8, QByteArray("\x7f\xff\xff\xff\x7f\xff\xff\xff", 8));
    CHECK(decodeBytes(huge, {64, 64}).error.contains(QStringLiteral("more than Byline decodes")));
    QByteArray zip = good;
    zip[26 + 12 + 1] = 2;
    CHECK(decodeBytes(zip, {64, 64}).error ==
          QStringLiteral("the Photoshop composite's compression (2) is not decoded"));
}
