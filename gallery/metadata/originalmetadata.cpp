#include "originalmetadata.h"

#include "exiv2extractor.h"
#include "imageformat.h"
#include "jpegstructure.h"
#include "jxlcontainer.h"
#include "metadatablocksize.h"
#include "metadatareader.h"
#include "nativepath.h"
#include "photoshopresources.h"
#include "xmpsidecar.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

const QByteArray s_exifSignature("Exif\0\0", 6);
const QByteArray s_xmpSignature("http://ns.adobe.com/xap/1.0/\0", 29);
const QByteArray s_xmpExtensionSignature("http://ns.adobe.com/xmp/extension/\0", 35);
constexpr quint8 s_com = 0xFE;

using ReadAt = JpegStructure::ReadAt;

// Opened by the path's bytes (docs/metadata.md, "File names that are not UTF-8"); O_NONBLOCK so that a
// FIFO swapped in for a photo cannot hang an export.
ReadAt openForReading(const QString &path, QFile &file)
{
    const int fd = ::open(NativePath::encode(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0)
            ::close(fd);
        return {};
    }
    return [&file](qint64 offset, qint64 length) { return file.seek(offset) ? file.read(length) : QByteArray(); };
}

// Whether a JPEG segment holds metadata that no store carries: a comment, APP12 (Photoshop's Ducky,
// picture info), or the extension of an XMP packet too large for one segment, which keeps its place
// beside the main packet that names it by digest.
bool isCarriedSegment(quint8 marker, QByteArrayView payload)
{
    return marker == s_com || marker == JpegStructure::s_app12 ||
           (marker == JpegStructure::s_app1 && payload.startsWith(s_xmpExtensionSignature));
}

void readJpeg(const ReadAt &readAt, qint64 size, OriginalMetadata &out)
{
    JpegStructure structure;
    const QByteArray header =
        JpegStructure::readHeader(readAt, qMin(size, MetadataReader::s_maxJpegHeaderBytes), structure);
    if (structure.status != JpegStructure::Status::Complete) {
        out.warnings.append(
            QStringLiteral("the original's JPEG header could not be followed; its metadata is not carried"));
        return;
    }
    for (const JpegSegment &segment : std::as_const(structure.segments)) {
        const QByteArrayView payload = QByteArrayView(header).sliced(segment.payloadOffset, segment.payloadSize);
        if (segment.marker == JpegStructure::s_app1 && payload.startsWith(s_exifSignature) && out.exif.isEmpty())
            out.exif = payload.sliced(s_exifSignature.size()).toByteArray();
        else if (segment.marker == JpegStructure::s_app1 && payload.startsWith(s_xmpSignature) && out.xmp.isEmpty())
            out.xmp = payload.sliced(s_xmpSignature.size()).toByteArray();
        else if (isCarriedSegment(segment.marker, payload))
            out.jpegSegments.append(
                header.sliced(segment.offset, segment.payloadOffset + segment.payloadSize - segment.offset));
    }
    out.photoshopResources = structure.photoshopResources(header);
    out.iptc =
        PhotoshopResources::parse(out.photoshopResources).find(PhotoshopResources::s_iptcId).value_or(QByteArray());
}

void readJpegXl(const ReadAt &readAt, qint64 size, OriginalMetadata &out)
{
    const JxlContainer::Metadata boxes = JxlContainer::read(readAt, size);
    out.exif = boxes.exif;
    out.xmp = boxes.xmp;
    out.warnings += boxes.warnings;
}

void readWithExiv2(const QString &path, const ImageFormat &format, const ReadAt &readAt, OriginalMetadata &out)
{
    // The reader's limit (docs/metadata.md, "Exiv2 0.27.6: limits"): such a block is bloat or an attack.
    if (MetadataBlockSize::largest(format, readAt) > MetadataBlockSize::s_maxBytes) {
        out.warnings.append(
            QStringLiteral("the original declares a metadata block over %1 MB; its metadata is not carried")
                .arg(MetadataBlockSize::s_maxBytes / (1024 * 1024)));
        return;
    }
    if (!format.hasExiv2Metadata())
        return;
    const MetadataBlocks blocks = Exiv2Extractor::readBlocks(NativePath::encode(path));
    out.exif = blocks.exif;
    out.iptc = blocks.iptc;
    out.photoshopResources = blocks.photoshopResources;
    out.xmp = blocks.xmp;
    out.icc = blocks.icc;
    out.warnings += blocks.warnings;
    if (out.iptc.isEmpty()) // TIFF keeps the IIM block in its resources too
        out.iptc =
            PhotoshopResources::parse(out.photoshopResources).find(PhotoshopResources::s_iptcId).value_or(QByteArray());
}

} // namespace

OriginalMetadata OriginalMetadata::read(const QString &path)
{
    OriginalMetadata out;
    QFile file;
    const ReadAt readAt = openForReading(path, file);
    if (!readAt) {
        out.warnings.append(QStringLiteral("the original cannot be opened; its metadata is not carried"));
        return out;
    }
    const qint64 size = file.size();
    const ImageFormat format = ImageFormat::identify(readAt(0, ImageFormat::s_sniffSize), path);
    if (format.kind() == ImageFormat::Kind::Jpeg)
        readJpeg(readAt, size, out);
    else if (format.kind() == ImageFormat::Kind::JpegXl)
        readJpegXl(readAt, size, out);
    else if (format.isImage())
        readWithExiv2(path, format, readAt, out);
    if (const QString sidecar = XmpSidecar::find(path); !sidecar.isEmpty())
        out.sidecarXmp = XmpSidecar::read(sidecar, out.warnings);
    return out;
}
