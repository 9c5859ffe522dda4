#include "embeddedpreview.h"

#include "imagegeometry.h"

#include "metadata/nativepath.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>

Exiv2Extractor::Preview EmbeddedPreview::inProcess(const QString &path, int minEdge)
{
    return Exiv2Extractor::readPreview(NativePath::encode(path), minEdge);
}

DecodedPhoto EmbeddedPreview::fitted(const QString &path, QSize box, const PreviewLookup &lookup)
{
    const int edge = std::max(box.width(), box.height());
    const Exiv2Extractor::Preview preview = lookup ? lookup(path, edge) : inProcess(path, edge);
    if (preview.data.isEmpty() && preview.failed)
        return {{}, QStringLiteral("the embedded preview could not be read (its reader stopped)"), false, {}, true};
    if (preview.data.isEmpty())
        return {{}, QStringLiteral("the file has no embedded preview Byline can show"), false, {}};
    QBuffer buffer;
    buffer.setData(preview.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // the preview's own tags, if any, do not describe the photo
    const QSize stored = reader.size().isValid() ? reader.size() : preview.size;
    const QImageIOHandler::Transformations orientation = ImageGeometry::fromExifOrientation(preview.orientation);
    const bool turned = orientation & QImageIOHandler::TransformationRotate90;
    if (stored.isValid())
        reader.setScaledSize(ImageGeometry::fittedInto(stored, turned ? box.transposed() : box));
    const QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("the embedded preview cannot be decoded: %1").arg(reader.errorString()), false, {}};
    // No original size: the preview's is not the photo's (a RAW preview is often smaller than the sensor).
    return {ImageGeometry::upright(image, orientation), {}, true, {}};
}
