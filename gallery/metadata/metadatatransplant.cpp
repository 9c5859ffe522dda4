#include "metadatatransplant.h"

#include "exiv2fields.h"

#include "iptctransplant.h"
#include "jpegmetadatasplice.h"
#include "photoshopresources.h"
#include "textdecoding.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <exception>
#include <set>

// Exiv2 0.27 hands out std::auto_ptr, deprecated since C++11; silence that here only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

// The Exif of one APP1 segment, after its signature.
constexpr qsizetype s_maxExifBytes = JpegMetadataSplice::s_maxPayload - 6;
constexpr qsizetype s_maxXmpBytes = JpegMetadataSplice::s_maxPayload - 29;
// Real packets nest about ten elements deep (an IPTC Extension location in a bag); a hostile one nests
// thousands deep, and Adobe's toolkit inside Exiv2 parses recursively.
constexpr int s_maxXmpDepth = 64;

// Photoshop resources that are metadata and hold no pixels: the copyright flag and the URLs.
constexpr quint16 s_copyrightFlagId = 0x040A, s_urlId = 0x040B, s_urlListId = 0x041E;

template<typename Call>
bool guarded(QStringList &warnings, const QString &what, Call &&call)
{
    try {
        call();
        return true;
    } catch (const Exiv2::AnyError &error) {
        warnings.append(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(error.what()).trimmed()));
    } catch (const std::exception &error) {
        warnings.append(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(error.what()).trimmed()));
    }
    return false;
}

// ---- Exif

// IFD0 tags that describe the old file's pixels or its other stores (TIFF 6.0, TIFF/EP, DNG 1.6): the
// copy's encoder describes its own pixels, and IPTC, XMP and ICC are written where a JPEG keeps them.
bool describesOldFile(uint16_t tag)
{
    static const std::set<uint16_t> s_tags = {0x00fe, 0x00ff, 0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0111, 0x0115,
                                              0x0116, 0x0117, 0x0118, 0x0119, 0x011c, 0x013d, 0x0140, 0x0142, 0x0143,
                                              0x0144, 0x0145, 0x014a, 0x0152, 0x0153, 0x0201, 0x0202, 0x0212, 0x02bc,
                                              0x828d, 0x828e, 0x83bb, 0x8649, 0x8773, 0x935c, 0xea1c, 0xea1d};
    return s_tags.count(tag) || (tag >= 0xc612 && tag <= 0xcd48); // DNG's own tags
}

bool isLeftOut(const Exiv2::Exifdatum &datum)
{
    const std::string group = datum.groupName();
    if (group == "Thumbnail" || group.rfind("SubImage", 0) == 0 || group.rfind("SubThumb", 0) == 0 ||
        group == "Image2" || group == "Image3" || group == "PanasonicRaw")
        return true; // IFD1's thumbnail and the other images of a TIFF or RAW
    if (group == "Image")
        return describesOldFile(datum.tag());
    return group == "Photo" && (datum.tag() == 0xea1c || datum.tag() == 0xea1d); // Microsoft's padding
}

void setText(Exiv2::ExifData &exif, const char *key, const QString &value)
{
    if (!value.isNull())
        exif[key] = value.toStdString();
}

void setSize(Exiv2::ExifData &exif, const char *widthKey, const char *heightKey, QSize size, bool always)
{
    const bool present = exif.findKey(Exiv2::ExifKey(widthKey)) != exif.end();
    if (!always && !present)
        return;
    exif[widthKey] = uint32_t(size.width());
    exif[heightKey] = uint32_t(size.height());
}

void setWritten(Exiv2::ExifData &exif, const MetadataTransplant::Copy &copy)
{
    setText(exif, "Exif.Image.ImageDescription", copy.written.caption);
    setText(exif, "Exif.Image.Artist", copy.written.creator);
    setText(exif, "Exif.Image.Copyright", copy.written.copyright);
    exif["Exif.Image.Orientation"] = uint16_t(1); // the pixels are upright
    setSize(exif, "Exif.Photo.PixelXDimension", "Exif.Photo.PixelYDimension", copy.size, true);
    setSize(exif, "Exif.Iop.RelatedImageWidth", "Exif.Iop.RelatedImageLength", copy.size, false);
}

QByteArray encodeExif(const Exiv2::ExifData &exif, Exiv2::ByteOrder order)
{
    Exiv2::Blob blob;
    Exiv2::ExifParser::encode(blob, order, exif);
    return QByteArray(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size()));
}

// The standard tags Exiv2 left out of @p encoded to fit one segment (it drops tags over 4 KB, then
// previews), for the report.
QStringList leftOutTags(const Exiv2::ExifData &meant, const QByteArray &encoded)
{
    Exiv2::ExifData written;
    Exiv2::ExifParser::decode(written, reinterpret_cast<const Exiv2::byte *>(encoded.constData()),
                              uint32_t(encoded.size()));
    QStringList missing;
    for (const Exiv2::Exifdatum &datum : meant) {
        const std::string group = datum.groupName();
        if ((group == "Image" || group == "Photo" || group == "GPSInfo" || group == "Iop") &&
            written.findKey(Exiv2::ExifKey(datum.key())) == written.end())
            missing.append(QString::fromStdString(datum.key()));
    }
    return missing;
}

QByteArray exifBlock(const QByteArray &original, const MetadataTransplant::Copy &copy, QStringList &warnings)
{
    Exiv2::ExifData exif;
    Exiv2::ByteOrder order = Exiv2::littleEndian;
    if (!original.isEmpty())
        guarded(warnings, QStringLiteral("the original's Exif could not be read; it is not carried"), [&] {
            order = Exiv2::ExifParser::decode(exif, reinterpret_cast<const Exiv2::byte *>(original.constData()),
                                              uint32_t(original.size()));
        });
    if (order == Exiv2::invalidByteOrder)
        order = Exiv2::littleEndian;
    for (auto it = exif.begin(); it != exif.end();)
        it = isLeftOut(*it) ? exif.erase(it) : std::next(it);
    setWritten(exif, copy);
    QByteArray encoded;
    const bool done = guarded(warnings, QStringLiteral("the original's Exif could not be written"), [&] {
        encoded = encodeExif(exif, order);
        if (const QStringList missing = leftOutTags(exif, encoded); !missing.isEmpty())
            warnings.append(QStringLiteral("Exif tags left out to fit a JPEG segment: %1").arg(missing.join(u", ")));
    });
    if (done && encoded.size() <= s_maxExifBytes)
        return encoded;
    if (done)
        warnings.append(QStringLiteral("the original's Exif (%1 bytes) does not fit a JPEG segment; only Byline's "
                                       "fields are written there")
                            .arg(encoded.size()));
    Exiv2::ExifData own;
    setWritten(own, copy);
    return encodeExif(own, Exiv2::littleEndian);
}

// ---- XMP

// Whether @p packet is well-formed XML no deeper than s_maxXmpDepth: QXmlStreamReader reads without
// recursion and caps entity expansion, so the toolkit only ever sees packets that cannot hurt it.
QString xmlProblem(const QByteArray &packet)
{
    QXmlStreamReader xml(packet);
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++depth > s_maxXmpDepth)
            return QStringLiteral("it nests more than %1 elements deep").arg(s_maxXmpDepth);
        if (token == QXmlStreamReader::EndElement)
            --depth;
    }
    return xml.hasError() ? xml.errorString() : QString();
}

// Decodes @p packet as the reader does (docs/metadata.md, "Text handling": stray Latin-1 bytes read as
// Windows-1252); nothing, with a warning, when it cannot be.
Exiv2::XmpData decodeXmp(QByteArray packet, const char *what, QStringList &warnings)
{
    Exiv2::XmpData xmp;
    if (packet.isEmpty())
        return xmp;
    const bool wide = packet.startsWith("\xFE\xFF") || packet.startsWith("\xFF\xFE");
    if (!wide && !TextDecoding::isValidUtf8(packet)) {
        qsizetype repaired = 0;
        packet = TextDecoding::repairedUtf8(packet, repaired);
    }
    if (const QString problem = xmlProblem(packet); !problem.isEmpty()) {
        warnings.append(QStringLiteral("the %1 is not carried: %2").arg(QLatin1String(what), problem));
        return xmp;
    }
    const bool decoded = guarded(warnings, QStringLiteral("the %1 is not carried").arg(QLatin1String(what)), [&] {
        if (Exiv2::XmpParser::decode(xmp, packet.toStdString()) != 0)
            throw std::runtime_error("Exiv2 cannot parse it");
    });
    if (!decoded)
        xmp.clear();
    return xmp;
}

// "Xmp.iptc.CreatorContactInfo/Iptc4xmpCore:CiEmailWork" belongs to "Xmp.iptc.CreatorContactInfo".
std::string property(const std::string &key)
{
    return key.substr(0, key.find_first_of("/["));
}

void erase(Exiv2::XmpData &xmp, const std::string &top)
{
    for (auto it = xmp.begin(); it != xmp.end();)
        it = property(it->key()) == top ? xmp.erase(it) : std::next(it);
}

// A sidecar replaces each property it sets, whole (docs/metadata.md, "Sidecars").
void merge(Exiv2::XmpData &xmp, const Exiv2::XmpData &sidecar)
{
    std::set<std::string> set;
    for (const Exiv2::Xmpdatum &datum : sidecar)
        set.insert(property(datum.key()));
    for (const std::string &top : set)
        erase(xmp, top);
    for (const Exiv2::Xmpdatum &datum : sidecar)
        xmp.add(datum);
}

void setXmpSize(Exiv2::XmpData &xmp, const char *widthKey, const char *heightKey, QSize size)
{
    if (xmp.findKey(Exiv2::XmpKey(widthKey)) == xmp.end())
        return;
    xmp[widthKey] = std::to_string(size.width());
    xmp[heightKey] = std::to_string(size.height());
}

void setWritten(Exiv2::XmpData &xmp, const MetadataTransplant::Copy &copy)
{
    // The same setters as an edit of a user's photo (Exiv2Fields): translations of the caption stay.
    const StoreValues &values = copy.written;
    const auto set = [&xmp](EditField field, const QString &value) {
        if (!value.isNull())
            Exiv2Fields::setXmp(xmp, field, EditFields::parse(field, value));
    };
    set(EditField::Caption, values.caption);
    set(EditField::Copyright, values.copyright);
    set(EditField::Creator, values.creator);
    set(EditField::Credit, values.credit);
    set(EditField::Headline, values.headline);
    xmp["Xmp.tiff.Orientation"] = "1";
    setXmpSize(xmp, "Xmp.exif.PixelXDimension", "Xmp.exif.PixelYDimension", copy.size);
    setXmpSize(xmp, "Xmp.tiff.ImageWidth", "Xmp.tiff.ImageLength", copy.size);
    erase(xmp, "Xmp.xmp.Thumbnails"); // a picture of the old pixels
}

QByteArray encodeXmp(const Exiv2::XmpData &xmp)
{
    std::string packet;
    if (Exiv2::XmpParser::encode(packet, xmp,
                                 Exiv2::XmpParser::useCompactFormat | Exiv2::XmpParser::omitAllFormatting) != 0)
        throw std::runtime_error("Exiv2 cannot serialise it");
    return QByteArray::fromStdString(packet);
}

// Over a segment, the history Photoshop accumulates goes first (DocumentAncestors lists every file
// ever pasted in, often thousands), then everything but Byline's own fields.
QByteArray fitted(Exiv2::XmpData xmp, const MetadataTransplant::Copy &copy, QStringList &warnings)
{
    QByteArray packet = encodeXmp(xmp);
    if (packet.size() <= s_maxXmpBytes)
        return packet;
    erase(xmp, "Xmp.photoshop.DocumentAncestors");
    erase(xmp, "Xmp.xmpMM.History");
    if (const QByteArray smaller = encodeXmp(xmp); smaller.size() <= s_maxXmpBytes) {
        warnings.append(QStringLiteral("the XMP packet (%1 bytes) is too large for a JPEG segment; its "
                                       "photoshop:DocumentAncestors and xmpMM:History were left out")
                            .arg(packet.size()));
        return smaller;
    }
    warnings.append(QStringLiteral("the XMP packet (%1 bytes) is too large for a JPEG segment; only Byline's "
                                   "fields are written there")
                        .arg(packet.size()));
    Exiv2::XmpData own;
    setWritten(own, copy);
    return encodeXmp(own);
}

QByteArray xmpPacket(const OriginalMetadata &original, const MetadataTransplant::Copy &copy, QStringList &warnings)
{
    Exiv2::XmpData xmp = decodeXmp(original.xmp, "original's XMP", warnings);
    merge(xmp, decodeXmp(original.sidecarXmp, "XMP sidecar", warnings));
    QByteArray packet;
    guarded(warnings, QStringLiteral("the XMP could not be written"), [&] {
        setWritten(xmp, copy);
        packet = fitted(xmp, copy, warnings);
    });
    return packet;
}

// ---- Photoshop resources

QByteArray photoshopResources(const QByteArray &original, const QByteArray &iim)
{
    const PhotoshopResources old = PhotoshopResources::parse(original);
    PhotoshopResources kept;
    for (const quint16 id : {s_copyrightFlagId, s_urlId, s_urlListId}) {
        if (const std::optional<QByteArray> data = old.find(id))
            kept.set(id, *data);
    }
    kept.set(PhotoshopResources::s_iptcId, iim);
    // Exiv2 0.27 would leave the digest stale (docs/metadata.md, "Exiv2 0.27.6: limits"); this one
    // matches, so MWG readers know IPTC and XMP agree.
    kept.set(PhotoshopResources::s_iptcDigestId, PhotoshopResources::iptcDigest(iim));
    return kept.serialize();
}

} // namespace

MetadataTransplant::Result MetadataTransplant::apply(const OriginalMetadata &original, QByteArrayView jpeg,
                                                     const Copy &copy)
{
    Result result;
    JpegMetadataSplice::Segments segments;
    const bool encoded = guarded(result.warnings, QStringLiteral("the metadata could not be encoded"), [&] {
        segments.exif = exifBlock(original.exif, copy, result.warnings);
        segments.xmp = xmpPacket(original, copy, result.warnings);
    });
    if (!encoded)
        return {{}, result.warnings.constLast(), {}};
    segments.photoshopResources =
        photoshopResources(original.photoshopResources, IptcTransplant::block(original.iptc, copy.written));
    segments.icc = original.icc;
    segments.carried = original.jpegSegments;
    const JpegMetadataSplice::Result spliced = JpegMetadataSplice::splice(jpeg, segments);
    result.jpeg = spliced.jpeg;
    result.error = spliced.error;
    result.warnings += spliced.warnings;
    return result;
}

#pragma GCC diagnostic pop
