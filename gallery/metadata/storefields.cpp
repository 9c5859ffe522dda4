#include "storefields.h"

#include "exiv2extractor.h"
#include "exiv2fields.h"
#include "iptcrecords.h"
#include "jpegstructure.h"

#include <exception>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

// The IPTC block and the Photoshop resources it came with: a JPEG's APP13 as Byline parses it (the digest
// is over exactly these bytes), a TIFF's tag 34377, else the IIM Exiv2 found in the file.
QByteArray iimOf(Exiv2::Image &image, QByteArrayView bytes, PhotoshopResources &resources)
{
    if (image.imageType() == Exiv2::ImageType::jpeg) {
        const JpegStructure structure = JpegStructure::scan(bytes);
        resources = PhotoshopResources::parse(structure.photoshopResources(bytes));
        return resources.find(PhotoshopResources::s_iptcId).value_or(QByteArray());
    }
    const auto irb = image.exifData().findKey(Exiv2::ExifKey("Exif.Image.ImageResources"));
    if (irb != image.exifData().end()) {
        QByteArray block(irb->size(), Qt::Uninitialized);
        irb->copy(reinterpret_cast<Exiv2::byte *>(block.data()), Exiv2::bigEndian);
        resources = PhotoshopResources::parse(block);
        if (auto found = resources.find(PhotoshopResources::s_iptcId))
            return *found;
    }
    if (image.iptcData().empty())
        return {};
    const Exiv2::DataBuf encoded = Exiv2::IptcParser::encode(image.iptcData());
    return QByteArray(reinterpret_cast<const char *>(encoded.pData_), encoded.size_);
}

// A TIFF's tag 33723 holds the IIM a second time, and ExifTool digests that copy: a digest that matches
// one copy but not the other is stale for some reader.
bool naaDisagrees(Exiv2::Image &image, const PhotoshopResources &resources)
{
    const auto naa = image.exifData().findKey(Exiv2::ExifKey("Exif.Image.IPTCNAA"));
    const auto digest = resources.find(PhotoshopResources::s_iptcDigestId);
    if (naa == image.exifData().end() || !digest)
        return false;
    QByteArray block(naa->size(), Qt::Uninitialized);
    naa->copy(reinterpret_cast<Exiv2::byte *>(block.data()), image.byteOrder());
    return PhotoshopResources::iptcDigest(block) != *digest;
}

FieldValues iptcFields(const IptcRecords &records)
{
    FieldValues values;
    for (EditField field : EditFields::all()) {
        const EditFieldInfo &info = EditFields::info(field);
        if (info.iimDataSet == 0)
            continue;
        QStringList found = records.texts(info.iimDataSet);
        if (!info.list && found.size() > 1)
            found = found.mid(0, 1);
        if (!found.isEmpty())
            values.insert(field, found);
    }
    return values;
}

// Exiv2 copies whatever it is given: a JPEG's header and an end marker hold every store, without the
// megabytes of the picture.
QByteArray metadataPart(QByteArrayView bytes)
{
    if (!bytes.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return bytes.toByteArray();
    const JpegStructure structure = JpegStructure::scan(bytes);
    if (structure.status != JpegStructure::Status::Complete)
        return bytes.toByteArray();
    return bytes.first(structure.headerEnd).toByteArray() + QByteArrayLiteral("\xFF\xD9");
}

void collectAll(Exiv2::Image &image, StoreFields &fields)
{
    for (const Exiv2::Exifdatum &datum : image.exifData()) {
        QByteArray value(datum.size(), Qt::Uninitialized);
        datum.copy(reinterpret_cast<Exiv2::byte *>(value.data()), Exiv2::bigEndian);
        fields.exifAll.insert(QString::fromStdString(datum.key()), value);
    }
    for (const Exiv2::Xmpdatum &datum : image.xmpData())
        fields.xmpAll.insert(QString::fromStdString(datum.key()), QString::fromStdString(datum.toString()));
    for (EditField field : EditFields::all()) {
        if (Exiv2Fields::hasExif(image.exifData(), field))
            fields.exifTags.insert(field);
    }
    // Exiv2 keeps a packet it cannot parse as text and no properties: writing would lose them all.
    if (!image.xmpPacket().empty()) {
        Exiv2::XmpData parsed;
        fields.xmpUnreadable = Exiv2::XmpParser::decode(parsed, image.xmpPacket()) != 0;
    }
}

} // namespace

StoreFields StoreFields::read(QByteArrayView whole, QString &error)
{
    Exiv2Extractor::initialize();
    StoreFields fields;
    const QByteArray part = metadataPart(whole);
    const QByteArrayView bytes(part);
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.data()), long(bytes.size()));
        if (!image.get()) {
            error = QStringLiteral("not an image Exiv2 can read");
            return {};
        }
        image->readMetadata();
        fields.hasExif = !image->exifData().empty();
        fields.exif = Exiv2Fields::allExif(image->exifData());
        fields.xmp = Exiv2Fields::allXmp(image->xmpData());
        PhotoshopResources resources;
        fields.iim = iimOf(*image, bytes, resources);
        fields.hasIptc = !fields.iim.isEmpty();
        fields.iptc = iptcFields(IptcRecords::parse(fields.iim));
        fields.digest = resources.digestState();
        collectAll(*image, fields);
        if (image->imageType() == Exiv2::ImageType::tiff && naaDisagrees(*image, resources))
            fields.digest = PhotoshopResources::DigestState::Stale;
    } catch (const Exiv2::AnyError &e) {
        error = QString::fromUtf8(e.what()).trimmed();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what()).trimmed();
    }
    return fields;
}

FieldValues StoreFields::readPacket(QByteArrayView packet, QString &error)
{
    Exiv2Extractor::initialize();
    if (packet.trimmed().isEmpty())
        return {};
    Exiv2::XmpData xmp;
    try {
        if (Exiv2::XmpParser::decode(xmp, std::string(packet.data(), size_t(packet.size()))) != 0) {
            error = QStringLiteral("the XMP cannot be parsed");
            return {};
        }
    } catch (const Exiv2::AnyError &e) {
        error = QString::fromUtf8(e.what()).trimmed();
        return {};
    }
    return Exiv2Fields::allXmp(xmp);
}

FieldValues StoreFields::merged() const
{
    FieldValues values = exif;
    for (auto it = iptc.cbegin(); it != iptc.cend(); ++it)
        values.insert(it.key(), it.value());
    for (auto it = xmp.cbegin(); it != xmp.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

#pragma GCC diagnostic pop
