#include "metadatareader.h"

#include "exiv2extractor.h"
#include "imageformat.h"
#include "iptcrecords.h"
#include "jpegstructure.h"
#include "metadatareconciler.h"
#include "photoshopresources.h"
#include "datetaken.h"
#include "textdecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// One read covers the whole header of typical camera JPEGs (Exif with thumbnail, XMP, IPTC).
constexpr qint64 s_firstReadBytes = 64 * 1024;
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
        : m_fd(::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY))
        , m_error(m_fd < 0 ? errno : 0)
    {
    }
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
    struct stat link {};
    if (::lstat(nativePath.constData(), &link) != 0)
        return QStringLiteral("cannot read the file: %1").arg(systemError(errno));
    struct stat target {};
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
    struct stat info {};
    if (::fstat(file.fd(), &info) != 0)
        return;
    record.fileSize = info.st_size;
    record.mtime = QDateTime::fromMSecsSinceEpoch(qint64(info.st_mtim.tv_sec) * 1000 +
                                                      info.st_mtim.tv_nsec / 1000000,
                                                  Qt::UTC);
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
    sources.xmp = extracted.xmp;
    record.warnings += extracted.warnings;
}

QString truncatedJpegError(const JpegStructure &structure)
{
    return structure.hasFrame() ? QStringLiteral("the file is truncated before its image data")
                                : QStringLiteral("the file is truncated inside its JPEG header");
}

// Reads just the JPEG header (growing the read while segments continue), never the compressed image.
void readJpeg(const OpenFile &file, PhotoRecord &record, MetadataSources &sources)
{
    qint64 want = qMin(record.fileSize, s_firstReadBytes);
    QByteArray header = file.readAt(0, want);
    JpegStructure structure = JpegStructure::scan(header);
    while (structure.status == JpegStructure::Status::NeedMoreData && header.size() < record.fileSize &&
           header.size() < MetadataReader::s_maxJpegHeaderBytes) {
        want = qMin(record.fileSize, qint64(header.size()) * 4);
        header += file.readAt(header.size(), want - header.size());
        structure = JpegStructure::scan(header);
    }
    record.warnings += structure.warnings;
    switch (structure.status) {
    case JpegStructure::Status::Complete:
        break;
    case JpegStructure::Status::NeedMoreData:
        record.error = header.size() < record.fileSize ? QStringLiteral("the JPEG header is implausibly large")
                                                       : truncatedJpegError(structure);
        break;
    case JpegStructure::Status::Corrupt:
    case JpegStructure::Status::NotJpeg:
        record.error = QStringLiteral("corrupt JPEG: %1").arg(structure.problem);
        break;
    }
    if (structure.status == JpegStructure::Status::Complete) {
        header.truncate(structure.headerEnd);
        record.width = structure.width;
        record.height = structure.height;
        if (record.width == 0 || record.height == 0)
            record.error = QStringLiteral("the JPEG frame header gives no image size");
        const qint64 tailLength = qMin(s_tailBytes, record.fileSize - structure.headerEnd);
        if (!file.readAt(record.fileSize - tailLength, tailLength).contains("\xFF\xD9"))
            record.warnings.append(
                QStringLiteral("the image data is truncated (no end-of-image marker): part of the picture is missing"));
    }
    mergeExtracted(Exiv2Extractor::readJpegHeader(header), sources, record);
    applyIptc(structure.photoshopResources(header), {}, sources, record.warnings);
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
    QFile device;
    if (!device.open(file.fd(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return;
    QImageReader reader(&device, qtFormat);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        record.error = QStringLiteral("cannot decode the %1 image: %2").arg(format.name().toUpper(), reader.errorString());
        return;
    }
    if (record.width <= 0 || record.height <= 0) {
        record.width = size.width();
        record.height = size.height();
    }
    if (format.kind() == ImageFormat::Kind::Png)
        sources.pngDescription = TextDecoding::cleaned(reader.text(QStringLiteral("Description")));
}

void readOtherFormat(const OpenFile &file, const QByteArray &nativePath, const ImageFormat &format,
                     PhotoRecord &record, MetadataSources &sources)
{
    if (format.hasExiv2Metadata()) {
        const ExtractedMetadata extracted = Exiv2Extractor::readFile(nativePath);
        mergeExtracted(extracted, sources, record);
        record.width = extracted.pixelWidth;
        record.height = extracted.pixelHeight;
        applyIptc(extracted.photoshopResources, extracted.iptc, sources, record.warnings);
        if (extracted.hasIptc)
            sources.hasIptc = true;
    }
    probeWithQt(file, format, record, sources);
}

void readSidecar(const QString &sidecarPath, MetadataSources &sources, QStringList &warnings)
{
    QFile sidecar(sidecarPath);
    if (!sidecar.open(QIODevice::ReadOnly)) {
        warnings.append(QStringLiteral("XMP sidecar %1 cannot be read: %2")
                            .arg(QFileInfo(sidecarPath).fileName(), sidecar.errorString()));
        return;
    }
    if (sidecar.size() > MetadataReader::s_maxSidecarBytes) {
        warnings.append(QStringLiteral("XMP sidecar %1 is %2 MB, larger than any real sidecar; ignored")
                            .arg(QFileInfo(sidecarPath).fileName())
                            .arg(sidecar.size() / (1024 * 1024)));
        return;
    }
    sources.sidecar = Exiv2Extractor::readXmpPacket(sidecar.readAll(), warnings);
}

void checkExtension(const QString &path, const ImageFormat &format, PhotoRecord &record)
{
    const ImageFormat byName = ImageFormat::fromExtension(path);
    if (byName.isImage() && byName != format)
        record.warnings.append(QStringLiteral("the file is named .%1 but its content is %2")
                                   .arg(QFileInfo(path).suffix(), format.name().toUpper()));
}

void swapForOrientation(PhotoRecord &record)
{
    // Orientations 5-8 turn the picture a quarter: it is displayed with width and height swapped.
    if (record.orientation >= 5 && record.orientation <= 8)
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
    const ImageFormat format = ImageFormat::sniff(head);
    if (!format.isImage()) {
        record.error = QStringLiteral("not an image: the content is %1").arg(ImageFormat::describeNonImage(head));
        return;
    }
    record.format = format.name();
    checkExtension(photo.path, format, record);

    MetadataSources sources;
    if (format.kind() == ImageFormat::Kind::Jpeg)
        readJpeg(file, record, sources);
    else
        readOtherFormat(file, nativePath, format, record, sources);
    const QString sidecar = photo.sidecarKnown ? photo.sidecarPath : MetadataReader::findSidecar(photo.path);
    if (!sidecar.isEmpty())
        readSidecar(sidecar, sources, record.warnings);
    MetadataReconciler::reconcile(sources, record);
    swapForOrientation(record);
}

} // namespace

PhotoRecord MetadataReader::read(const PhotoFile &file)
{
    PhotoRecord record;
    record.path = file.path;
    if (file.undecodableName) {
        record.error = QStringLiteral("the file name is not valid UTF-8, so it cannot be opened; rename the file");
        return record;
    }
    const QByteArray nativePath = QFile::encodeName(file.path);
    record.error = statError(nativePath);
    if (record.hasError())
        return record;
    readContent(file, nativePath, record);
    return record;
}

PhotoRecord MetadataReader::read(const QString &path)
{
    return read(PhotoFile{path, {}, false, false});
}

QString MetadataReader::findSidecar(const QString &imagePath)
{
    const QFileInfo image(imagePath);
    const QString base = image.path() + QLatin1Char('/') + image.completeBaseName();
    for (const QString &candidate : {base + QStringLiteral(".xmp"), base + QStringLiteral(".XMP"),
                                     imagePath + QStringLiteral(".xmp"), imagePath + QStringLiteral(".XMP")}) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}
