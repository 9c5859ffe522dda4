#include "exiv2extractor.h"

#include "captionboilerplate.h"
#include "datetaken.h"
#include "jpegheadercuts.h"
#include "jpegstructure.h"
#include "textdecoding.h"
#include "xmppacketreader.h"

#include <QLoggingCategory>

#include <algorithm>
#include <climits>
#include <exception>
#include <mutex>

// Exiv2 0.27 hands out std::auto_ptr, deprecated since C++11; silence that here only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

Q_LOGGING_CATEGORY(lcExiv2, "byline.exiv2", QtWarningMsg)

namespace {

// Exiv2 logs through one global handler; the file being read on this thread collects its messages.
thread_local QStringList *t_warnings = nullptr;

class WarningSink
{
public:
    explicit WarningSink(QStringList &warnings) : m_previous(t_warnings) { t_warnings = &warnings; }
    ~WarningSink() { t_warnings = m_previous; }
    WarningSink(const WarningSink &) = delete;
    WarningSink &operator=(const WarningSink &) = delete;

private:
    QStringList *m_previous;
};

// Exiv2's complaints about its own decoding of XMP, which Byline never uses: XmpPacketReader reads the
// packet and reports what is wrong with it, in its own words (and reads what Adobe's toolkit refuses).
bool isAboutExiv2sXmpDecoding(const QString &text)
{
    return text.startsWith(QLatin1String("XMP Toolkit error")) ||
           text.startsWith(QLatin1String("Failed to decode XMP metadata"));
}

void logHandler(int level, const char *message)
{
    const QString text = QString::fromUtf8(message).trimmed();
    if (t_warnings && level >= Exiv2::LogMsg::warn && !isAboutExiv2sXmpDecoding(text))
        t_warnings->append(QStringLiteral("Exiv2: %1").arg(text));
    qCDebug(lcExiv2).noquote() << text;
}

void xmpLock(void *data, bool lock)
{
    auto *mutex = static_cast<std::mutex *>(data);
    lock ? mutex->lock() : mutex->unlock();
}

// Runs an Exiv2 call; anything it throws becomes a warning for this file, never an exception past here.
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

// The value's bytes as stored: numeric types are written back in the file's byte order, which matters
// for TIFF's IPTC tag, often typed LONG although it holds a byte stream.
QByteArray rawBytes(const Exiv2::Value &value, Exiv2::ByteOrder order = Exiv2::bigEndian)
{
    QByteArray bytes(value.size(), Qt::Uninitialized);
    value.copy(reinterpret_cast<Exiv2::byte *>(bytes.data()), order);
    return bytes;
}

// An Exif ASCII field: rule 1 accepts a value only when it is valid UTF-8 and not blank; other bytes
// are kept as Windows-1252, for a field no store has (docs/metadata.md, "Text handling").
struct ExifText
{
    QString utf8;
    QString windows1252;

    [[nodiscard]] QString either() const { return utf8.isNull() ? windows1252 : utf8; }
};

ExifText exifText(const Exiv2::ExifData &exif, uint16_t tag, const char *group, QStringList &warnings)
{
    const auto it = exif.findKey(Exiv2::ExifKey(tag, group));
    if (it == exif.end())
        return {};
    QByteArray bytes = rawBytes(it->value());
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        bytes.truncate(nul); // Copyright: "photographer\0editor"; others: padding
    if (TextDecoding::isValidUtf8(bytes))
        return {TextDecoding::cleaned(QString::fromUtf8(bytes)), {}};
    const QString legacy = TextDecoding::cleaned(TextDecoding::fromWindows1252(bytes));
    warnings.append(QStringLiteral("Exif %1 is not valid UTF-8; it is read as Windows-1252 (\"%2\") only when no "
                                   "other store has the field")
                        .arg(QString::fromStdString(it->tagName()), legacy));
    return {{}, legacy};
}

int validOrientation(long value, const char *store, QStringList &warnings)
{
    if (value >= 1 && value <= 8)
        return int(value);
    warnings.append(QStringLiteral("%1 orientation %2 is not 1-8 and was ignored").arg(store).arg(value));
    return 0;
}

// The camera body's serial number: Exif's BodySerialNumber, DNG's CameraSerialNumber, else the maker note's,
// where most cameras before Exif 2.3 keep it (docs/metadata.md, "Dates"). One pass over the tags, comparing
// numbers first: ExifData::findKey builds a key string for every tag it passes.
QString cameraSerial(const Exiv2::ExifData &exif)
{
    struct Source
    {
        uint16_t tag;
        const char *group;
    };
    static constexpr Source s_sources[] = {
        {0xa431, "Photo"},     {0xc62f, "Image"},  {0x000c, "Canon"},     {0x001d, "Nikon3"}, {0x0010, "Fujifilm"},
        {0x0101, "OlympusEq"}, {0x0229, "Pentax"}, {0x0025, "Panasonic"}, {0x0002, "Sigma"},
    };
    QString found;
    size_t rank = std::size(s_sources);
    for (const Exiv2::Exifdatum &datum : exif) {
        for (size_t i = 0; i < rank; ++i) {
            if (datum.tag() != s_sources[i].tag || datum.groupName() != s_sources[i].group)
                continue;
            const QString value = TextDecoding::cleaned(QString::fromStdString(datum.toString())).trimmed();
            if (!value.isEmpty() && value != QLatin1String("0")) {
                found = value.left(64);
                rank = i;
            }
            break;
        }
    }
    return found;
}

// The Exif values of rule 1, and in @p legacy those that were not UTF-8.
StoreValues exifValues(const Exiv2::ExifData &exif, QStringList &warnings, StoreValues &legacy)
{
    StoreValues values;
    const ExifText caption = exifText(exif, 0x010e, "Image", warnings);
    QStringList ignored; // a make or model that is not UTF-8 still names the camera
    const CaptionBoilerplate::Camera camera{exifText(exif, 0x010f, "Image", ignored).either(),
                                            exifText(exif, 0x0110, "Image", ignored).either(),
                                            exifText(exif, 0x0131, "Image", ignored).either()};
    if (!CaptionBoilerplate::isBoilerplate(caption.either(), camera)) {
        values.caption = caption.utf8;
        legacy.caption = caption.windows1252;
    } else if (const QString filler = caption.either().simplified(); !filler.isEmpty()) {
        // Not a caption, but what the file says: kept among the file's notes (the detail pane shows them).
        warnings.append(QStringLiteral("the Exif caption \"%1\" is camera filler, not a caption")
                            .arg(filler.size() > 120 ? filler.first(120) + QStringLiteral("…") : filler));
    }
    const ExifText creator = exifText(exif, 0x013b, "Image", warnings);
    values.creator = creator.utf8;
    legacy.creator = creator.windows1252;
    const ExifText copyright = exifText(exif, 0x8298, "Image", warnings);
    values.copyright = copyright.utf8;
    legacy.copyright = copyright.windows1252;
    values.dateTaken = DateTaken::fromExif(exifText(exif, 0x9003, "Photo", warnings).utf8,
                                           exifText(exif, 0x9011, "Photo", warnings).utf8,
                                           exifText(exif, 0x9291, "Photo", warnings).utf8);
    values.cameraSerial = cameraSerial(exif);
    const auto orientation = exif.findKey(Exiv2::ExifKey(0x0112, "Image"));
    if (orientation != exif.end() && orientation->count() > 0)
        values.orientation = validOrientation(orientation->toLong(), "Exif", warnings);
    return values;
}

void readIptc(const Exiv2::Image &image, ExtractedMetadata &out)
{
    const Exiv2::ExifData &exif = image.exifData();
    if (const auto irb = exif.findKey(Exiv2::ExifKey(0x8649, "Image")); irb != exif.end())
        out.photoshopResources = rawBytes(irb->value());
    if (const auto iim = exif.findKey(Exiv2::ExifKey(0x83bb, "Image")); iim != exif.end())
        out.iptc = rawBytes(iim->value(), image.byteOrder());
    if (out.iptc.isEmpty() && !image.iptcData().empty()) {
        const Exiv2::DataBuf encoded = Exiv2::IptcParser::encode(image.iptcData());
        out.iptc = QByteArray(reinterpret_cast<const char *>(encoded.pData_), encoded.size_);
    }
}

// The packet as the file stores it; Exiv2's own decoding of it (xmpData()) is not used.
QByteArray xmpPacketOf(const Exiv2::Image &image)
{
    QByteArray packet = QByteArray::fromStdString(image.xmpPacket());
    if (packet.isEmpty()) { // TIFF keeps its packet in a tag, which Exiv2 decodes without keeping the text
        const Exiv2::ExifData &exif = image.exifData();
        if (const auto tag = exif.findKey(Exiv2::ExifKey(0x02bc, "Image")); tag != exif.end())
            packet = rawBytes(tag->value());
    }
    if (packet.isEmpty() && !image.xmpData().empty()) {
        // HEIF and AVIF: Exiv2 decodes the XMP item and keeps no packet. Encoded again, it goes through the
        // same reader (the document order of lang-alt items is Exiv2's then).
        std::string encoded;
        if (Exiv2::XmpParser::encode(encoded, image.xmpData(), Exiv2::XmpParser::omitPacketWrapper) == 0)
            packet = QByteArray::fromStdString(encoded);
    }
    return packet;
}

void collect(const Exiv2::Image &image, ExtractedMetadata &out)
{
    out.exif = exifValues(image.exifData(), out.warnings, out.exifWindows1252);
    // Read by the one XMP reader every container and sidecar goes through.
    const QByteArray packet = xmpPacketOf(image);
    const XmpPacketReader::Result xmp = XmpPacketReader::read(packet);
    out.xmp = xmp.values;
    out.hasTrailingMedia = xmp.hasTrailingMedia;
    if (!xmp.problem.isEmpty())
        out.warnings.append(xmp.problem);
}

bool readJpegBytes(QByteArrayView bytes, ExtractedMetadata &out, QStringList &warnings)
{
    return guarded(warnings, QStringLiteral("metadata could not be read"), [&] {
        Exiv2::BasicIo::AutoPtr io(
            new Exiv2::MemIo(reinterpret_cast<const Exiv2::byte *>(bytes.data()), long(bytes.size())));
        Exiv2::JpegImage image(io, false);
        image.readMetadata();
        collect(image, out);
    });
}

} // namespace

Exiv2Extractor::WarningCollector::WarningCollector(QStringList &into) : m_previous(t_warnings)
{
    t_warnings = &into;
}

Exiv2Extractor::WarningCollector::~WarningCollector()
{
    t_warnings = m_previous;
}

void Exiv2Extractor::initialize()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static std::mutex xmpMutex;
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::warn);
        Exiv2::LogMsg::setHandler(logHandler);
        Exiv2::XmpParser::initialize(xmpLock, &xmpMutex);
        // Photo Mechanic's namespace, which Exiv2 does not know: without it, Xmp.photomechanic.Tagged (the
        // desk's tag) can be neither written nor read back by key.
        Exiv2::XmpProperties::registerNs("http://ns.camerabits.com/photomechanic/1.0/", "photomechanic");
#ifdef EXV_ENABLE_BMFF
        Exiv2::enableBMFF(true);
#endif
    });
}

namespace {

// Exiv2 gave up on the whole header: read the Exif and the XMP segment each on its own, so one damaged
// segment costs only its own store.
void salvage(QByteArrayView header, const JpegStructure &structure, ExtractedMetadata &out, QStringList &failures)
{
    for (const qsizetype i : JpegHeaderCuts::metadataApp1Segments(header, structure)) {
        ExtractedMetadata part;
        if (!readJpegBytes(JpegHeaderCuts::withOnlyApp1(header, structure, i), part, failures))
            continue;
        if (out.exif.isEmpty() && out.exifWindows1252.isEmpty()) {
            out.exif = part.exif;
            out.exifWindows1252 = part.exifWindows1252;
        }
        if (out.xmp.isEmpty()) {
            out.xmp = part.xmp;
            out.hasTrailingMedia = part.hasTrailingMedia;
        }
    }
}

} // namespace

QString Exiv2Extractor::libraryVersion()
{
    return QString::fromLatin1(Exiv2::versionString());
}

ExtractedMetadata Exiv2Extractor::readJpegHeader(QByteArrayView header)
{
    initialize();
    ExtractedMetadata out;
    WarningSink sink(out.warnings);
    QStringList failures;
    const JpegStructure structure = JpegStructure::scan(header);
    if (structure.status != JpegStructure::Status::Complete) {
        // A damaged header: let Exiv2 make what it can of all of it.
        const QByteArray damaged = JpegHeaderCuts::withoutApp2(header, structure);
        if (!readJpegBytes(damaged, out, failures))
            salvage(damaged, JpegStructure::scan(damaged), out, failures);
    } else {
        QByteArray xmp;
        const QByteArray exifOnly = JpegHeaderCuts::exifOnly(header, structure, xmp);
        if (!readJpegBytes(exifOnly, out, failures))
            salvage(exifOnly, JpegStructure::scan(exifOnly), out, failures);
        if (!xmp.isEmpty()) {
            const XmpPacketReader::Result packet = XmpPacketReader::read(xmp);
            out.xmp = packet.values;
            out.hasTrailingMedia = packet.hasTrailingMedia;
            if (!packet.problem.isEmpty())
                out.warnings.append(packet.problem);
        }
    }
    failures.removeDuplicates();
    out.warnings += failures;
    return out;
}

ExtractedMetadata Exiv2Extractor::readExif(QByteArrayView tiff)
{
    initialize();
    ExtractedMetadata out;
    WarningSink sink(out.warnings);
    guarded(out.warnings, QStringLiteral("the Exif could not be read"), [&] {
        Exiv2::ExifData exif;
        Exiv2::ExifParser::decode(exif, reinterpret_cast<const Exiv2::byte *>(tiff.data()), uint32_t(tiff.size()));
        out.exif = exifValues(exif, out.warnings, out.exifWindows1252);
    });
    return out;
}

namespace {

long tagValue(const Exiv2::ExifData &exif, uint16_t tag, const std::string &group, long absent = -1)
{
    const auto found = exif.findKey(Exiv2::ExifKey(tag, group));
    return found != exif.end() && found->count() > 0 ? found->toLong() : absent;
}

// The size of a RAW file's picture. TIFF-based RAWs keep a thumbnail in IFD0 and the sensor image in a
// SubIFD (NewSubfileType 0, "full resolution"); the Exif pixel dimensions, where the camera wrote them,
// say the developed size. Each IFD Exiv2 names is tried; empty when none gives a size.
QSize cameraRawSize(const Exiv2::ExifData &exif)
{
    const long pixelX = tagValue(exif, 0xa002, "Photo"), pixelY = tagValue(exif, 0xa003, "Photo");
    if (pixelX > 0 && pixelY > 0 && pixelX <= INT_MAX && pixelY <= INT_MAX)
        return QSize(int(pixelX), int(pixelY));
    QSize largest;
    for (const char *group : {"Image", "SubImage1", "SubImage2", "SubImage3", "SubImage4", "SubImage5", "SubImage6",
                              "SubImage7", "SubImage8", "SubImage9", "Image2", "Image3"}) {
        const long width = tagValue(exif, 0x0100, group), height = tagValue(exif, 0x0101, group);
        if (tagValue(exif, 0x00fe, group, 0) != 0 || width <= 0 || height <= 0 || width > INT_MAX || height > INT_MAX)
            continue; // a reduced-resolution image (thumbnail, preview), or no size
        if (qint64(width) * height > qint64(largest.width()) * largest.height())
            largest = QSize(int(width), int(height));
    }
    return largest;
}

} // namespace

ExtractedMetadata Exiv2Extractor::readFile(const QByteArray &nativePath, bool cameraRaw)
{
    initialize();
    ExtractedMetadata out;
    WarningSink sink(out.warnings);
    guarded(out.warnings, QStringLiteral("metadata could not be read"), [&] {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(nativePath.toStdString());
        if (!image.get())
            return;
        image->readMetadata();
        out.pixelWidth = image->pixelWidth();
        out.pixelHeight = image->pixelHeight();
        if (const QSize raw = cameraRaw ? cameraRawSize(image->exifData()) : QSize(); !raw.isEmpty()) {
            out.pixelWidth = raw.width();
            out.pixelHeight = raw.height();
        }
        collect(*image, out);
        readIptc(*image, out);
    });
    return out;
}

MetadataBlocks Exiv2Extractor::readBlocks(const QByteArray &nativePath)
{
    initialize();
    MetadataBlocks out;
    WarningSink sink(out.warnings);
    guarded(out.warnings, QStringLiteral("the metadata could not be read"), [&] {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(nativePath.toStdString());
        if (!image.get())
            return;
        image->readMetadata();
        ExtractedMetadata stores;
        readIptc(*image, stores);
        out.iptc = stores.iptc;
        out.photoshopResources = stores.photoshopResources;
        out.xmp = xmpPacketOf(*image);
        if (image->iccProfileDefined())
            out.icc =
                QByteArray(reinterpret_cast<const char *>(image->iccProfile()->pData_), image->iccProfile()->size_);
        if (!image->exifData().empty()) {
            Exiv2::Blob blob;
            const Exiv2::ByteOrder order =
                image->byteOrder() == Exiv2::invalidByteOrder ? Exiv2::littleEndian : image->byteOrder();
            Exiv2::ExifParser::encode(blob, order, image->exifData());
            out.exif = QByteArray(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size()));
        }
    });
    return out;
}

namespace {

// The smallest preview of @p image whose longer edge is at least @p minEdge, or else the largest.
Exiv2Extractor::Preview choosePreview(Exiv2::Image &image, int minEdge)
{
    image.readMetadata();
    const Exiv2::PreviewManager manager(image);
    const Exiv2::PreviewPropertiesList list = manager.getPreviewProperties(); // sorted by size
    if (list.empty())
        return {};
    auto chosen = std::find_if(list.cbegin(), list.cend(), [minEdge](const Exiv2::PreviewProperties &p) {
        return int(std::max(p.width_, p.height_)) >= minEdge;
    });
    if (chosen == list.cend())
        chosen = std::prev(list.cend());
    const Exiv2::PreviewImage picked = manager.getPreviewImage(*chosen);
    const long orientation = tagValue(image.exifData(), 0x0112, "Image", 0);
    return {QByteArray(reinterpret_cast<const char *>(picked.pData()), qsizetype(picked.size())),
            QSize(int(chosen->width_), int(chosen->height_)),
            orientation >= 1 && orientation <= 8 ? int(orientation) : 0};
}

} // namespace

Exiv2Extractor::Preview Exiv2Extractor::readPreview(const QByteArray &nativePath, int minEdge)
{
    initialize();
    Preview preview;
    QStringList ignored;
    WarningSink sink(ignored); // a thumbnailer has no record to put warnings in
    guarded(ignored, QStringLiteral("preview"), [&] {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(nativePath.toStdString());
        if (image.get())
            preview = choosePreview(*image, minEdge);
    });
    return preview;
}

Exiv2Extractor::Preview Exiv2Extractor::readJpegPreview(QByteArrayView header, int minEdge)
{
    initialize();
    const JpegStructure structure = JpegStructure::scan(header);
    QByteArray xmp;
    const QByteArray exifOnly = structure.status == JpegStructure::Status::Complete
                                    ? JpegHeaderCuts::exifOnly(header, structure, xmp)
                                    : JpegHeaderCuts::withoutApp2(header, structure);
    Preview preview;
    QStringList ignored;
    WarningSink sink(ignored);
    guarded(ignored, QStringLiteral("preview"), [&] {
        Exiv2::BasicIo::AutoPtr io(
            new Exiv2::MemIo(reinterpret_cast<const Exiv2::byte *>(exifOnly.constData()), long(exifOnly.size())));
        Exiv2::JpegImage image(io, false);
        preview = choosePreview(image, minEdge);
    });
    return preview;
}

#pragma GCC diagnostic pop
