#include "rawfixture.h"

#include "photofixture.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QtEndian>

#include <map>

namespace {

enum Type : quint16
{
    Ascii = 2,
    Short = 3,
    Long = 4,
    Undefined = 7,
};

// A little-endian TIFF-structured file, laid out as it is built: IFDs and data blocks appended in order.
class TiffWriter
{
public:
    explicit TiffWriter(QByteArray magic) : m_bytes(std::move(magic)) { append32(8); }

    [[nodiscard]] quint32 offset() const { return quint32(m_bytes.size()); }
    quint32 data(const QByteArray &block)
    {
        const quint32 at = offset();
        m_bytes += block;
        if (m_bytes.size() % 2)
            m_bytes += '\0';
        return at;
    }
    // Writes an IFD of @p entries (tag -> type, count, value or offset) at the end; returns its offset.
    quint32 ifd(const std::map<quint16, std::tuple<Type, quint32, quint32>> &entries, quint32 next = 0)
    {
        const quint32 at = offset();
        append16(quint16(entries.size()));
        for (const auto &[tag, entry] : entries) {
            const auto [type, count, value] = entry;
            append16(tag);
            append16(type);
            append32(count);
            append32(value); // a single SHORT sits in the low half, little-endian
        }
        append32(next);
        return at;
    }
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

private:
    void append16(quint16 value)
    {
        char out[2];
        qToLittleEndian(value, out);
        m_bytes.append(out, 2);
    }
    void append32(quint32 value)
    {
        char out[4];
        qToLittleEndian(value, out);
        m_bytes.append(out, 4);
    }

    QByteArray m_bytes;
};

QByteArray jpegOf(const QImage &image)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return jpeg;
}

QByteArray ascii(const QString &text)
{
    return text.toUtf8() + '\0';
}

} // namespace

QString RawFixture::tiffRaw(const QString &path, const Spec &spec)
{
    TiffWriter tiff(QByteArray("II*\0", 4));
    const QImage thumbnail = spec.preview.scaled(160, 120).convertToFormat(QImage::Format_RGB888);
    QByteArray pixels;
    for (int y = 0; y < thumbnail.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(thumbnail.constScanLine(y)), thumbnail.width() * 3);
    const quint32 thumbAt = tiff.data(pixels);
    const quint32 bitsAt = tiff.data(QByteArray("\x08\0\x08\0\x08\0", 6));
    const QByteArray make = ascii(QStringLiteral("NIKON CORPORATION")), model = ascii(QStringLiteral("NIKON D850"));
    const quint32 makeAt = tiff.data(make), modelAt = tiff.data(model);
    const QByteArray caption = ascii(spec.caption);
    const quint32 captionAt = tiff.data(caption);
    const quint32 sensorAt = tiff.data(QByteArray(16, '\0'));
    const quint32 raw = tiff.ifd({{0x00FE, {Long, 1, 0}},
                                  {0x0100, {Long, 1, quint32(spec.sensor.width())}},
                                  {0x0101, {Long, 1, quint32(spec.sensor.height())}},
                                  {0x0102, {Short, 1, 16}},
                                  {0x0103, {Short, 1, 1}},
                                  {0x0106, {Short, 1, 32803}},
                                  {0x0111, {Long, 1, sensorAt}},
                                  {0x0115, {Short, 1, 1}},
                                  {0x0116, {Long, 1, quint32(spec.sensor.height())}},
                                  {0x0117, {Long, 1, 16}}});
    QList<quint32> subIfds{raw};
    if (spec.withPreview) {
        const QByteArray jpeg = jpegOf(spec.preview);
        const quint32 jpegAt = tiff.data(jpeg);
        subIfds.prepend(tiff.ifd({{0x00FE, {Long, 1, 1}},
                                  {0x0103, {Short, 1, 6}},
                                  {0x0201, {Long, 1, jpegAt}},
                                  {0x0202, {Long, 1, quint32(jpeg.size())}}}));
    }
    QByteArray subIfdList;
    for (const quint32 at : subIfds) {
        char out[4];
        qToLittleEndian(at, out);
        subIfdList.append(out, 4);
    }
    const quint32 subIfdsAt = tiff.data(subIfdList);
    std::map<quint16, std::tuple<Type, quint32, quint32>> ifd0{
        {0x00FE, {Long, 1, 1}},
        {0x0100, {Long, 1, 160}},
        {0x0101, {Long, 1, 120}},
        {0x0102, {Short, 3, bitsAt}},
        {0x0103, {Short, 1, 1}},
        {0x0106, {Short, 1, 2}},
        {0x010F, {Ascii, quint32(make.size()), makeAt}},
        {0x0110, {Ascii, quint32(model.size()), modelAt}},
        {0x0111, {Long, 1, thumbAt}},
        {0x0112, {Short, 1, quint32(spec.orientation)}},
        {0x0115, {Short, 1, 3}},
        {0x0116, {Long, 1, 120}},
        {0x0117, {Long, 1, quint32(pixels.size())}},
        {0x014A, {Long, quint32(subIfds.size()), subIfds.size() == 1 ? subIfds.first() : subIfdsAt}},
    };
    if (!spec.caption.isEmpty())
        ifd0[0x010E] = {Ascii, quint32(caption.size()), captionAt};
    const quint32 first = tiff.ifd(ifd0);
    QByteArray bytes = tiff.bytes();
    qToLittleEndian<quint32>(first, bytes.data() + 4);
    PhotoFixture::writeAll(path, bytes);
    return path;
}

QString RawFixture::rw2(const QString &path, const Spec &spec)
{
    TiffWriter tiff(QByteArray("IIU\0", 4));
    // As Panasonic cameras do, the preview carries the photo's Exif, which Exiv2 reads from there.
    const QString previewPath = path + QStringLiteral(".preview.jpg");
    PhotoFixture::writeAll(previewPath, jpegOf(spec.preview));
    MetadataWrite exif;
    exif.exif.orientation = spec.orientation;
    exif.exif.caption = spec.caption;
    PhotoFixture::write(previewPath, exif);
    const QByteArray jpeg = PhotoFixture::readAll(previewPath);
    REQUIRE(QFile::remove(previewPath));
    const quint32 jpegAt = tiff.data(jpeg);
    const QByteArray make = ascii(QStringLiteral("Panasonic")), model = ascii(QStringLiteral("DC-G9"));
    const quint32 makeAt = tiff.data(make), modelAt = tiff.data(model);
    const quint32 first = tiff.ifd({
        {0x0001, {Undefined, 4, 0x30333130}}, // PanasonicRawVersion "0310"
        {0x0002, {Short, 1, quint32(spec.sensor.width())}},
        {0x0003, {Short, 1, quint32(spec.sensor.height())}},
        {0x002E, {Undefined, quint32(jpeg.size()), jpegAt}},
        {0x010F, {Ascii, quint32(make.size()), makeAt}},
        {0x0110, {Ascii, quint32(model.size()), modelAt}},
        {0x0112, {Short, 1, quint32(spec.orientation)}},
    });
    QByteArray bytes = tiff.bytes();
    qToLittleEndian<quint32>(first, bytes.data() + 4);
    PhotoFixture::writeAll(path, bytes);
    return path;
}
