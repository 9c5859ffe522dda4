#include "thumbnailer.h"

#include "metadata/exiv2extractor.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>
#include <mutex>

namespace {

QSize fitted(QSize size, int edge)
{
    if (size.width() <= edge && size.height() <= edge)
        return size; // never upscale
    return size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
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
        reader.setScaledSize(fitted(size, edge));
    const QImage image = reader.read();
    return image.isNull() ? QImage() : upright(image, orientation);
}

Thumbnailer::Result scaledDecode(const QString &path, int edge)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot open the file: %1").arg(file.errorString()), false};
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return {{}, QStringLiteral("cannot decode the image: %1").arg(reader.errorString()), false};
    // Stored size; the reader turns the scaled result upright afterwards.
    reader.setScaledSize(fitted(size, edge));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("cannot decode the image: %1").arg(reader.errorString()), false};
    if (image.width() > edge || image.height() > edge) // formats without scaled decoding
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {image, {}, false};
}

} // namespace

Thumbnailer::Result Thumbnailer::make(const QString &path, int edge, const std::atomic<bool> *cancelled)
{
    static std::once_flag limit;
    std::call_once(limit, [] { QImageReader::setAllocationLimit(s_allocationLimitMB); });
    const Exiv2Extractor::Preview preview = Exiv2Extractor::readPreview(QFile::encodeName(path), edge);
    if (!preview.data.isEmpty() && std::max(preview.size.width(), preview.size.height()) >= edge) {
        const QImage image = decodePreview(preview, edge, QImageReader(path).transformation());
        if (!image.isNull())
            return {image, {}, true};
    }
    if (cancelled && cancelled->load())
        return {{}, QStringLiteral("cancelled"), false};
    return scaledDecode(path, edge);
}

QImage Thumbnailer::preview(const QString &path, int edge)
{
    const Exiv2Extractor::Preview preview = Exiv2Extractor::readPreview(QFile::encodeName(path), 0);
    if (preview.data.isEmpty())
        return {};
    return decodePreview(preview, edge, QImageReader(path).transformation());
}
