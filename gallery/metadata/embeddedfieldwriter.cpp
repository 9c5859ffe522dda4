#include "embeddedfieldwriter.h"

#include "exiv2extractor.h"
#include "exiv2fields.h"
#include "iimeditor.h"
#include "imagedatafingerprint.h"
#include "iptcrecords.h"
#include "jpegphotoshopblock.h"
#include "jpegstructure.h"
#include "photoshopresources.h"

#include <exception>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

QByteArray toBytes(const Exiv2::DataBuf &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), buffer.size_);
}

QByteArray iimOfJpeg(QByteArrayView bytes)
{
    const JpegStructure structure = JpegStructure::scan(bytes);
    return PhotoshopResources::parse(structure.photoshopResources(bytes))
        .find(PhotoshopResources::s_iptcId)
        .value_or(QByteArray());
}

QByteArray iimOf(Exiv2::Image &image)
{
    if (image.iptcData().empty())
        return {};
    return toBytes(Exiv2::IptcParser::encode(image.iptcData()));
}

void setIptc(Exiv2::Image &image, const QByteArray &iim)
{
    image.iptcData().clear();
    if (!iim.isEmpty())
        Exiv2::IptcParser::decode(image.iptcData(), reinterpret_cast<const Exiv2::byte *>(iim.constData()),
                                  uint32_t(iim.size()));
}

// A TIFF may keep the IIM twice: in tag 33723, which Exiv2 writes as LONGs zero-padded to four bytes
// (and ExifTool digests with the padding), and in the Photoshop resources of tag 34377, unpadded. No one
// digest can match both, so where the resources exist (Photoshop's place for it) they alone keep the
// IIM, with the digest of the block Exiv2 will write there; without them, tag 33723 alone keeps it and
// there is no digest.
void setTiffIptc(Exiv2::Image &image, const QByteArray &iim)
{
    setIptc(image, iim);
    Exiv2::ExifData &exif = image.exifData();
    const auto irb = exif.findKey(Exiv2::ExifKey("Exif.Image.ImageResources"));
    if (irb == exif.end())
        return;
    QByteArray block(irb->size(), Qt::Uninitialized);
    irb->copy(reinterpret_cast<Exiv2::byte *>(block.data()), Exiv2::bigEndian);
    PhotoshopResources resources = PhotoshopResources::parse(block);
    const QByteArray encoded = iimOf(image);
    resources.remove(PhotoshopResources::s_iptcId);
    resources.remove(PhotoshopResources::s_iptcDigestId);
    if (!encoded.isEmpty()) {
        resources.set(PhotoshopResources::s_iptcId, encoded);
        resources.set(PhotoshopResources::s_iptcDigestId, PhotoshopResources::iptcDigest(encoded));
    }
    const QByteArray serialized = resources.serialize();
    Exiv2::DataValue value(reinterpret_cast<const Exiv2::byte *>(serialized.constData()), long(serialized.size()),
                           Exiv2::invalidByteOrder, Exiv2::undefined);
    exif["Exif.Image.ImageResources"] = value;
    if (auto naa = exif.findKey(Exiv2::ExifKey("Exif.Image.IPTCNAA")); naa != exif.end())
        exif.erase(naa);
}

void writeFields(Exiv2::Image &image, const FieldValues &changes, const QDateTime &now)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        Exiv2Fields::setXmp(image.xmpData(), it.key(), it.value());
        // Exif only where the file already has the tag: the one place rule 1 would let an old value win.
        if (Exiv2Fields::hasExif(image.exifData(), it.key()))
            Exiv2Fields::setExif(image.exifData(), it.key(), it.value());
    }
    image.xmpData()["Xmp.xmp.MetadataDate"] =
        now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

QByteArray written(Exiv2::Image &image)
{
    Exiv2::BasicIo &io = image.io();
    io.open();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf buffer = io.read(io.size());
    io.close();
    return toBytes(buffer);
}

} // namespace

bool EmbeddedFieldWriter::supports(QByteArrayView header)
{
    return ImageDataFingerprint::supports(header);
}

QString EmbeddedFieldWriter::refusal(QByteArrayView file)
{
    if (!supports(file))
        return QStringLiteral("Byline never writes into this kind of file");
    // ImageMagick keeps IPTC in a PNG as hex text profiles, one of them a Photoshop block with its own
    // digest, which Exiv2 does not rewrite: readers would see the old IPTC beside the new XMP.
    if (file.startsWith("\x89PNG") &&
        (file.contains("Raw profile type 8bim") || file.contains("Raw profile type iptc")))
        return QStringLiteral("its IPTC is in ImageMagick's text profiles, which Byline does not rewrite");
    return {};
}

QByteArray EmbeddedFieldWriter::apply(QByteArrayView original, const FieldValues &changes, const QDateTime &now,
                                      QString &error)
{
    if (!supports(original)) {
        error = QStringLiteral("Byline writes this kind of file's metadata to a sidecar");
        return {};
    }
    Exiv2Extractor::initialize();
    try {
        auto image =
            Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(original.data()), long(original.size()));
        image->readMetadata();
        const int type = image->imageType();
        const bool jpeg = type == Exiv2::ImageType::jpeg;
        const bool hasIim = jpeg ? !iimOfJpeg(original).isEmpty() : !image->iptcData().empty();
        // docs/metadata.md, "Writing metadata": IIM is written in JPEG and TIFF, and kept up to date in a
        // PNG that has it; WebP has no IIM home.
        const bool writesIim = IimEditor::touchesIim(changes) &&
                               (jpeg || type == Exiv2::ImageType::tiff || (type == Exiv2::ImageType::png && hasIim));
        QByteArray iim;
        if (writesIim) {
            iim = IimEditor::edited(IptcRecords::parse(jpeg ? iimOfJpeg(original) : iimOf(*image)), changes);
            if (type == Exiv2::ImageType::tiff)
                setTiffIptc(*image, iim);
            else if (!jpeg)
                setIptc(*image, iim);
        }
        writeFields(*image, changes, now);
        image->writeMetadata();
        QByteArray out = written(*image);
        if (jpeg && writesIim)
            out = JpegPhotoshopBlock::withIptc(out, iim, error);
        return out;
    } catch (const Exiv2::AnyError &e) {
        error = QString::fromUtf8(e.what()).trimmed();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what()).trimmed();
    }
    return {};
}

#pragma GCC diagnostic pop
