#include "photodecoder.h"

#include "embeddedpreview.h"
#include "heifdecoder.h"
#include "imagegeometry.h"
#include "jpegxldecoder.h"
#include "photosource.h"
#include "psdcomposite.h"
#include "scaledjpegdecoder.h"

#include "metadata/pngstructure.h"

#include <QBuffer>
#include <QImageReader>

#include <mutex>
#include <optional>

using ImageGeometry::fittedInto;

namespace {

void raiseAllocationLimit()
{
    static std::once_flag limit;
    std::call_once(limit, [] { QImageReader::setAllocationLimit(PhotoDecoder::s_allocationLimitMB); });
}

// Decodes the photo scaled to fit @p box once upright. For JPEG the reader scales in the DCT (1/2, 1/4,
// 1/8), then smooths the rest of the way; formats without scaled decoding are decoded whole and scaled.
DecodedPhoto qtDecode(QIODevice *device, QSize box)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid())
        return {{}, QStringLiteral("cannot decode the image: %1").arg(reader.errorString()), false, {}};
    if (qint64(stored.width()) * stored.height() > PhotoDecoder::s_maxPixels)
        return {{},
                QStringLiteral("the image claims %1 x %2 pixels, more than Byline decodes (%3 MP)")
                    .arg(stored.width())
                    .arg(stored.height())
                    .arg(PhotoDecoder::s_maxPixels / 1'000'000),
                false,
                {}};
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

// A JPEG in memory goes to ScaledJpegDecoder (faster, see there); the orientation is Qt's reading of
// its Exif, as for every other path. Null when the file is not such a JPEG, or one the decoder leaves
// to Qt.
std::optional<DecodedPhoto> scaledJpegDecode(PhotoSource &source, QSize box, const std::atomic<bool> *cancelled)
{
    const QByteArrayView bytes = source.bytes();
    if (bytes.isEmpty() || source.format().kind() != ImageFormat::Kind::Jpeg)
        return std::nullopt;
    const QImageIOHandler::Transformations orientation = PhotoDecoder::orientationOf(source.rewound());
    const bool turned = orientation & QImageIOHandler::TransformationRotate90;
    const QSize storedBox = turned ? box.transposed() : box;
    const ScaledJpegDecoder::Result decoded =
        ScaledJpegDecoder::decode(bytes, storedBox, PhotoDecoder::s_maxPixels, cancelled);
    if (!decoded.handled)
        return std::nullopt;
    if (decoded.image.isNull())
        return DecodedPhoto{{}, decoded.error, false, {}};
    QImage image = decoded.image;
    if (const QSize fit = fittedInto(decoded.stored, storedBox); image.size() != fit)
        image = image.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return DecodedPhoto{
        ImageGeometry::upright(image, orientation), {}, false, turned ? decoded.stored.transposed() : decoded.stored};
}

// A Photoshop file's composite, read from the file row by row (PSDs are often hundreds of MB); else its
// thumbnail resource.
DecodedPhoto psdDecode(PhotoSource &source, QSize box, const std::atomic<bool> *cancelled, const PreviewLookup &lookup)
{
    DecodedPhoto composite =
        PsdComposite::fitted([&source](qint64 offset, qint64 length) { return source.readAt(offset, length); },
                             source.size(), box, cancelled);
    if (!composite.image.isNull() || (cancelled && cancelled->load()))
        return composite;
    DecodedPhoto thumbnail = EmbeddedPreview::fitted(source.path(), box, lookup);
    return thumbnail.image.isNull() ? composite : thumbnail;
}

} // namespace

DecodedPhoto PhotoDecoder::fitted(const QString &path, QSize box)
{
    PhotoSource source(path);
    if (const QString error = source.open(); !error.isEmpty())
        return {{}, error, false, {}};
    return fitted(source, box);
}

DecodedPhoto PhotoDecoder::fitted(QIODevice *device, QSize box)
{
    raiseAllocationLimit();
    if (auto *buffer = qobject_cast<QBuffer *>(device)) {
        const ImageFormat format = ImageFormat::sniff(buffer->peek(ImageFormat::s_sniffSize));
        if (format.isHeif())
            return HeifDecoder::fitted(buffer->data(), {}, box);
        if (format.kind() == ImageFormat::Kind::JpegXl)
            return JpegXlDecoder::fitted(buffer->data(), {}, box);
    }
    return qtDecode(device, box);
}

DecodedPhoto PhotoDecoder::fitted(PhotoSource &source, QSize box, const std::atomic<bool> *cancelled,
                                  const PreviewLookup &lookup)
{
    raiseAllocationLimit();
    // In the metadata reader's words, so that an error tile and the line under it say the same thing.
    if (source.size() == 0)
        return {{}, QStringLiteral("the file is empty (0 bytes)"), false, {}};
    if (!source.format().isImage())
        return {{},
                QStringLiteral("not an image: the content is %1")
                    .arg(ImageFormat::describeNonImage(source.readAt(0, ImageFormat::s_sniffSize))),
                false,
                {}};
    if (source.format().isCameraRaw())
        return EmbeddedPreview::fitted(source.path(), box, lookup); // its previews, by Exiv2; the file is not loaded
    if (source.format().kind() == ImageFormat::Kind::Psd)
        return psdDecode(source, box, cancelled, lookup);
    if (const QString error = source.load(); !error.isEmpty())
        return {{}, error, false, {}};
    if (std::optional<DecodedPhoto> jpeg = scaledJpegDecode(source, box, cancelled))
        return *std::move(jpeg);
    if (source.format().isHeif())
        return HeifDecoder::fitted(source.bytes(), source.path(), box, cancelled);
    if (source.format().kind() == ImageFormat::Kind::JpegXl)
        return JpegXlDecoder::fitted(source.bytes(), source.path(), box, cancelled);
    DecodedPhoto decoded = qtDecode(source.rewound(), box);
    // Qt says only "Unable to read image data" of a PNG cut short; the reader says where it was cut.
    if (decoded.image.isNull() && source.format().kind() == ImageFormat::Kind::Png) {
        const QString cut = PngStructure::truncation(
            [&source](qint64 offset, qint64 length) { return source.readAt(offset, length); }, source.size());
        if (!cut.isEmpty())
            decoded.error = cut;
    }
    return decoded;
}

QString PhotoDecoder::wholeDecodeProblem(QSize size)
{
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > s_maxPixels)
        return QStringLiteral("the image claims %1 x %2 pixels, more than Byline decodes (%3 MP)")
            .arg(size.width())
            .arg(size.height())
            .arg(s_maxPixels / 1'000'000);
    if (pixels * 4 > qint64(s_allocationLimitMB) * 1024 * 1024)
        return QStringLiteral("the image is %1 x %2 pixels; decoding it whole takes more than %3 MB")
            .arg(size.width())
            .arg(size.height())
            .arg(s_allocationLimitMB);
    return {};
}

QImageIOHandler::Transformations PhotoDecoder::orientationOf(QIODevice *device)
{
    return QImageReader(device).transformation();
}
