#include "metadatawriter.h"

#include "iptcrecords.h"
#include "jpegstructure.h"
#include "photoshopresources.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <exception>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

// An APP13 payload is at most 65533 bytes, 14 of which are the "Photoshop 3.0\0" signature.
constexpr qsizetype s_maxResourceBytesPerSegment = 65533 - JpegStructure::s_photoshopSignature.size();

struct IsoParts
{
    QString date, time, fraction, offset; // "2016-03-31", "16:23:57", "12", "+00:00"
};

IsoParts splitIso(const QString &iso)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})?)?$"));
    const auto match = pattern.match(iso);
    if (!match.hasMatch())
        return {};
    QString offset = match.captured(4);
    if (offset == QLatin1String("Z"))
        offset = QStringLiteral("+00:00");
    return {match.captured(1), match.captured(2), match.captured(3), offset};
}

void setExif(Exiv2::ExifData &exif, const StoreValues &values)
{
    if (!values.caption.isNull())
        exif["Exif.Image.ImageDescription"] = values.caption.toStdString();
    if (!values.creator.isNull())
        exif["Exif.Image.Artist"] = values.creator.toStdString();
    if (!values.copyright.isNull())
        exif["Exif.Image.Copyright"] = values.copyright.toStdString();
    if (!values.dateTaken.isNull()) {
        const IsoParts parts = splitIso(values.dateTaken);
        QString exifDate = parts.date;
        exifDate.replace(u'-', u':');
        exif["Exif.Photo.DateTimeOriginal"] = (exifDate + u' ' + parts.time).toStdString();
        if (!parts.offset.isEmpty())
            exif["Exif.Photo.OffsetTimeOriginal"] = parts.offset.toStdString();
        if (!parts.fraction.isEmpty())
            exif["Exif.Photo.SubSecTimeOriginal"] = parts.fraction.toStdString();
    }
    if (values.orientation > 0)
        exif["Exif.Image.Orientation"] = uint16_t(values.orientation);
    if (!values.cameraSerial.isNull())
        exif["Exif.Photo.BodySerialNumber"] = values.cameraSerial.toStdString();
}

void setLangAlt(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    Exiv2::LangAltValue value;
    value.read("lang=x-default " + text.toStdString());
    xmp.add(Exiv2::XmpKey(key), &value);
}

// The wire fields where docs/metadata.md, "Stores and fields", reads them.
void setWireXmp(Exiv2::XmpData &xmp, const StoreValues &values)
{
    if (!values.title.isNull())
        setLangAlt(xmp, "Xmp.dc.title", values.title);
    if (!values.usageTerms.isNull())
        setLangAlt(xmp, "Xmp.xmpRights.UsageTerms", values.usageTerms);
    if (!values.keywords.isEmpty()) {
        Exiv2::XmpArrayValue keywords(Exiv2::xmpBag);
        for (const QString &keyword : values.keywords)
            keywords.read(keyword.toStdString());
        xmp.add(Exiv2::XmpKey("Xmp.dc.subject"), &keywords);
    }
    const std::pair<const char *, const QString *> texts[] = {
        {"Xmp.photoshop.Source", &values.source},
        {"Xmp.photoshop.Instructions", &values.instructions},
        {"Xmp.iptc.Location", &values.sublocation},
        {"Xmp.photoshop.City", &values.city},
        {"Xmp.photoshop.State", &values.state},
        {"Xmp.photoshop.Country", &values.country},
        {"Xmp.iptc.CountryCode", &values.countryCode},
        {"Xmp.xmp.Rating", &values.rating},
        {"Xmp.xmp.Label", &values.label},
        {"Xmp.photomechanic.Tagged", &values.tagged},
    };
    for (const auto &[key, value] : texts) {
        if (!value->isNull())
            xmp[key] = value->toStdString();
    }
}

void setXmp(Exiv2::XmpData &xmp, const StoreValues &values)
{
    if (!values.caption.isNull())
        setLangAlt(xmp, "Xmp.dc.description", values.caption);
    if (!values.copyright.isNull())
        setLangAlt(xmp, "Xmp.dc.rights", values.copyright);
    if (!values.creator.isNull()) {
        Exiv2::XmpArrayValue creators(Exiv2::xmpSeq);
        for (const QString &creator : values.creator.split(QStringLiteral("; ")))
            creators.read(creator.toStdString());
        xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), &creators);
    }
    if (!values.credit.isNull())
        xmp["Xmp.photoshop.Credit"] = values.credit.toStdString();
    if (!values.headline.isNull())
        xmp["Xmp.photoshop.Headline"] = values.headline.toStdString();
    if (!values.dateTaken.isNull())
        xmp["Xmp.photoshop.DateCreated"] = values.dateTaken.toStdString();
    if (values.orientation > 0)
        xmp["Xmp.tiff.Orientation"] = std::to_string(values.orientation);
    setWireXmp(xmp, values);
}

QByteArray app13Segments(const QByteArray &resources)
{
    QByteArray out;
    for (qsizetype offset = 0; offset < resources.size(); offset += s_maxResourceBytesPerSegment) {
        const QByteArray chunk = resources.mid(offset, s_maxResourceBytesPerSegment);
        const quint16 length = quint16(2 + 14 + chunk.size());
        out.append(char(0xFF)).append(char(JpegStructure::s_app13));
        out.append(char(length >> 8)).append(char(length & 0xFF));
        out.append(JpegStructure::s_photoshopSignature);
        out.append(chunk);
    }
    return out;
}

QByteArray digestFor(const QByteArray &iim, MetadataWrite::Digest digest)
{
    if (digest == MetadataWrite::Digest::Matching)
        return PhotoshopResources::iptcDigest(iim);
    return PhotoshopResources::iptcDigest(iim + QByteArrayLiteral("edited elsewhere"));
}

bool isJpeg(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(3) == QByteArray("\xFF\xD8\xFF");
}

} // namespace

QString MetadataWriter::write(const QString &path, const MetadataWrite &spec)
{
    if (QString error = writeExifXmp(path, spec); !error.isEmpty())
        return error;
    if (spec.iptc.isEmpty() || !isJpeg(path))
        return {};
    return writeJpegIptc(path, iptcBlock(spec.iptc), spec.digest);
}

QString MetadataWriter::writeExifXmp(const QString &path, const MetadataWrite &spec)
{
    try {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        setExif(image->exifData(), spec.exif);
        if (!spec.exifThumbnail.isEmpty()) {
            Exiv2::ExifThumb thumb(image->exifData());
            thumb.setJpegThumbnail(reinterpret_cast<const Exiv2::byte *>(spec.exifThumbnail.constData()),
                                   long(spec.exifThumbnail.size()));
        }
        setXmp(image->xmpData(), spec.xmp);
        if (!spec.iptc.isEmpty() && image->imageType() != Exiv2::ImageType::jpeg) {
            // Other containers keep IPTC where Exiv2 puts it; only JPEG gets Byline's own APP13.
            const QByteArray iim = iptcBlock(spec.iptc);
            Exiv2::IptcParser::decode(image->iptcData(), reinterpret_cast<const Exiv2::byte *>(iim.constData()),
                                      uint32_t(iim.size()));
        }
        image->writeMetadata();
        return {};
    } catch (const Exiv2::AnyError &error) {
        return QString::fromUtf8(error.what());
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
}

QString MetadataWriter::writeJpegIptc(const QString &path, const QByteArray &iim, MetadataWrite::Digest digest)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    const QByteArray data = in.readAll();
    in.close();
    const JpegStructure structure = JpegStructure::scan(data);
    if (structure.status != JpegStructure::Status::Complete)
        return QStringLiteral("not a complete JPEG");

    PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(data));
    resources.set(PhotoshopResources::s_iptcId, iim);
    resources.remove(PhotoshopResources::s_iptcDigestId);
    if (digest != MetadataWrite::Digest::None)
        resources.set(PhotoshopResources::s_iptcDigestId, digestFor(iim, digest));

    // Rebuild the header (the segments end with SOS): old APP13 blocks out, the new one after the last
    // APPn segment, then the compressed image data unchanged.
    QByteArray out = data.left(2);
    qsizetype insertAt = 2;
    for (const JpegSegment &segment : structure.segments) {
        const QByteArray bytes = data.mid(segment.offset, segment.payloadOffset + segment.payloadSize - segment.offset);
        if (segment.marker == JpegStructure::s_app13 && bytes.sliced(4).startsWith(JpegStructure::s_photoshopSignature))
            continue;
        out.append(bytes);
        if (segment.marker >= 0xE0 && segment.marker <= 0xEF)
            insertAt = out.size();
    }
    out.insert(insertAt, app13Segments(resources.serialize()));
    out.append(data.mid(structure.headerEnd));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return file.errorString();
    return {};
}

QByteArray MetadataWriter::iptcBlock(const StoreValues &values)
{
    IptcRecords records;
    records.append(IptcRecords::s_envelope, IptcRecords::s_codedCharacterSet, QByteArrayLiteral("\x1B%G"));
    records.append(IptcRecords::s_application, 0, QByteArray("\x00\x04", 2)); // 2:00 RecordVersion 4
    const auto text = [&](quint8 dataset, const QString &value) {
        if (!value.isNull())
            records.append(IptcRecords::s_application, dataset, value.toUtf8());
    };
    if (!values.creator.isNull()) {
        for (const QString &creator : values.creator.split(QStringLiteral("; ")))
            text(IptcRecords::s_byline, creator);
    }
    text(IptcRecords::s_headline, values.headline);
    text(IptcRecords::s_credit, values.credit);
    text(IptcRecords::s_copyrightNotice, values.copyright);
    text(IptcRecords::s_captionAbstract, values.caption);
    text(IptcRecords::s_objectName, values.title);
    for (const QString &keyword : values.keywords)
        text(IptcRecords::s_keywords, keyword);
    text(IptcRecords::s_specialInstructions, values.instructions);
    text(IptcRecords::s_city, values.city);
    text(IptcRecords::s_sublocation, values.sublocation);
    text(IptcRecords::s_provinceState, values.state);
    text(IptcRecords::s_countryCode, values.countryCode);
    text(IptcRecords::s_countryName, values.country);
    text(IptcRecords::s_source, values.source);
    if (!values.dateTaken.isNull()) {
        const IsoParts parts = splitIso(values.dateTaken);
        text(IptcRecords::s_dateCreated, QString(parts.date).remove(u'-'));
        if (!parts.time.isEmpty())
            text(IptcRecords::s_timeCreated,
                 QString(parts.time).remove(u':') +
                     (parts.offset.isEmpty() ? QStringLiteral("+0000") : QString(parts.offset).remove(u':')));
    }
    return records.serialize();
}

#pragma GCC diagnostic pop
