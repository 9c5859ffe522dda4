#include "thumbnailer.h"

#include "metadata/exiv2extractor.h"
#include "metadata/imageformat.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatablocksize.h"
#include "metadata/metadatareader.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>
#include <mutex>

namespace {

QSize fittedInto(QSize size, QSize box)
{
    if (size.width() <= box.width() && size.height() <= box.height())
        return size; // never upscale
    return size.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

// The same steps as Qt's own auto-transform (qt_imageTransform), for pictures Qt did not decode from
// the file itself: an embedded preview is stored as the sensor saw it, like the main image.
QImage upright(const QImage &image, QImageIOHandler::Transformations orientation)
{
    if (orientation == QImageIOHandler::TransformationNone)
        return image;
    if (orientation == QImageIOHandler::TransformationRotate270)
        return image.transformed(QTransform().rotate(270));
    QImage turned = image.mirrored(orientation & QImageIOHandler::TransformationMirror,
                                   orientation & QImageIOHandler::TransformationFlip);
    if (orientation & QImageIOHandler::TransformationRotate90)
        turned = turned.transformed(QTransform().rotate(90));
    return turned;
}

QImage decodePreview(const Exiv2Extractor::Preview &preview, int edge, QImageIOHandler::Transformations orientation)
{
    QBuffer buffer;
    buffer.setData(preview.data);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // the preview's own tags, if any, do not describe the photo
    const QSize size = reader.size().isValid() ? reader.size() : preview.size;
    if (size.isValid())
        reader.setScaledSize(fittedInto(size, QSize(edge, edge)));
    const QImage image = reader.read();
    return image.isNull() ? QImage() : upright(image, orientation);
}

// Decodes the photo scaled to fit @p box once upright. For JPEG the reader scales in the DCT (1/2, 1/4,
// 1/8), then smooths the rest of the way; formats without scaled decoding are decoded whole and scaled.
Thumbnailer::Result scaledDecode(QIODevice *device, QSize box)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid())
        return {{}, QStringLiteral("cannot decode the image: %1").arg(reader.errorString()), false, {}};
    if (qint64(stored.width()) * stored.height() > Thumbnailer::s_maxPixels)
        return {{}, QStringLiteral("the image claims %1 x %2 pixels, more than Byline decodes (%3 MP)")
                        .arg(stored.width()).arg(stored.height()).arg(Thumbnailer::s_maxPixels / 1'000'000), false, {}};
    // The scaled size is the stored one; the reader turns the result upright afterwards.
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize storedBox = turned ? box.transposed() : box;
    reader.setScaledSize(fittedInto(stored, storedBox));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("cannot decode the image: %1").arg(reader.errorString()), false, {}};
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {image, {}, false, turned ? stored.transposed() : stored};
}

Thumbnailer::Result scaledDecode(const QString &path, QSize box)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot open the file: %1").arg(file.errorString()), false, {}};
    return scaledDecode(&file, box);
}

// Whether a JPEG could hold an embedded preview of at least @p edge pixels. Its Exif thumbnail is
// 160 x 120 (DCF); larger previews sit in the maker notes, which make the Exif segment large. A preview
// of 256 px or more in under 16 KB of Exif is rare, and missing one costs only a decode, so a JPEG with
// less Exif than that is decoded without asking Exiv2 (or a helper process) for its previews.
bool mayHoldLargePreview(const QString &path, int edge)
{
    constexpr int s_dcfThumbnailEdge = 160;
    constexpr qsizetype s_minExifBytes = 16 * 1024;
    if (edge <= s_dcfThumbnailEdge)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the lookup report it
    const QByteArray head = file.read(ImageFormat::s_sniffSize);
    if (ImageFormat::sniff(head).kind() != ImageFormat::Kind::Jpeg)
        return true;
    JpegStructure structure;
    const auto readAt = [&file](qint64 offset, qint64 length) { return file.seek(offset) ? file.read(length) : QByteArray(); };
    const QByteArray header =
        JpegStructure::readHeader(readAt, qMin(file.size(), MetadataReader::s_maxJpegHeaderBytes), structure);
    for (const JpegSegment &segment : std::as_const(structure.segments)) {
        if (segment.marker == JpegStructure::s_app1 &&
            QByteArrayView(header).sliced(segment.payloadOffset, segment.payloadSize).startsWith("Exif"))
            return segment.payloadSize >= s_minExifBytes;
    }
    return false; // no Exif: no preview
}

void raiseAllocationLimit()
{
    static std::once_flag limit;
    std::call_once(limit, [] { QImageReader::setAllocationLimit(Thumbnailer::s_allocationLimitMB); });
}

} // namespace

// Exiv2 sniffs content by itself and would hand a video named .jpg to its container parsers, which crash
// and loop on malformed files in 0.27.6: only formats Byline itself recognises as photos reach it. A
// JPEG's header is read here and Exiv2 gets its Exif segments only, from memory, as the metadata reader
// does (see Exiv2Extractor::readJpegHeader for why).
Exiv2Extractor::Preview Thumbnailer::embeddedPreview(const QString &path, int minEdge)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto readAt = [&file](qint64 offset, qint64 length) { return file.seek(offset) ? file.read(length) : QByteArray(); };
    const ImageFormat format = ImageFormat::sniff(readAt(0, ImageFormat::s_sniffSize));
    if (!format.hasExiv2Metadata())
        return {};
    if (format.kind() == ImageFormat::Kind::Jpeg) {
        JpegStructure structure;
        const QByteArray header =
            JpegStructure::readHeader(readAt, qMin(file.size(), MetadataReader::s_maxJpegHeaderBytes), structure);
        return Exiv2Extractor::readJpegPreview(header, minEdge);
    }
    // As for the metadata reader: a file with megabytes of metadata would hold Exiv2 for seconds.
    if (MetadataBlockSize::largest(format, readAt) > MetadataBlockSize::s_maxBytes)
        return {};
    return Exiv2Extractor::readPreview(QFile::encodeName(path), minEdge);
}

Thumbnailer::Result Thumbnailer::make(const QString &path, int edge, const std::atomic<bool> *cancelled,
                                      const PreviewLookup &lookup)
{
    raiseAllocationLimit();
    const Exiv2Extractor::Preview preview = mayHoldLargePreview(path, edge) ? lookup(path, edge) : Exiv2Extractor::Preview();
    if (!preview.data.isEmpty() && std::max(preview.size.width(), preview.size.height()) >= edge) {
        const QImage image = decodePreview(preview, edge, QImageReader(path).transformation());
        if (!image.isNull())
            return {image, {}, true, {}};
    }
    if (cancelled && cancelled->load())
        return {{}, QStringLiteral("cancelled"), false, {}};
    return scaledDecode(path, QSize(edge, edge));
}

Thumbnailer::Result Thumbnailer::fitted(const QString &path, QSize box)
{
    raiseAllocationLimit();
    return scaledDecode(path, box);
}

Thumbnailer::Result Thumbnailer::fitted(QIODevice *device, QSize box)
{
    raiseAllocationLimit();
    return scaledDecode(device, box);
}

QImage Thumbnailer::preview(const QString &path, int edge, const PreviewLookup &lookup)
{
    const Exiv2Extractor::Preview preview = lookup(path, 0);
    if (preview.data.isEmpty())
        return {};
    return decodePreview(preview, edge, QImageReader(path).transformation());
}
