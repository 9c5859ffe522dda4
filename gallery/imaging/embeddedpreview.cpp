#include "embeddedpreview.h"

#include "imagegeometry.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>

Exiv2Extractor::Preview EmbeddedPreview::inProcess(const QString &path, int minEdge)
{
    return Exiv2Extractor::readPreview(QFile::encodeName(path), minEdge);
}

DecodedPhoto EmbeddedPreview::fitted(const QString &path, QSize box, const Lookup &lookup)
{
    const Exiv2Extractor::Preview preview = lookup(path, std::max(box.width(), box.height()));
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
    return {ImageGeometry::upright(image, orientation), {}, true, turned ? stored.transposed() : stored};
}
