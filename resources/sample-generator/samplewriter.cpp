#include "samplewriter.h"

#include "launchscene.h"
#include "metadata/metadatawriter.h"
#include "orbitscene.h"

#include <QBuffer>
#include <QImageWriter>
#include <QSaveFile>
#include <QTransform>

#include <algorithm>

namespace {

constexpr QSize s_size(1600, 1067);
constexpr QSize s_thumbnailSize(160, 107);
constexpr int s_quality = 85;
constexpr int s_thumbnailQuality = 75;
constexpr int s_dotsPerMeter = 2835; // 72 dpi

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Exif text tags are ASCII, and many readers take any other byte for Latin-1: such text stays out.
QString asciiOnly(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? text : QString();
}

} // namespace

SampleWriter::SampleWriter(const QString &directory) : m_directory(directory) {}

QString SampleWriter::write(const SamplePhoto &photo, std::uint32_t seed) const
{
    const QString path = m_directory.filePath(QString::fromUtf8(photo.fileName));
    const QImage image = storedPixels(photo, seed);
    const QByteArray jpeg = jpegBytes(image, s_quality);
    if (jpeg.isEmpty())
        return path + QStringLiteral(": the JPEG encoder failed");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit())
        return path + QStringLiteral(": ") + file.errorString();

    MetadataWrite spec = metadata(photo);
    spec.exifThumbnail =
        jpegBytes(image.scaled(s_thumbnailSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), s_thumbnailQuality);
    if (const QString error = MetadataWriter::write(path, spec); !error.isEmpty())
        return path + QStringLiteral(": ") + error;
    return {};
}

QImage SampleWriter::storedPixels(const SamplePhoto &photo, std::uint32_t seed)
{
    const QSize upright = photo.portrait ? s_size.transposed() : s_size;
    QImage image = photo.scene == Scene::Orbit ? OrbitScene(upright, photo.style, seed).render()
                                               : LaunchScene(upright, photo.style, seed).render();
    // Stored as a camera held upright stores it: a quarter turn anticlockwise, which orientation 6 undoes.
    if (photo.portrait)
        image = image.transformed(QTransform().rotate(-90));
    // Fixed, or the JFIF header would carry the resolution of whatever screen Qt assumes.
    image.setDotsPerMeterX(s_dotsPerMeter);
    image.setDotsPerMeterY(s_dotsPerMeter);
    return image;
}

QByteArray SampleWriter::jpegBytes(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // optimal Huffman tables: a smaller file of the same pixels
    return writer.write(image) ? bytes : QByteArray();
}

MetadataWrite SampleWriter::metadata(const SamplePhoto &photo)
{
    // IPTC and XMP hold the same values, as an editor that keeps them in step writes them.
    MetadataWrite spec;
    spec.iptc.caption = utf8(photo.caption);
    spec.iptc.creator = utf8(photo.creator);
    spec.iptc.copyright = utf8(photo.copyright);
    spec.iptc.credit = utf8(photo.credit);
    spec.iptc.headline = utf8(photo.headline);
    spec.iptc.dateTaken = utf8(photo.dateTaken);
    spec.xmp = spec.iptc;
    // Exif has no credit or headline.
    spec.exif.caption = photo.exifCaption ? asciiOnly(spec.iptc.caption) : QString();
    spec.exif.creator = asciiOnly(spec.iptc.creator);
    spec.exif.copyright = asciiOnly(spec.iptc.copyright);
    spec.exif.dateTaken = spec.iptc.dateTaken;
    spec.exif.orientation = photo.portrait ? 6 : 1;
    return spec;
}
