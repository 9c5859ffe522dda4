#include "embeddedpreview.h"

#include "imagegeometry.h"
#include "photosource.h"
#include "scaledjpegdecoder.h"

#include "metadata/nativepath.h"
#include "metadata/tiffpreviews.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>

namespace {

// The file's own TIFF previews (TiffPreviews), read in this process: the one that covers @p minEdge, else
// in @p largest the largest there is (to show when Exiv2 finds nothing better).
Exiv2Extractor::Preview tiffPreview(const QString &path, int minEdge, Exiv2Extractor::Preview &largest)
{
    QFile file;
    if (!NativePath::openForReading(file, path).isEmpty())
        return {};
    const auto readAt = [&file](qint64 offset, qint64 length) {
        return file.seek(offset) ? file.read(length) : QByteArray();
    };
    const TiffPreviews::Found found = TiffPreviews::find(readAt, file.size());
    const auto read = [&](const TiffPreviews::Preview &preview) {
        // Into this thread's buffer, as PhotoSource reads a JPEG: a fresh allocation of megabytes is a fresh
        // mmap whose pages fault in again. The preview shares it until it is decoded and dropped.
        thread_local QByteArray t_buffer;
        if (t_buffer.capacity() > PhotoSource::s_keptBufferBytes && preview.length <= PhotoSource::s_keptBufferBytes)
            t_buffer = QByteArray(); // a rare huge preview's buffer is not kept for the thread's life
        t_buffer.resize(qsizetype(preview.length));
        const qint64 got = file.seek(preview.offset) ? file.read(t_buffer.data(), preview.length) : -1;
        t_buffer.resize(qsizetype(std::max<qint64>(got, 0)));
        return Exiv2Extractor::Preview{t_buffer, preview.size, found.orientation};
    };
    if (const auto covering = TiffPreviews::smallestCovering(found.previews, minEdge))
        return read(*covering);
    if (!found.previews.isEmpty())
        largest = read(found.previews.constLast());
    return {};
}

// The preview scaled into @p box and upright: by ScaledJpegDecoder (the grid's JPEG decoder) when it takes
// the preview, else by Qt.
DecodedPhoto decode(const Exiv2Extractor::Preview &preview, QSize box)
{
    const QImageIOHandler::Transformations orientation = ImageGeometry::fromExifOrientation(preview.orientation);
    const bool turned = orientation & QImageIOHandler::TransformationRotate90;
    const QSize storedBox = turned ? box.transposed() : box;
    const ScaledJpegDecoder::Result fast =
        ScaledJpegDecoder::decode(preview.data, storedBox, PhotoDecoder::s_maxPixels);
    if (fast.handled && !fast.image.isNull()) {
        QImage image = fast.image;
        if (const QSize fit = ImageGeometry::fittedInto(fast.stored, storedBox); image.size() != fit)
            image = image.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // No original size: the preview's is not the photo's (a RAW preview is often smaller than the sensor).
        return {ImageGeometry::upright(image, orientation), {}, true, {}};
    }
    QBuffer buffer;
    buffer.setData(preview.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // the preview's own tags, if any, do not describe the photo
    const QSize stored = reader.size().isValid() ? reader.size() : preview.size;
    if (stored.isValid())
        reader.setScaledSize(ImageGeometry::fittedInto(stored, storedBox));
    const QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("the embedded preview cannot be decoded: %1").arg(reader.errorString()), false, {}};
    return {ImageGeometry::upright(image, orientation), {}, true, {}};
}

} // namespace

Exiv2Extractor::Preview EmbeddedPreview::inProcess(const QString &path, int minEdge)
{
    return Exiv2Extractor::readPreview(NativePath::encode(path), minEdge);
}

DecodedPhoto EmbeddedPreview::fitted(const QString &path, QSize box, const PreviewLookup &lookup)
{
    const int edge = std::max(box.width(), box.height());
    Exiv2Extractor::Preview largestInTiff;
    Exiv2Extractor::Preview preview = tiffPreview(path, edge, largestInTiff);
    if (preview.data.isEmpty()) // none large enough in the IFDs: Exiv2 also sees the maker notes' previews
        preview = lookup ? lookup(path, edge) : inProcess(path, edge);
    if (preview.data.isEmpty() && !largestInTiff.data.isEmpty())
        preview = largestInTiff;
    if (preview.data.isEmpty() && preview.failed)
        return {{}, QStringLiteral("the embedded preview could not be read (its reader stopped)"), false, {}, true};
    if (preview.data.isEmpty())
        return {{}, QStringLiteral("the file has no embedded preview Byline can show"), false, {}};
    return decode(preview, box);
}
