#include "thumbnailer.h"

#include "embeddedpreview.h"
#include "heifdecoder.h"
#include "imagegeometry.h"
#include "photosource.h"

#include "metadata/imageformat.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatablocksize.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>

namespace {

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
        reader.setScaledSize(ImageGeometry::fittedInto(size, QSize(edge, edge)));
    const QImage image = reader.read();
    return image.isNull() ? QImage() : ImageGeometry::upright(image, orientation);
}

// Whether a JPEG could hold an embedded preview of at least @p edge pixels. Its Exif thumbnail is
// 160 x 120 (DCF); larger previews sit in the maker notes, which make the Exif segment large. A preview
// of 256 px or more in under 16 KB of Exif is rare, and missing one costs only a decode, so a JPEG with
// less Exif than that is decoded without asking Exiv2 (or a helper process) for its previews.
bool mayHoldLargePreview(PhotoSource &source, int edge)
{
    constexpr int s_dcfThumbnailEdge = 160;
    constexpr qsizetype s_minExifBytes = 16 * 1024;
    if (source.format().isHeif())
        return false; // its thumbnail item is HeifDecoder's; an Exif thumbnail there is smaller still
    if (edge <= s_dcfThumbnailEdge)
        return true;
    if (source.format().kind() != ImageFormat::Kind::Jpeg)
        return true;
    JpegStructure structure;
    const auto readAt = [&source](qint64 offset, qint64 length) { return source.readAt(offset, length); };
    const QByteArray header =
        JpegStructure::readHeader(readAt, qMin(source.size(), MetadataReader::s_maxJpegHeaderBytes), structure);
    for (const JpegSegment &segment : std::as_const(structure.segments)) {
        if (segment.marker == JpegStructure::s_app1 &&
            QByteArrayView(header).sliced(segment.payloadOffset, segment.payloadSize).startsWith("Exif"))
            return segment.payloadSize >= s_minExifBytes;
    }
    return false; // no Exif: no preview
}

} // namespace

// Exiv2 sniffs content by itself and would hand a video named .jpg to its container parsers, which crash
// and loop on malformed files in 0.27.6: only formats Byline itself recognises as photos reach it. A
// JPEG's header is read here and Exiv2 gets its Exif segments only, from memory, as the metadata reader
// does (see Exiv2Extractor::readJpegHeader for why).
Exiv2Extractor::Preview Thumbnailer::embeddedPreview(const QString &path, int minEdge)
{
    QFile file;
    if (!NativePath::openForReading(file, path).isEmpty())
        return {};
    const auto readAt = [&file](qint64 offset, qint64 length) {
        return file.seek(offset) ? file.read(length) : QByteArray();
    };
    const ImageFormat format = ImageFormat::identify(readAt(0, ImageFormat::s_sniffSize), path);
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
    return Exiv2Extractor::readPreview(NativePath::encode(path), minEdge);
}

Thumbnailer::Result Thumbnailer::make(const QString &path, int edge, const std::atomic<bool> *cancelled,
                                      const PreviewLookup &lookup)
{
    PhotoSource source(path);
    if (const QString error = source.open(); !error.isEmpty())
        return {{}, error, false, {}};
    if (source.format().isCameraRaw())
        return EmbeddedPreview::fitted(path, QSize(edge, edge), lookup);
    const Exiv2Extractor::Preview preview =
        mayHoldLargePreview(source, edge) ? lookup(path, edge) : Exiv2Extractor::Preview();
    if (!preview.data.isEmpty() && std::max(preview.size.width(), preview.size.height()) >= edge) {
        const QImage image = decodePreview(preview, edge, PhotoDecoder::orientationOf(source.rewound()));
        if (!image.isNull())
            return {image, {}, true, {}};
    }
    if (cancelled && cancelled->load())
        return {{}, QStringLiteral("cancelled"), false, {}};
    return PhotoDecoder::fitted(source, QSize(edge, edge), cancelled, lookup);
}

QImage Thumbnailer::preview(const QString &path, int edge, const PreviewLookup &lookup)
{
    PhotoSource source(path);
    if (!source.open().isEmpty())
        return {};
    if (source.format().isHeif())
        return HeifDecoder::thumbnail(path, edge);
    const Exiv2Extractor::Preview preview = lookup(path, 0);
    if (preview.data.isEmpty())
        return {};
    // A RAW file's orientation is Exiv2's reading (Qt reads none, or a TIFF thumbnail's); a JPEG's is Qt's.
    return decodePreview(preview, edge,
                         preview.orientation > 0 ? ImageGeometry::fromExifOrientation(preview.orientation)
                                                 : PhotoDecoder::orientationOf(source.rewound()));
}
