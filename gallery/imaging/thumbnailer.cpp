#include "thumbnailer.h"

#include "metadata/exiv2extractor.h"
#include "metadata/imageformat.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatablocksize.h"
#include "metadata/metadatareader.h"
#include "scaledjpegdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <algorithm>
#include <mutex>
#include <optional>

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
        return {{},
                QStringLiteral("the image claims %1 x %2 pixels, more than Byline decodes (%3 MP)")
                    .arg(stored.width())
                    .arg(stored.height())
                    .arg(Thumbnailer::s_maxPixels / 1'000'000),
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

// A photo file, read whole into memory (load()) before it is decoded: libjpeg-turbo's fast Huffman
// decoder runs only while several KB of input are buffered, which Qt's 4 KB reads from a QFile seldom
// leave it, whereas from a QBuffer Qt hands it the whole file at once, and ScaledJpegDecoder needs the
// bytes anyway (docs/performance.md has the figures). Until then the small reads that decide the path
// (the sniff, a JPEG's header) go to the file, so a tile served from an embedded preview, or cancelled,
// never reads the rest. Files larger than s_maxInMemoryBytes (scans, panoramas) are decoded as they are
// read, so a thread never holds more than that.
class PhotoSource
{
public:
    /** A thread keeps a buffer this large between photos, and frees a larger one after each. */
    static constexpr qsizetype s_keptBufferBytes = 16 * 1024 * 1024;

    explicit PhotoSource(const QString &path) : m_file(path) {}
    PhotoSource(const PhotoSource &) = delete;
    PhotoSource &operator=(const PhotoSource &) = delete;

    ~PhotoSource()
    {
        m_buffer.close();
        if (m_bytes == &t_buffer) {
            if (t_buffer.capacity() > s_keptBufferBytes)
                t_buffer = QByteArray();
            t_bufferInUse = false;
        }
    }

    /** An error message, or empty when the file is open. */
    QString open()
    {
        return m_file.open(QIODevice::ReadOnly) ? QString()
                                                : QStringLiteral("cannot open the file: %1").arg(m_file.errorString());
    }

    /** Reads the whole file into memory when it is small enough; an error message, or empty. */
    QString load()
    {
        const qint64 size = m_file.size();
        if (m_bytes || size > Thumbnailer::s_maxInMemoryBytes)
            return {};
        // Each pool thread reuses its buffer: a fresh 3 MB allocation is a fresh mmap (see
        // AppSupport::limitHeapGrowth), and faulting its pages in again cost about 3 % of a thumbnail.
        // A second PhotoSource on the same thread (none today) gets a buffer of its own.
        m_bytes = t_bufferInUse ? &m_ownBytes : &t_buffer;
        t_bufferInUse = true;
        m_bytes->resize(qsizetype(size));
        const qint64 read = m_file.seek(0) ? m_file.read(m_bytes->data(), size) : -1;
        if (read < 0)
            return QStringLiteral("cannot read the file: %1").arg(m_file.errorString());
        m_bytes->resize(qsizetype(read)); // shorter when the file shrank meanwhile; the decoder reports it
        m_file.close();
        m_buffer.setBuffer(m_bytes);
        m_buffer.open(QIODevice::ReadOnly);
        return {};
    }

    /** The photo from its first byte, for one QImageReader at a time. */
    QIODevice *rewound()
    {
        QIODevice *device = m_bytes ? static_cast<QIODevice *>(&m_buffer) : &m_file;
        device->seek(0);
        return device;
    }

    /** What the first bytes say the file is, sniffed once. */
    const ImageFormat &format()
    {
        if (!m_format)
            m_format = ImageFormat::sniff(readAt(0, ImageFormat::s_sniffSize));
        return *m_format;
    }

    [[nodiscard]] qint64 size() const { return m_bytes ? m_bytes->size() : m_file.size(); }
    /** The whole file once load()ed, else empty. */
    [[nodiscard]] QByteArrayView bytes() const { return m_bytes ? QByteArrayView(*m_bytes) : QByteArrayView(); }

    QByteArray readAt(qint64 offset, qint64 length)
    {
        if (m_bytes)
            return offset >= 0 && offset < m_bytes->size() ? m_bytes->mid(offset, length) : QByteArray();
        return m_file.seek(offset) ? m_file.read(length) : QByteArray();
    }

private:
    static thread_local QByteArray t_buffer;
    static thread_local bool t_bufferInUse;

    QFile m_file;
    QByteArray m_ownBytes;
    QByteArray *m_bytes = nullptr; // t_buffer or m_ownBytes once loaded
    QBuffer m_buffer;
    std::optional<ImageFormat> m_format;
};

thread_local QByteArray PhotoSource::t_buffer;
thread_local bool PhotoSource::t_bufferInUse = false;

// Whether a JPEG could hold an embedded preview of at least @p edge pixels. Its Exif thumbnail is
// 160 x 120 (DCF); larger previews sit in the maker notes, which make the Exif segment large. A preview
// of 256 px or more in under 16 KB of Exif is rare, and missing one costs only a decode, so a JPEG with
// less Exif than that is decoded without asking Exiv2 (or a helper process) for its previews.
bool mayHoldLargePreview(PhotoSource &source, int edge)
{
    constexpr int s_dcfThumbnailEdge = 160;
    constexpr qsizetype s_minExifBytes = 16 * 1024;
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

QImageIOHandler::Transformations orientationOf(QIODevice *device)
{
    return QImageReader(device).transformation();
}

// A JPEG in memory goes to ScaledJpegDecoder (faster, see there); the orientation is Qt's reading of
// its Exif, as for every other path. Null when the file is not such a JPEG, or one the decoder leaves
// to Qt.
std::optional<Thumbnailer::Result> scaledJpegDecode(PhotoSource &source, QSize box, const std::atomic<bool> *cancelled)
{
    const QByteArrayView bytes = source.bytes();
    if (bytes.isEmpty() || source.format().kind() != ImageFormat::Kind::Jpeg)
        return std::nullopt;
    const QImageIOHandler::Transformations orientation = orientationOf(source.rewound());
    const bool turned = orientation & QImageIOHandler::TransformationRotate90;
    const QSize storedBox = turned ? box.transposed() : box;
    const ScaledJpegDecoder::Result decoded =
        ScaledJpegDecoder::decode(bytes, storedBox, Thumbnailer::s_maxPixels, cancelled);
    if (!decoded.handled)
        return std::nullopt;
    if (decoded.image.isNull())
        return Thumbnailer::Result{{}, decoded.error, false, {}};
    QImage image = decoded.image;
    if (const QSize fit = fittedInto(decoded.stored, storedBox); image.size() != fit)
        image = image.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return Thumbnailer::Result{
        upright(image, orientation), {}, false, turned ? decoded.stored.transposed() : decoded.stored};
}

Thumbnailer::Result scaledDecode(PhotoSource &source, QSize box, const std::atomic<bool> *cancelled = nullptr)
{
    if (const QString error = source.load(); !error.isEmpty())
        return {{}, error, false, {}};
    if (std::optional<Thumbnailer::Result> jpeg = scaledJpegDecode(source, box, cancelled))
        return *std::move(jpeg);
    return scaledDecode(source.rewound(), box);
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
    const auto readAt = [&file](qint64 offset, qint64 length) {
        return file.seek(offset) ? file.read(length) : QByteArray();
    };
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
    PhotoSource source(path);
    if (const QString error = source.open(); !error.isEmpty())
        return {{}, error, false, {}};
    const Exiv2Extractor::Preview preview =
        mayHoldLargePreview(source, edge) ? lookup(path, edge) : Exiv2Extractor::Preview();
    if (!preview.data.isEmpty() && std::max(preview.size.width(), preview.size.height()) >= edge) {
        const QImage image = decodePreview(preview, edge, orientationOf(source.rewound()));
        if (!image.isNull())
            return {image, {}, true, {}};
    }
    if (cancelled && cancelled->load())
        return {{}, QStringLiteral("cancelled"), false, {}};
    return scaledDecode(source, QSize(edge, edge), cancelled);
}

Thumbnailer::Result Thumbnailer::fitted(const QString &path, QSize box)
{
    raiseAllocationLimit();
    PhotoSource source(path);
    if (const QString error = source.open(); !error.isEmpty())
        return {{}, error, false, {}};
    return scaledDecode(source, box);
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return decodePreview(preview, edge, orientationOf(&file));
}
