#include "metadatareader.h"

#include "captionboilerplate.h"
#include "datetaken.h"
#include "duckysegment.h"
#include "exiv2extractor.h"
#include "heifheader.h"
#include "imageformat.h"
#include "iptcrecords.h"
#include "jpegstructure.h"
#include "jxlcontainer.h"
#include "jxlheader.h"
#include "metadatablocksize.h"
#include "metadatareconciler.h"
#include "nativepath.h"
#include "photoshopresources.h"
#include "pngstructure.h"
#include "pngtext.h"
#include "textdecoding.h"
#include "xmppacketreader.h"
#include "xmpsidecar.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QtEndian>

#include <climits>

#include <cerrno>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Where to look for the JPEG end-of-image marker; writers may append a little padding after it.
constexpr qint64 s_tailBytes = 4096;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/** A read-only file descriptor; O_NONBLOCK so that a FIFO named like a photo can never hang a scan. */
class OpenFile
{
public:
    explicit OpenFile(const QByteArray &nativePath)
        : m_fd(::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)),
          m_error(m_fd < 0 ? errno : 0)
    {}
    ~OpenFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OpenFile(const OpenFile &) = delete;
    OpenFile &operator=(const OpenFile &) = delete;

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] int error() const { return m_error; }

    [[nodiscard]] QByteArray readAt(qint64 offset, qint64 length) const
    {
        QByteArray buffer(length, Qt::Uninitialized);
        qint64 done = 0;
        while (done < length) {
            const ssize_t n = ::pread(m_fd, buffer.data() + done, size_t(length - done), offset + done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        buffer.truncate(done);
        return buffer;
    }

private:
    int m_fd;
    int m_error;
};

QString statError(const QByteArray &nativePath)
{
    struct stat link
    {
    };
    if (::lstat(nativePath.constData(), &link) != 0)
        return QStringLiteral("cannot read the file: %1").arg(systemError(errno));
    struct stat target
    {
    };
    if (::stat(nativePath.constData(), &target) != 0) {
        if (S_ISLNK(link.st_mode))
            return QStringLiteral("broken symbolic link: its target does not exist");
        return QStringLiteral("cannot read the file: %1").arg(systemError(errno));
    }
    if (S_ISDIR(target.st_mode))
        return QStringLiteral("not a file: it is a folder");
    if (!S_ISREG(target.st_mode))
        return QStringLiteral("not a regular file (a device, socket or pipe)");
    return {};
}

void setFileInfo(const OpenFile &file, PhotoRecord &record)
{
    struct stat info
    {
    };
    if (::fstat(file.fd(), &info) != 0)
        return;
    record.fileSize = info.st_size;
    record.mtime =
        QDateTime::fromMSecsSinceEpoch(qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000, Qt::UTC);
}

StoreValues iptcValues(const IptcRecords &iptc)
{
    StoreValues values;
    values.caption = iptc.text(IptcRecords::s_captionAbstract);
    const QStringList creators = iptc.texts(IptcRecords::s_byline);
    values.creator = creators.isEmpty() ? QString() : creators.join(QStringLiteral("; "));
    values.copyright = iptc.text(IptcRecords::s_copyrightNotice);
    values.credit = iptc.text(IptcRecords::s_credit);
    values.headline = iptc.text(IptcRecords::s_headline);
    values.dateTaken =
        DateTaken::fromIptc(iptc.text(IptcRecords::s_dateCreated), iptc.text(IptcRecords::s_timeCreated));
    values.title = iptc.text(IptcRecords::s_objectName);
    values.source = iptc.text(IptcRecords::s_source);
    values.instructions = iptc.text(IptcRecords::s_specialInstructions);
    values.keywords = iptc.texts(IptcRecords::s_keywords);
    values.sublocation = iptc.text(IptcRecords::s_sublocation);
    values.city = iptc.text(IptcRecords::s_city);
    values.state = iptc.text(IptcRecords::s_provinceState);
    values.country = iptc.text(IptcRecords::s_countryName);
    values.countryCode = iptc.text(IptcRecords::s_countryCode);
    return values;
}

// IPTC comes from the Photoshop resources when they carry it (the bytes the IPTCDigest covers), else
// from the IIM block the container stores elsewhere.
void applyIptc(QByteArrayView resourceBlock, const QByteArray &iimBlock, MetadataSources &sources,
               QStringList &warnings)
{
    const PhotoshopResources resources = PhotoshopResources::parse(resourceBlock);
    if (!resources.problem().isEmpty())
        warnings.append(QStringLiteral("Photoshop resources damaged: %1").arg(resources.problem()));
    const QByteArray iim = resources.find(PhotoshopResources::s_iptcId).value_or(iimBlock);
    if (iim.isEmpty())
        return;
    const IptcRecords records = IptcRecords::parse(iim);
    if (!records.problem().isEmpty())
        warnings.append(records.problem());
    sources.hasIptc = true;
    sources.iptc = iptcValues(records);
    sources.digest = resources.digestState();
}

void mergeExtracted(const ExtractedMetadata &extracted, MetadataSources &sources, PhotoRecord &record)
{
    sources.exif = extracted.exif;
    sources.exifWindows1252 = extracted.exifWindows1252;
    sources.xmp = extracted.xmp;
    record.warnings += extracted.warnings;
}

QByteArray readJpegHeader(const OpenFile &file, qint64 fileSize, JpegStructure &structure)
{
    return JpegStructure::readHeader([&file](qint64 offset, qint64 length) { return file.readAt(offset, length); },
                                     qMin(fileSize, MetadataReader::s_maxJpegHeaderBytes), structure);
}

QString jpegError(const JpegStructure &structure, qint64 headerBytes, qint64 fileSize)
{
    switch (structure.status) {
    case JpegStructure::Status::Complete:
        return structure.width > 0 && structure.height > 0
                   ? QString()
                   : QStringLiteral("the JPEG frame header gives no image size");
    case JpegStructure::Status::NeedMoreData:
        if (headerBytes < fileSize)
            return headerBytes >= MetadataReader::s_maxJpegHeaderBytes
                       ? QStringLiteral("the JPEG header is implausibly large")
                       : QStringLiteral("the file could not be read to its end");
        return structure.hasFrame() ? QStringLiteral("the file is truncated before its image data")
                                    : QStringLiteral("the file is truncated inside its JPEG header");
    case JpegStructure::Status::Corrupt:
    case JpegStructure::Status::NotJpeg:
        break;
    }
    return QStringLiteral("corrupt JPEG: %1").arg(structure.problem);
}

bool hasEndMarker(const OpenFile &file, qint64 dataStart, qint64 fileSize)
{
    const qint64 tailLength = qMin(s_tailBytes, fileSize - dataStart);
    return file.readAt(fileSize - tailLength, tailLength).contains("\xFF\xD9");
}

void readJpeg(const OpenFile &file, PhotoRecord &record, MetadataSources &sources)
{
    JpegStructure structure;
    QByteArray header = readJpegHeader(file, record.fileSize, structure);
    record.warnings += structure.warnings;
    record.error = jpegError(structure, header.size(), record.fileSize);
    const bool complete = structure.status == JpegStructure::Status::Complete;
    if (complete) {
        header.truncate(structure.headerEnd);
        record.width = structure.width;
        record.height = structure.height;
    }
    const ExtractedMetadata extracted = Exiv2Extractor::readJpegHeader(header);
    mergeExtracted(extracted, sources, record);
    applyIptc(structure.photoshopResources(header), {}, sources, record.warnings);
    for (const JpegSegment &segment : std::as_const(structure.segments)) {
        if (segment.marker == JpegStructure::s_app12 && sources.ducky.isEmpty() &&
            segment.payloadOffset + segment.payloadSize <= header.size())
            sources.ducky =
                DuckySegment::values(QByteArrayView(header).sliced(segment.payloadOffset, segment.payloadSize));
    }
    if (complete && !extracted.hasTrailingMedia && !hasEndMarker(file, structure.headerEnd, record.fileSize))
        record.warnings.append(
            QStringLiteral("the image data is truncated (no end-of-image marker): part of the picture is missing"));
}

// A Photoshop file keeps its image resources (with the IPTC block and its digest) in the third section;
// Exiv2 does not expose them whole.
QByteArray psdImageResources(const OpenFile &file)
{
    constexpr qint64 s_headerBytes = 26;
    const QByteArray colorModeLength = file.readAt(s_headerBytes, 4);
    if (colorModeLength.size() < 4)
        return {};
    const qint64 resourcesAt = s_headerBytes + 4 + qFromBigEndian<quint32>(colorModeLength.constData());
    const QByteArray resourcesLength = file.readAt(resourcesAt, 4);
    if (resourcesLength.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(resourcesLength.constData());
    return file.readAt(resourcesAt + 4, qMin<qint64>(length, MetadataReader::s_maxJpegHeaderBytes));
}

QByteArray qtFormatName(const ImageFormat &format)
{
    switch (format.kind()) {
    case ImageFormat::Kind::Pnm:
        return "ppm";
    case ImageFormat::Kind::Heif:
        return "heif";
    default:
        return format.name().toLatin1();
    }
}

// HEIF and AVIF are decoded by libheif (HeifDecoder), not by a Qt plugin: libheif reads their header.
void probeWithLibheif(const QByteArray &nativePath, PhotoRecord &record)
{
    const HeifHeader::Result header = HeifHeader::read(nativePath);
    record.error = header.error;
    record.width = header.displayed.width();
    record.height = header.displayed.height();
}

// A RAW file is shown from its embedded previews, not through a Qt plugin: Exiv2's reading is the probe.
void checkExiv2Size(const ImageFormat &format, PhotoRecord &record)
{
    if (record.width <= 0 || record.height <= 0)
        record.error = QStringLiteral("Byline cannot read this %1 RAW file").arg(format.name().toUpper());
}

// A Photoshop file is decoded by PsdComposite; its header gives the size (Exiv2 reads no PSB).
void readPhotoshopSize(const OpenFile &file, PhotoRecord &record)
{
    const QByteArray header = file.readAt(0, 26);
    const quint16 version = header.size() == 26 ? qFromBigEndian<quint16>(header.constData() + 4) : 0;
    const quint32 height = header.size() == 26 ? qFromBigEndian<quint32>(header.constData() + 14) : 0;
    const quint32 width = header.size() == 26 ? qFromBigEndian<quint32>(header.constData() + 18) : 0;
    if ((version != 1 && version != 2) || width == 0 || height == 0 || width > INT_MAX || height > INT_MAX) {
        record.error = QStringLiteral("the Photoshop header is damaged");
        return;
    }
    record.width = int(width);
    record.height = int(height);
}

// A PNG's own chunks: whether it is whole (Qt decodes nothing of a PNG cut short, and when the cut comes
// before its image data cannot even read its size, saying "Unknown error"), and its text chunks, which
// count in a PNG that cannot be shown as metadata does in a JPEG cut short.
void readPngChunks(const OpenFile &file, PhotoRecord &record, MetadataSources &sources)
{
    const auto readAt = [&file](qint64 offset, qint64 length) { return file.readAt(offset, length); };
    record.error = PngStructure::truncation(readAt, record.fileSize);
    sources.png = PngText::values(PngText::read(readAt, record.warnings));
    // A Description converted from a camera's ImageDescription carries its filler too.
    if (CaptionBoilerplate::isBoilerplate(sources.png.caption)) {
        record.warnings.append(QStringLiteral("the PNG Description \"%1\" is camera filler, not a caption")
                                   .arg(sources.png.caption.simplified().left(120)));
        sources.png.caption = QString();
    }
}

// Pixel size and decodability from Qt's image plugin, which reads the header only.
void probeWithQt(const OpenFile &file, const ImageFormat &format, PhotoRecord &record, MetadataSources &sources)
{
    const QByteArray qtFormat = qtFormatName(format);
    // Asked once: the answer only changes with the installed plugins, and building it is not free.
    static const QList<QByteArray> s_decodable = QImageReader::supportedImageFormats();
    if (!s_decodable.contains(qtFormat)) {
        record.error = QStringLiteral("no decoder for %1 images is installed").arg(format.name().toUpper());
        return;
    }
    if (format.kind() == ImageFormat::Kind::Png)
        readPngChunks(file, record, sources);
    QFile device;
    if (!device.open(file.fd(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return;
    QImageReader reader(&device, qtFormat);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        if (record.error.isEmpty()) // where a PNG was cut says more than Qt's "Unknown error"
            record.error =
                QStringLiteral("cannot decode the %1 image: %2").arg(format.name().toUpper(), reader.errorString());
        return;
    }
    if (record.width <= 0 || record.height <= 0) {
        record.width = size.width();
        record.height = size.height();
    }
}

void readOtherFormat(const OpenFile &file, const QByteArray &nativePath, const ImageFormat &format, PhotoRecord &record,
                     MetadataSources &sources)
{
    const qint64 block = MetadataBlockSize::largest(
        format, [&file](qint64 offset, qint64 length) { return file.readAt(offset, length); });
    if (block > MetadataBlockSize::s_maxBytes) {
        record.warnings.append(QStringLiteral("the file declares a %1 MB metadata block, over Byline's limit of %2 MB; "
                                              "its metadata was not read")
                                   .arg(double(block) / (1024 * 1024), 0, 'f', 1)
                                   .arg(MetadataBlockSize::s_maxBytes / (1024 * 1024)));
    } else if (format.hasExiv2Metadata()) {
        const ExtractedMetadata extracted = Exiv2Extractor::readFile(nativePath, format.isCameraRaw());
        mergeExtracted(extracted, sources, record);
        record.width = extracted.pixelWidth;
        record.height = extracted.pixelHeight;
        const QByteArray resources =
            format.kind() == ImageFormat::Kind::Psd ? psdImageResources(file) : extracted.photoshopResources;
        applyIptc(resources, extracted.iptc, sources, record.warnings);
    }
    if (format.isHeif())
        probeWithLibheif(nativePath, record);
    else if (format.kind() == ImageFormat::Kind::Psd)
        readPhotoshopSize(file, record);
    else if (format.isCameraRaw())
        checkExiv2Size(format, record);
    else
        probeWithQt(file, format, record, sources);
}

// JPEG XL: Exiv2 0.27.6 reads nothing from it; Byline reads the container's Exif and XMP boxes (cjxl
// writes them Brotli-compressed) and libjxl the header.
void readJpegXl(const OpenFile &file, PhotoRecord &record, MetadataSources &sources)
{
    const auto readAt = [&file](qint64 offset, qint64 length) { return file.readAt(offset, length); };
    const JxlContainer::Metadata boxes = JxlContainer::read(readAt, record.fileSize);
    record.warnings += boxes.warnings;
    if (!boxes.exif.isEmpty()) {
        const ExtractedMetadata exif = Exiv2Extractor::readExif(boxes.exif);
        sources.exif = exif.exif;
        sources.exifWindows1252 = exif.exifWindows1252;
        record.warnings += exif.warnings;
    }
    if (!boxes.xmp.isEmpty()) {
        const XmpPacketReader::Result xmp = XmpPacketReader::read(boxes.xmp);
        sources.xmp = xmp.values;
        if (!xmp.problem.isEmpty())
            record.warnings.append(xmp.problem);
    }
    const JxlHeader::Result header = JxlHeader::read(readAt, record.fileSize);
    record.error = header.error;
    record.width = header.displayed.width();
    record.height = header.displayed.height();
}

void readSidecar(const QString &sidecarPath, MetadataSources &sources, QStringList &warnings)
{
    const QByteArray packet = XmpSidecar::read(sidecarPath, warnings);
    if (!packet.isEmpty()) {
        const XmpPacketReader::Result result = XmpPacketReader::read(packet);
        if (!result.problem.isEmpty())
            warnings.append(QStringLiteral("XMP sidecar: %1").arg(result.problem));
        sources.sidecar = result.values;
    }
}

void checkExtension(const QString &path, const ImageFormat &format, PhotoRecord &record)
{
    const ImageFormat byName = ImageFormat::fromExtension(path);
    if (byName.isImage() && byName != format)
        record.warnings.append(QStringLiteral("the file is named .%1 but its content is %2")
                                   .arg(QFileInfo(path).suffix(), format.name().toUpper()));
}

// The keywords are capped together as one field is: IIM caps each at 64 bytes, but an XMP bag may hold a
// sidecar's 16 MB of them. Whole keywords are kept, never half of one.
void capKeywords(PhotoRecord &record)
{
    qsizetype total = 0, kept = 0;
    while (kept < record.keywords.size() && total + record.keywords[kept].size() <= MetadataReader::s_maxFieldChars)
        total += record.keywords[kept++].size();
    if (kept == record.keywords.size())
        return;
    record.warnings.append(
        QStringLiteral("the keywords are over %1 characters in all; only the first %2 of %3 are kept")
            .arg(MetadataReader::s_maxFieldChars)
            .arg(kept)
            .arg(record.keywords.size()));
    record.keywords.resize(kept);
}

// Every later step (search folding, the catalog, the detail pane, export) pays for a field's length.
void capTextFields(PhotoRecord &record)
{
    const std::pair<MetadataField, QString *> fields[] = {
        {MetadataField::Caption, &record.caption},
        {MetadataField::Credit, &record.credit},
        {MetadataField::Creator, &record.creator},
        {MetadataField::Copyright, &record.copyright},
        {MetadataField::Headline, &record.headline},
        {MetadataField::Title, &record.title},
        {MetadataField::Source, &record.source},
        {MetadataField::Instructions, &record.instructions},
        {MetadataField::UsageTerms, &record.usageTerms},
        {MetadataField::Sublocation, &record.sublocation},
        {MetadataField::City, &record.city},
        {MetadataField::State, &record.state},
        {MetadataField::Country, &record.country},
        {MetadataField::CountryCode, &record.countryCode},
        {MetadataField::Label, &record.label},
    };
    for (const auto &[field, value] : fields) {
        if (value->size() <= MetadataReader::s_maxFieldChars)
            continue;
        record.warnings.append(QStringLiteral("the %1 is %2 characters long; only the first %3 are kept")
                                   .arg(metadataFieldName(field))
                                   .arg(value->size())
                                   .arg(MetadataReader::s_maxFieldChars));
        value->truncate(MetadataReader::s_maxFieldChars);
    }
}

void swapForOrientation(const ImageFormat &format, PhotoRecord &record)
{
    // Orientations 5-8 turn the picture a quarter: it is displayed with width and height swapped. HEIF and
    // JPEG XL sizes are already as displayed, by the formats' own orientation (HeifHeader, JxlHeader).
    if (!format.hasOwnOrientation() && record.orientation >= 5 && record.orientation <= 8)
        std::swap(record.width, record.height);
}

void readContent(const PhotoFile &photo, const QByteArray &nativePath, PhotoRecord &record)
{
    const OpenFile file(nativePath);
    if (file.fd() < 0) {
        record.error = QStringLiteral("cannot open the file: %1").arg(systemError(file.error()));
        return;
    }
    setFileInfo(file, record);
    if (record.fileSize == 0) {
        record.error = QStringLiteral("the file is empty (0 bytes)");
        return;
    }
    const QByteArray head = file.readAt(0, ImageFormat::s_sniffSize);
    const ImageFormat format = ImageFormat::identify(head, photo.path);
    if (!format.isImage()) {
        record.error = QStringLiteral("not an image: the content is %1").arg(ImageFormat::describeNonImage(head));
        return;
    }
    record.format = format.name();
    checkExtension(photo.path, format, record);

    MetadataSources sources;
    if (format.kind() == ImageFormat::Kind::Jpeg)
        readJpeg(file, record, sources);
    else if (format.kind() == ImageFormat::Kind::JpegXl)
        readJpegXl(file, record, sources);
    else
        readOtherFormat(file, nativePath, format, record, sources);
    const QString sidecar = photo.sidecarKnown ? photo.sidecarPath : XmpSidecar::find(photo.path);
    if (!sidecar.isEmpty())
        readSidecar(sidecar, sources, record.warnings);
    MetadataReconciler::reconcile(sources, record);
    capTextFields(record);
    capKeywords(record);
    swapForOrientation(format, record);
}

} // namespace

PhotoRecord MetadataReader::read(const PhotoFile &file)
{
    PhotoRecord record;
    record.path = file.path;
    const QByteArray nativePath = NativePath::encode(file.path);
    record.error = statError(nativePath);
    if (record.hasError())
        return record;
    try {
        readContent(file, nativePath, record);
    } catch (const std::exception &error) {
        // Out of memory on a hostile file, typically: that file fails, the scan goes on.
        record.error = QStringLiteral("the file could not be read: %1").arg(QString::fromUtf8(error.what()));
    }
    if (NativePath::hasEscapes(file.path))
        record.warnings.append(QStringLiteral("The file name is not valid UTF-8: it is shown with \uFFFD for each byte "
                                              "that is not, and exported with _ in its place."));
    return record;
}

PhotoRecord MetadataReader::read(const QString &path)
{
    return read(PhotoFile{path, {}, false});
}
