#include "embeddedfieldwriter.h"

#include "exiv2extractor.h"
#include "exiv2fields.h"
#include "iimeditor.h"
#include "imagedatafingerprint.h"
#include "iptcrecords.h"
#include "jpegphotoshopblock.h"
#include "jpegstructure.h"
#include "photoshopresources.h"

#include <QtEndian>

#include <exception>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

const QByteArray s_endOfImage("\xFF\xD9", 2);

QByteArray toBytes(const Exiv2::DataBuf &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), buffer.size_);
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

// A TIFF keeps the IIM in tag 33723, which Exiv2 writes as LONGs zero-padded to four bytes (and ExifTool
// digests with the padding), and often in the Photoshop resources of tag 34377 too, unpadded. No one digest
// matches both copies, so the digest goes: without one, every MWG reader takes XMP, which Byline has just
// written with the same values as the IIM.
void dropTiffDigest(Exiv2::Image &image)
{
    Exiv2::ExifData &exif = image.exifData();
    const auto irb = exif.findKey(Exiv2::ExifKey("Exif.Image.ImageResources"));
    if (irb == exif.end())
        return;
    QByteArray block(irb->size(), Qt::Uninitialized);
    irb->copy(reinterpret_cast<Exiv2::byte *>(block.data()), Exiv2::bigEndian);
    PhotoshopResources resources = PhotoshopResources::parse(block);
    resources.remove(PhotoshopResources::s_iptcDigestId);
    const QByteArray serialized = resources.serialize();
    Exiv2::DataValue value(reinterpret_cast<const Exiv2::byte *>(serialized.constData()), long(serialized.size()),
                           Exiv2::invalidByteOrder, Exiv2::undefined);
    exif["Exif.Image.ImageResources"] = value;
}

QByteArray jpegIim(QByteArrayView header, PhotoshopResources::DigestState &digest)
{
    const JpegStructure structure = JpegStructure::scan(header);
    const PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(header));
    digest = resources.digestState();
    return resources.find(PhotoshopResources::s_iptcId).value_or(QByteArray());
}

PhotoshopResources::DigestState tiffDigest(Exiv2::Image &image)
{
    const auto irb = image.exifData().findKey(Exiv2::ExifKey("Exif.Image.ImageResources"));
    if (irb == image.exifData().end())
        return PhotoshopResources::DigestState::Absent;
    QByteArray block(irb->size(), Qt::Uninitialized);
    irb->copy(reinterpret_cast<Exiv2::byte *>(block.data()), Exiv2::bigEndian);
    return PhotoshopResources::parse(block).digestState();
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

bool hasSegment(QByteArrayView jpeg, quint8 marker, QByteArrayView signature, qsizetype *offset = nullptr)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    for (const JpegSegment &segment : structure.segments) {
        if (segment.marker == marker && jpeg.sliced(segment.payloadOffset, segment.payloadSize).startsWith(signature)) {
            if (offset)
                *offset = segment.offset;
            return true;
        }
    }
    return false;
}

// An MPF header (phones' depth maps, Ultra HDR gain maps) points at images after the main one by their
// distance from itself: the bytes from it to the end of the file must not move.
QString mpfProblem(QByteArrayView original, QByteArrayView out)
{
    qsizetype before = 0, after = 0;
    if (!hasSegment(original, JpegStructure::s_app2, QByteArrayView("MPF\0", 4), &before))
        return {};
    if (!hasSegment(out, JpegStructure::s_app2, QByteArrayView("MPF\0", 4), &after) ||
        original.sliced(before) != out.sliced(after))
        return QStringLiteral("the write would move the images its MPF header points at");
    return {};
}

bool isMultiPageTiff(QByteArrayView b)
{
    if (b.size() < 8)
        return false;
    const bool little = b.startsWith("II");
    const auto u16 = [&](qsizetype at) -> quint32 {
        return at + 2 > b.size() ? 0
               : little          ? qFromLittleEndian<quint16>(b.data() + at)
                                 : qFromBigEndian<quint16>(b.data() + at);
    };
    const auto u32 = [&](qsizetype at) -> quint32 {
        return at + 4 > b.size() ? 0
               : little          ? qFromLittleEndian<quint32>(b.data() + at)
                                 : qFromBigEndian<quint32>(b.data() + at);
    };
    const quint32 ifd = u32(4);
    const quint32 count = u16(ifd);
    if (ifd < 8 || count == 0)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        if (u16(qsizetype(ifd) + 2 + i * 12) == 330) // SubIFDs: more pictures Exiv2 does not rewrite
            return true;
    }
    return u32(qsizetype(ifd) + 2 + qsizetype(count) * 12) != 0; // a next IFD: another page
}

bool hasPngChunk(QByteArrayView b, QByteArrayView type)
{
    for (qsizetype at = 8; at + 12 <= b.size();) {
        const quint32 length = qFromBigEndian<quint32>(b.data() + at);
        if (b.sliced(at + 4, 4) == type)
            return true;
        if (length > quint32(b.size() - at - 12))
            return false;
        at += 12 + qsizetype(length);
    }
    return false;
}

// docs/metadata.md, "Writing metadata": with a stale digest IPTC wins (rule 3); once the write makes
// the digest current XMP wins, so every IIM field the edit leaves alone is first given to XMP as IPTC has
// it, and what the photo shows does not change.
FieldValues syncFromIptc(Exiv2::Image &image, const IptcRecords &records, const FieldValues &changes)
{
    FieldValues synced;
    for (EditField field : EditFields::all()) {
        const EditFieldInfo &info = EditFields::info(field);
        if (info.iimDataSet == 0 || changes.contains(field))
            continue;
        QStringList iptc = records.texts(info.iimDataSet);
        if (!info.list && iptc.size() > 1)
            iptc = iptc.mid(0, 1);
        if (!iptc.isEmpty() && iptc != Exiv2Fields::xmp(image.xmpData(), field)) {
            Exiv2Fields::setXmp(image.xmpData(), field, iptc);
            synced.insert(field, iptc);
        }
    }
    return synced;
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
    if (file.startsWith("\x89PNG")) {
        // ImageMagick keeps IPTC in a PNG as hex text profiles, one a Photoshop block with its own digest,
        // which Exiv2 does not rewrite; and Exiv2 turns an eXIf chunk into such a profile, which browsers
        // and image libraries do not read.
        if (file.contains("Raw profile type 8bim") || file.contains("Raw profile type iptc"))
            return QStringLiteral("its IPTC is in ImageMagick's text profiles, which Byline does not rewrite");
        if (hasPngChunk(file, "eXIf"))
            return QStringLiteral("Exiv2 would move its Exif out of the standard eXIf chunk");
    }
    if (file.startsWith("II") || file.startsWith("MM")) {
        if (isMultiPageTiff(file))
            return QStringLiteral("a TIFF of several pages, which Exiv2 does not rewrite whole");
    }
    if (file.startsWith("\xFF\xD8\xFF") &&
        hasSegment(file, JpegStructure::s_app1, QByteArrayView("http://ns.adobe.com/xmp/extension/\0", 35)))
        return QStringLiteral("its XMP continues in extended XMP segments, which Exiv2 does not rewrite");
    if (file.startsWith("RIFF") && file.size() >= 16 && file.sliced(12, 4) == "VP8X" && (file.at(20) & 0x02))
        return QStringLiteral("an animated WebP");
    return {};
}

EmbeddedFieldWriter::Result EmbeddedFieldWriter::apply(QByteArrayView original, const FieldValues &changes,
                                                       const QDateTime &now, QByteArray buffer)
{
    Result result;
    if (QString why = refusal(original); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    Exiv2Extractor::initialize();
    QStringList warnings;
    const Exiv2Extractor::WarningCollector collector(warnings);
    // A JPEG goes to Exiv2 as its header and an end marker: the picture, megabytes, is spliced back after.
    const bool jpeg = original.startsWith("\xFF\xD8\xFF");
    const JpegStructure structure = jpeg ? JpegStructure::scan(original) : JpegStructure();
    if (jpeg && structure.status != JpegStructure::Status::Complete) {
        result.error = structure.problem.isEmpty() ? QStringLiteral("not a complete JPEG") : structure.problem;
        return result;
    }
    const QByteArray input =
        jpeg ? original.first(structure.headerEnd).toByteArray() + s_endOfImage : original.toByteArray();
    try {
        auto image =
            Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(input.constData()), long(input.size()));
        image->readMetadata();
        if (!image->xmpPacket().empty()) {
            Exiv2::XmpData parsed;
            if (Exiv2::XmpParser::decode(parsed, image->xmpPacket()) != 0) {
                result.error = QStringLiteral("its XMP cannot be parsed, and writing would lose it");
                return result;
            }
        }
        const int type = image->imageType();
        PhotoshopResources::DigestState digest = PhotoshopResources::DigestState::Absent;
        const QByteArray oldIim = jpeg ? jpegIim(input, digest) : iimOf(*image);
        if (type == Exiv2::ImageType::tiff)
            digest = tiffDigest(*image);
        result.iimWritten = IimEditor::touchesIim(changes) && (jpeg || type == Exiv2::ImageType::tiff);
        const IptcRecords records = IptcRecords::parse(oldIim);
        QByteArray iim;
        if (result.iimWritten) {
            iim = IimEditor::edited(records, changes);
            if (digest == PhotoshopResources::DigestState::Stale)
                result.xmpSynced = syncFromIptc(*image, records, changes);
            if (!jpeg)
                setIptc(*image, iim);
            if (type == Exiv2::ImageType::tiff)
                dropTiffDigest(*image);
        }
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            Exiv2Fields::setXmp(image->xmpData(), it.key(), it.value());
            // Exif only where the file already has the tag: the one place rule 1 would let an old value win.
            if (Exiv2Fields::hasExif(image->exifData(), it.key())) {
                Exiv2Fields::setExif(image->exifData(), it.key(), it.value());
                result.exifWritten.append(it.key());
            }
        }
        image->xmpData()["Xmp.xmp.MetadataDate"] =
            now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate).toStdString();
        image->writeMetadata();
        QByteArray out = written(*image);
        if (jpeg) {
            if (result.iimWritten)
                out = JpegPhotoshopBlock::withIptc(out, iim, result.error);
            const JpegStructure header = JpegStructure::scan(out);
            if (result.error.isEmpty() &&
                (header.status != JpegStructure::Status::Complete || out.sliced(header.headerEnd) != s_endOfImage))
                result.error = QStringLiteral("Exiv2 wrote a JPEG header Byline cannot follow");
            if (!result.error.isEmpty())
                return result;
            // One copy of the picture's megabytes, straight into a buffer of the final size.
            QByteArray whole = std::move(buffer);
            whole.resize(0); // keeps the memory when it is this writer's alone
            whole.reserve(header.headerEnd + original.size() - structure.headerEnd);
            whole.append(QByteArrayView(out).first(header.headerEnd)).append(original.sliced(structure.headerEnd));
            out = std::move(whole);
            result.error = mpfProblem(original, out);
        }
        if (!warnings.isEmpty())
            result.error =
                QStringLiteral("Exiv2 would not write it whole: %1").arg(warnings.join(QStringLiteral("; ")));
        if (result.error.isEmpty())
            result.bytes = out;
    } catch (const Exiv2::AnyError &e) {
        result.error = QString::fromUtf8(e.what()).trimmed();
    } catch (const std::exception &e) {
        result.error = QString::fromUtf8(e.what()).trimmed();
    }
    return result;
}

#pragma GCC diagnostic pop
