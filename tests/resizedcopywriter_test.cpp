#include <catch2/catch.hpp>

#include "export/resizedcopywriter.h"

#include "metadata/iptcrecords.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatawriter.h"
#include "metadata/photoshopresources.h"
#include "support/exportfixture.h"
#include "support/photofixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

// An independent reader: Exiv2 itself, not Byline's reconciler, must see every field.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

#include <algorithm>

namespace {

const std::atomic<bool> s_notCancelled = false;

// Non-ASCII in every script the desk meets, a typographic quote and an emoji outside the BMP.
const QString s_caption = QString::fromUtf8(
    "\xE2\x80\x9C#Progress 63P\xE2\x80\x9D \xD0\x9F\xD1\x80\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB5\xD1\x81\xD1\x81 "
    "\xE6\x89\x93\xE3\x81\xA1\xE4\xB8\x8A\xE3\x81\x92 K\xC3\xB6ln \xF0\x9F\x9A\x80 & <over> Asia.");
const QString s_credit = QString::fromUtf8("NASA/Tim K\xC3\xB6pra");

QString exiv2Text(const Exiv2::Image &image, const char *key)
{
    const std::string name(key);
    if (name.rfind("Xmp.", 0) == 0) {
        const auto found = image.xmpData().findKey(Exiv2::XmpKey(name));
        if (found == image.xmpData().end())
            return {};
        const std::string text = found->toString();
        // lang-alt values read as 'lang="x-default" text'
        const auto quote = text.find("\" ");
        return QString::fromStdString(text.rfind("lang=", 0) == 0 && quote != std::string::npos ? text.substr(quote + 2)
                                                                                                : text);
    }
    if (name.rfind("Iptc.", 0) == 0) {
        const auto found = image.iptcData().findKey(Exiv2::IptcKey(name));
        return found == image.iptcData().end() ? QString() : QString::fromStdString(found->toString());
    }
    const auto found = image.exifData().findKey(Exiv2::ExifKey(name));
    return found == image.exifData().end() ? QString() : QString::fromStdString(found->toString());
}

// A landscape photo stored sideways (Exif orientation 6) with a red block in the stored top-left
// corner, which shows at the top right once the photo is turned upright.
QString sidewaysPhoto(const QString &path)
{
    QImage stored(800, 600, QImage::Format_RGB32);
    stored.fill(QColor(20, 40, 110));
    QPainter(&stored).fillRect(QRect(0, 0, 100, 100), Qt::red);
    QImageWriter writer(path, "jpeg");
    writer.setQuality(95);
    REQUIRE(writer.write(stored));
    MetadataWrite spec;
    spec.exif.orientation = 6;
    spec.xmp.caption = QStringLiteral("Sideways. Credit: Energia");
    PhotoFixture::write(path, spec);
    return path;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60;
}

const QString s_exiftool = QStringLiteral("/usr/bin/exiftool");

// Every tag exiftool reads, by family-1 group (IPTC, XMP-iptcCore, ExifIFD, GPS, ...), numbers as numbers.
QJsonObject exiftoolTags(const QString &path)
{
    QProcess process;
    process.start(s_exiftool,
                  {QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1"), QStringLiteral("-n"),
                   QStringLiteral("-all:all"), QStringLiteral("-CurrentIPTCDigest"), path});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
}

// Writes tags with exiftool, a writer Byline shares no code with; one argument a line, in UTF-8.
void exiftoolWrite(const QString &path, const QStringList &arguments)
{
    const QString argFile = path + QStringLiteral(".args");
    PhotoFixture::writeAll(
        argFile, (QStringList{QStringLiteral("-overwrite_original")} + arguments).join(u'\n').toUtf8() + '\n');
    QProcess process;
    process.start(s_exiftool,
                  {QStringLiteral("-charset"), QStringLiteral("utf8"), QStringLiteral("-@"), argFile, path});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    QFile::remove(argFile);
}

const QString s_wireCaption = QString::fromUtf8(
    "BAIKONUR, KAZAKHSTAN - MARCH 18: The Soyuz TMA-20M rocket launches with Expedition 47 (K\xC3\xB6ln-born crew).");

// A wire-style original (AP, Reuters and NASA write these fields): every IPTC field the desk relies on,
// camera Exif with GPS and an Exif thumbnail, XMP contact details and usage terms; stored sideways.
QStringList wireTags(const QString &thumbnail)
{
    return {
        QStringLiteral("-IPTC:CodedCharacterSet=UTF8"),
        QStringLiteral("-IPTC:ObjectName=SOYUZ-LAUNCH/"),
        QStringLiteral("-IPTC:SpecialInstructions=EMBARGOED UNTIL 19 MAR 2016 00:01 GMT. MANDATORY CREDIT"),
        QStringLiteral("-IPTC:Source=NASA"),
        QStringLiteral("-IPTC:Keywords=Soyuz"),
        QStringLiteral("-IPTC:Keywords=Expedition 47"),
        QStringLiteral("-IPTC:Keywords=Baikonur"),
        QStringLiteral("-IPTC:Sub-location=Site 31"),
        QStringLiteral("-IPTC:City=Baikonur"),
        QStringLiteral("-IPTC:Province-State=Kyzylorda"),
        QStringLiteral("-IPTC:Country-PrimaryLocationCode=KAZ"),
        QStringLiteral("-IPTC:Country-PrimaryLocationName=Kazakhstan"),
        QStringLiteral("-IPTC:Writer-Editor=jd/ab"),
        QStringLiteral("-IPTC:OriginalTransmissionReference=XNAS123"),
        QStringLiteral("-IPTC:DateCreated=2016:03:18"),
        QStringLiteral("-IPTC:TimeCreated=21:26:38+06:00"),
        QStringLiteral("-IPTC:Category=SCI"),
        QStringLiteral("-IPTC:SupplementalCategories=Space"),
        QStringLiteral("-IPTC:Urgency=2"),
        QStringLiteral("-IPTC:By-lineTitle=Staff Photographer"),
        QStringLiteral("-IPTC:Caption-Abstract=") + s_wireCaption,
        QStringLiteral("-IPTC:Credit=NASA/Bill Ingals"),
        QStringLiteral("-IPTC:By-line=Bill Ingalls"),
        QStringLiteral("-IPTC:CopyrightNotice=\u00A9 2016 NASA"),
        QStringLiteral("-IPTC:Headline=Expedition 47 Launch"),
        QStringLiteral("-XMP-dc:Description=") + s_wireCaption,
        QStringLiteral("-XMP-photoshop:Credit=NASA/Bill Ingals"),
        QStringLiteral("-XMP-dc:Creator=Bill Ingalls"),
        QStringLiteral("-XMP-dc:Rights=\u00A9 2016 NASA"),
        QStringLiteral("-XMP-photoshop:Headline=Expedition 47 Launch"),
        QStringLiteral("-XMP-photoshop:DateCreated=2016:03:18 21:26:38+06:00"),
        QStringLiteral("-XMP-photoshop:Instructions=EMBARGOED UNTIL 19 MAR 2016 00:01 GMT. MANDATORY CREDIT"),
        QStringLiteral("-XMP-photoshop:Source=NASA"),
        QStringLiteral("-XMP-iptcCore:CreatorWorkEmail=photo@hq.nasa.gov"),
        QStringLiteral("-XMP-iptcCore:CreatorWorkTelephone=+1 202 358 1900"),
        QStringLiteral("-XMP-iptcCore:CreatorCity=Washington"),
        QStringLiteral("-XMP-iptcCore:CreatorCountry=USA"),
        QStringLiteral("-XMP-iptcCore:Location=Site 31"),
        QStringLiteral("-XMP-xmpRights:UsageTerms=Editorial use only. No sales."),
        QStringLiteral("-XMP-xmpRights:WebStatement=https://www.nasa.gov/multimedia/guidelines/"),
        QStringLiteral("-XMP-iptcExt:LocationShownCity=Baikonur"),
        QStringLiteral("-XMP-iptcExt:PersonInImage=Oleg Skripochka"),
        QStringLiteral("-EXIF:Make=NIKON CORPORATION"),
        QStringLiteral("-EXIF:Model=NIKON D4"),
        QStringLiteral("-EXIF:ExposureTime=1/500"),
        QStringLiteral("-EXIF:FNumber=5.6"),
        QStringLiteral("-EXIF:ISO=400"),
        QStringLiteral("-EXIF:FocalLength=400"),
        QStringLiteral("-EXIF:LensModel=400mm f/2.8"),
        QStringLiteral("-EXIF:DateTimeOriginal=2016:03:18 21:26:38"),
        QStringLiteral("-EXIF:OffsetTimeOriginal=+06:00"),
        QStringLiteral("-EXIF:GPSLatitude=45.9203"),
        QStringLiteral("-EXIF:GPSLatitudeRef=N"),
        QStringLiteral("-EXIF:GPSLongitude=63.3421"),
        QStringLiteral("-EXIF:GPSLongitudeRef=E"),
        QStringLiteral("-EXIF:Orientation#=6"),
        QStringLiteral("-ThumbnailImage<=") + thumbnail,
    };
}

// What a copy may change: the fields Byline writes, what describes the new pixels, and the groups of
// the file's structure (File, Composite, JFIF, the Photoshop digest, the XMP toolkit's name).
bool mayDiffer(const QString &key)
{
    static const QStringList s_written = {
        QStringLiteral("IPTC:Credit"),
        QStringLiteral("XMP-photoshop:Credit"),
        QStringLiteral("IFD0:Orientation"),
        QStringLiteral("XMP-tiff:Orientation"),
        QStringLiteral("ExifIFD:ExifImageWidth"),
        QStringLiteral("ExifIFD:ExifImageHeight"),
        QStringLiteral("XMP-x:XMPToolkit"),
        QStringLiteral("SourceFile"),
    };
    static const QStringList s_groups = {QStringLiteral("File:"),      QStringLiteral("System:"),
                                         QStringLiteral("Composite:"), QStringLiteral("ExifTool:"),
                                         QStringLiteral("JFIF:"),      QStringLiteral("Photoshop:"),
                                         QStringLiteral("IFD1:")};
    return s_written.contains(key) ||
           std::any_of(s_groups.cbegin(), s_groups.cend(), [&key](const QString &g) { return key.startsWith(g); });
}

QByteArray afterStartOfScan(const QByteArray &jpeg)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    return jpeg.sliced(structure.headerEnd);
}

} // namespace

TEST_CASE("export keeps every IPTC field of a wire-style original", "[export][exiftool]")
{
    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    ExportFixture fixture;
    QTemporaryDir scratch;
    const QString thumbnail = PhotoFixture::jpeg(scratch.filePath(QStringLiteral("thumbnail.jpg")), {160, 107});
    const QString path = PhotoFixture::jpeg(fixture.source() + QStringLiteral("/wire.jpg"), {1200, 800});
    exiftoolWrite(path, wireTags(thumbnail));
    const QJsonObject before = exiftoolTags(path);
    REQUIRE(before.contains(QStringLiteral("IFD1:ThumbnailImage")));
    REQUIRE(before[QStringLiteral("IPTC:SpecialInstructions")].toString().contains(QStringLiteral("MANDATORY CREDIT")));
    REQUIRE(before[QStringLiteral("XMP-iptcCore:CreatorWorkEmail")].toString() == QStringLiteral("photo@hq.nasa.gov"));
    fixture.track(path);

    // The desk corrected the credit (an accepted alias): the copy carries the corrected one.
    PhotoRecord record = ExportFixture::read(path);
    REQUIRE(record.credit == QStringLiteral("NASA/Bill Ingals"));
    REQUIRE(record.orientation == 6);
    record.credit = QStringLiteral("NASA/Bill Ingalls");
    const QString target = fixture.destination() + QStringLiteral("/wire.jpg");
    const ResizedCopyWriter::Result result = ResizedCopyWriter::write(record, target, 600, 90, s_notCancelled);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    CHECK(result.warnings.isEmpty());

    const QJsonObject after = exiftoolTags(target);
    INFO(QJsonDocument(after).toJson().toStdString());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (mayDiffer(it.key()))
            continue;
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(after[QStringLiteral("IPTC:Credit")].toString() == record.credit);
    CHECK(after[QStringLiteral("XMP-photoshop:Credit")].toString() == record.credit);
    CHECK(after[QStringLiteral("IPTC:DateCreated")].toString() == QStringLiteral("2016:03:18"));
    CHECK(after[QStringLiteral("IPTC:TimeCreated")].toString() == QStringLiteral("21:26:38+06:00"));
    CHECK(after[QStringLiteral("IPTC:CodedCharacterSet")].toString() == QStringLiteral("\x1B%G"));
    CHECK(after[QStringLiteral("IFD0:Orientation")].toInt() == 1);
    CHECK(after[QStringLiteral("XMP-tiff:Orientation")].toInt() == 1);
    CHECK(after[QStringLiteral("File:ImageWidth")].toInt() == 400);
    CHECK(after[QStringLiteral("File:ImageHeight")].toInt() == 600);
    CHECK(after[QStringLiteral("ExifIFD:ExifImageWidth")].toInt() == 400);
    CHECK(after[QStringLiteral("ExifIFD:ExifImageHeight")].toInt() == 600);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        CHECK_FALSE(it.key().startsWith(QStringLiteral("IFD1:"))); // the old Exif thumbnail
    CHECK_FALSE(after[QStringLiteral("Photoshop:IPTCDigest")].toString().isEmpty());
    CHECK(after[QStringLiteral("Photoshop:IPTCDigest")] == after[QStringLiteral("File:CurrentIPTCDigest")]);
    CHECK_FALSE(after.contains(QStringLiteral("ExifTool:Warning")));
}

TEST_CASE("export copies a JPEG that already fits instead of encoding it again", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord source = fixture.add(QStringLiteral("small.jpg"), s_caption, s_credit, {64, 48});
    const QString target = fixture.destination() + QStringLiteral("/small.jpg");
    const ResizedCopyWriter::Result result = ResizedCopyWriter::write(source, target, 400, 60, s_notCancelled);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    CHECK(QImageReader(target).size() == QSize(64, 48)); // never enlarged
    // The image data, from the start of scan on, is the original's byte for byte: not encoded again.
    CHECK(afterStartOfScan(PhotoFixture::readAll(target)) == afterStartOfScan(PhotoFixture::readAll(source.path)));
    const PhotoRecord copy = ExportFixture::read(target);
    CHECK(copy.caption == s_caption);
    CHECK(copy.credit == s_credit);
    CHECK(copy.creditSource == CreditSource::Embedded);
}

TEST_CASE("export encodes a small original again only to turn it upright, at its own size", "[export]")
{
    ExportFixture fixture;
    const QString path = sidewaysPhoto(fixture.source() + QStringLiteral("/sideways.jpg"));
    const PhotoRecord source = ExportFixture::read(path);
    const QString target = fixture.destination() + QStringLiteral("/sideways.jpg");
    REQUIRE(ResizedCopyWriter::write(source, target, 2000, 90, s_notCancelled).error.isEmpty());
    QImageReader reader(target);
    reader.setAutoTransform(false);
    CHECK(reader.size() == QSize(600, 800));
    CHECK(afterStartOfScan(PhotoFixture::readAll(target)) != afterStartOfScan(PhotoFixture::readAll(path)));
}

TEST_CASE("export turns a legacy Latin-1 IPTC block into UTF-8 with 1:90", "[export]")
{
    ExportFixture fixture;
    const QString path = PhotoFixture::jpeg(fixture.source() + QStringLiteral("/legacy.jpg"), {320, 240});
    IptcRecords legacy; // no 1:90: an old newsroom system's Latin-1
    legacy.append(IptcRecords::s_application, 0, QByteArray("\x00\x02", 2));
    legacy.append(IptcRecords::s_application, 25, QByteArray("M\xFCnchen"));
    legacy.append(IptcRecords::s_application, 90, QByteArray("K\xF6ln"));
    legacy.append(IptcRecords::s_application, 110, QByteArray("dpa/Jan Wo\xDF"));
    legacy.append(IptcRecords::s_application, 120, QByteArray("Caf\xE9 in K\xF6ln."));
    REQUIRE(MetadataWriter::writeJpegIptc(path, legacy.serialize(), MetadataWrite::Digest::None).isEmpty());
    fixture.track(path);
    const PhotoRecord source = ExportFixture::read(path);
    REQUIRE(source.credit == QString::fromUtf8("dpa/Jan Wo\xC3\x9F"));
    const QString target = fixture.destination() + QStringLiteral("/legacy.jpg");
    const ResizedCopyWriter::Result result = ResizedCopyWriter::write(source, target, 200, 90, s_notCancelled);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());

    const QByteArray bytes = PhotoFixture::readAll(target);
    const JpegStructure structure = JpegStructure::scan(bytes);
    const PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(bytes));
    const IptcRecords copy = IptcRecords::parse(resources.find(PhotoshopResources::s_iptcId).value_or(QByteArray()));
    CHECK(copy.declaresUtf8());
    CHECK(copy.values(2, 90) == QList<QByteArray>{QByteArray("K\xC3\xB6ln")});
    CHECK(copy.values(2, 25) == QList<QByteArray>{QByteArray("M\xC3\xBCnchen")});
    CHECK(copy.values(2, 110) == QList<QByteArray>{QByteArray("dpa/Jan Wo\xC3\x9F")});
    CHECK(copy.values(2, 120) == QList<QByteArray>{QByteArray("Caf\xC3\xA9 in K\xC3\xB6ln.")});
}

TEST_CASE("export carries the XMP sidecar beside the original into the copy", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord first = fixture.add(QStringLiteral("a.jpg"), s_caption, s_credit, {320, 240});
    const QString sidecar = fixture.source() + QStringLiteral("/a.xmp");
    PhotoFixture::writeAll(
        sidecar, PhotoFixture::xmpPacket(
                     {QStringLiteral("   <xmpRights:UsageTerms xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\">"
                                     "<rdf:Alt><rdf:li xml:lang=\"x-default\">Editorial use only</rdf:li></rdf:Alt>"
                                     "</xmpRights:UsageTerms>\n")}));
    fixture.track(sidecar);
    const PhotoRecord source = ExportFixture::read(first.path);
    const QString target = fixture.destination() + QStringLiteral("/a.jpg");
    const ResizedCopyWriter::Result result = ResizedCopyWriter::write(source, target, 200, 90, s_notCancelled);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(target).toStdString());
    image->readMetadata();
    CHECK(exiv2Text(*image, "Xmp.xmpRights.UsageTerms") == QStringLiteral("Editorial use only"));
    CHECK(exiv2Text(*image, "Xmp.photoshop.Credit") == s_credit);
}

TEST_CASE("export leaves out Photoshop's history when the XMP is too large for a JPEG, and says so", "[export]")
{
    ExportFixture fixture;
    const QString path = PhotoFixture::png(fixture.source() + QStringLiteral("/big.png"), {300, 200});
    QStringList ancestors;
    for (int i = 0; i < 3000; ++i)
        ancestors.append(QStringLiteral("xmp.did:%1").arg(i, 32, 16, QLatin1Char('0')));
    const QByteArray packet = PhotoFixture::xmpPacket({
        PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"), s_credit),
        PhotoFixture::simpleProperty(QStringLiteral("photoshop:Source"), QStringLiteral("NASA")),
        QStringLiteral("   <photoshop:DocumentAncestors><rdf:Bag><rdf:li>") +
            ancestors.join(QStringLiteral("</rdf:li><rdf:li>")) +
            QStringLiteral("</rdf:li></rdf:Bag></photoshop:DocumentAncestors>\n"),
    });
    REQUIRE(packet.size() > 100000);
    {
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        image->setXmpPacket(packet.toStdString());
        image->writeMetadata();
    }
    fixture.track(path);
    const PhotoRecord source = ExportFixture::read(path);
    REQUIRE(source.credit == s_credit);
    const QString target = fixture.destination() + QStringLiteral("/big.jpg");
    const ResizedCopyWriter::Result result = ResizedCopyWriter::write(source, target, 200, 90, s_notCancelled);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.first().contains(QStringLiteral("DocumentAncestors")));
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(target).toStdString());
    image->readMetadata();
    CHECK(exiv2Text(*image, "Xmp.photoshop.Source") == QStringLiteral("NASA"));
    CHECK(exiv2Text(*image, "Xmp.photoshop.Credit") == s_credit);
    CHECK(image->xmpData().findKey(Exiv2::XmpKey("Xmp.photoshop.DocumentAncestors")) == image->xmpData().end());
}

TEST_CASE("a resized copy carries every field, read back by Byline and by Exiv2", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord source = fixture.add(QStringLiteral("launch.jpg"), s_caption, s_credit, {1200, 900});
    const QString target = fixture.destination() + QStringLiteral("/launch.jpg");

    const ResizedCopyWriter::Result result = ResizedCopyWriter::write(source, target, 400, 90, s_notCancelled);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    CHECK(result.output.path == target);
    CHECK(result.output.sha256 == sha256Of(target));
    CHECK(result.output.size == QFile(target).size());
    CHECK(fixture.destinationFiles() == QStringList{QStringLiteral("launch.jpg")});
    CHECK(QImageReader(target).size() == QSize(400, 300));

    // Byline's reader: every field, the credit embedded, and no store disagreeing.
    const PhotoRecord copy = ExportFixture::read(target);
    CHECK(copy.caption == s_caption);
    CHECK(copy.credit == s_credit);
    CHECK(copy.creditSource == CreditSource::Embedded);
    CHECK(copy.creator == source.creator);
    CHECK(copy.copyright == source.copyright);
    CHECK(copy.headline == source.headline);
    CHECK(copy.dateTaken == QStringLiteral("2016-03-31T16:23:57"));
    CHECK(copy.orientation == 1);
    CHECK(ResizedCopyWriter::verify(target, source).isEmpty());

    // Exiv2 on its own, store by store.
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(target).toStdString());
    image->readMetadata();
    CHECK(exiv2Text(*image, "Xmp.dc.description") == s_caption);
    CHECK(exiv2Text(*image, "Xmp.photoshop.Credit") == s_credit);
    CHECK(exiv2Text(*image, "Xmp.dc.rights") == source.copyright);
    CHECK(exiv2Text(*image, "Xmp.photoshop.Headline") == source.headline);
    CHECK(exiv2Text(*image, "Iptc.Application2.Caption") == s_caption);
    CHECK(exiv2Text(*image, "Iptc.Application2.Credit") == s_credit);
    CHECK(exiv2Text(*image, "Iptc.Application2.Byline") == source.creator);
    CHECK(exiv2Text(*image, "Iptc.Application2.Copyright") == source.copyright);
    CHECK(exiv2Text(*image, "Iptc.Application2.Headline") == source.headline);
    CHECK(exiv2Text(*image, "Iptc.Application2.DateCreated") == QStringLiteral("2016-03-31"));
    CHECK(exiv2Text(*image, "Iptc.Envelope.CharacterSet") == QStringLiteral("\x1B%G"));
    CHECK(exiv2Text(*image, "Exif.Image.Orientation") == QStringLiteral("1"));
    // Dates are copied as the original wrote them, never written into a store that had none.
    CHECK(exiv2Text(*image, "Exif.Photo.DateTimeOriginal").isEmpty());
}

TEST_CASE("a resized copy writes no empty element for a field the photo lacks", "[export]")
{
    ExportFixture fixture;
    MetadataWrite spec;
    spec.iptc.caption = spec.xmp.caption = s_caption;
    spec.iptc.credit = spec.xmp.credit = s_credit;
    const QString path = PhotoFixture::jpegWith(fixture.source() + QStringLiteral("/bare.jpg"), spec, {800, 600});
    fixture.track(path);
    PhotoRecord source = ExportFixture::read(path);
    REQUIRE(source.creator.isNull());
    // As the grid's rows give records: "" where the file had nothing.
    source.creator = QStringLiteral("");
    source.headline = QStringLiteral("");
    const QString target = fixture.destination() + QStringLiteral("/bare.jpg");
    REQUIRE(ResizedCopyWriter::write(source, target, 400, 90, s_notCancelled).error.isEmpty());
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(target).toStdString());
    image->readMetadata();
    CHECK(image->xmpData().findKey(Exiv2::XmpKey("Xmp.dc.creator")) == image->xmpData().end());
    CHECK(image->xmpData().findKey(Exiv2::XmpKey("Xmp.photoshop.Headline")) == image->xmpData().end());
    CHECK(image->iptcData().findKey(Exiv2::IptcKey("Iptc.Application2.Byline")) == image->iptcData().end());
    CHECK(exiv2Text(*image, "Xmp.photoshop.Credit") == s_credit);
}

TEST_CASE("a resized copy's IPTCDigest is the MD5 of its IPTC block", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord source = fixture.add(QStringLiteral("a.jpg"), s_caption, s_credit, {640, 480});
    const QString target = fixture.destination() + QStringLiteral("/a.jpg");
    REQUIRE(ResizedCopyWriter::write(source, target, 320, 85, s_notCancelled).error.isEmpty());

    const QByteArray bytes = PhotoFixture::readAll(target);
    const JpegStructure structure = JpegStructure::scan(bytes);
    const PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(bytes));
    const std::optional<QByteArray> iptc = resources.find(PhotoshopResources::s_iptcId);
    const std::optional<QByteArray> digest = resources.find(PhotoshopResources::s_iptcDigestId);
    REQUIRE(iptc);
    REQUIRE(digest);
    CHECK(*digest == QCryptographicHash::hash(*iptc, QCryptographicHash::Md5));
    const IptcRecords records = IptcRecords::parse(*iptc);
    CHECK(records.declaresUtf8());
    CHECK(records.values(IptcRecords::s_application, IptcRecords::s_captionAbstract) ==
          QList<QByteArray>{s_caption.toUtf8()});
}

TEST_CASE("a resized copy is upright, its orientation reset to 1", "[export]")
{
    ExportFixture fixture;
    const QString path = sidewaysPhoto(fixture.source() + QStringLiteral("/sideways.jpg"));
    const PhotoRecord source = ExportFixture::read(path);
    REQUIRE(source.orientation == 6);
    const QString target = fixture.destination() + QStringLiteral("/sideways.jpg");
    REQUIRE(ResizedCopyWriter::write(source, target, 400, 95, s_notCancelled).error.isEmpty());

    QImageReader reader(target);
    reader.setAutoTransform(false); // the pixels as stored must already be upright
    const QImage copy = reader.read();
    REQUIRE(copy.size() == QSize(300, 400));
    CHECK(isRed(copy.pixel(copy.width() - 10, 10)));
    CHECK_FALSE(isRed(copy.pixel(10, 10)));
    const PhotoRecord read = ExportFixture::read(target);
    CHECK(read.orientation == 1);
    CHECK(read.width == 300);
    // The credit inferred from the caption is written as the copy's credit field.
    CHECK(read.credit == QStringLiteral("Energia"));
    CHECK(read.creditSource == CreditSource::Embedded);
}

TEST_CASE("a photo that cannot be decoded gives an error and no file", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord source = fixture.add(QStringLiteral("a.jpg"), QStringLiteral("Caption."), QStringLiteral("NASA"));
    PhotoRecord vanished = source;
    vanished.path = fixture.source() + QStringLiteral("/gone.jpg");
    const ResizedCopyWriter::Result result =
        ResizedCopyWriter::write(vanished, fixture.destination() + QStringLiteral("/a.jpg"), 100, 90, s_notCancelled);
    CHECK_FALSE(result.error.isEmpty());
    CHECK(fixture.destinationFiles().isEmpty());
}

TEST_CASE("the round-trip check names a field that did not survive", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord source = fixture.add(QStringLiteral("a.jpg"), QStringLiteral("Caption."), QStringLiteral("NASA"));
    const QString target = fixture.destination() + QStringLiteral("/a.jpg");
    REQUIRE(ResizedCopyWriter::write(source, target, 32, 90, s_notCancelled).error.isEmpty());
    PhotoRecord other = source;
    other.credit = QStringLiteral("ESA");
    const QStringList problems = ResizedCopyWriter::verify(target, other);
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("credit reads back as \"NASA\" instead of \"ESA\"")));
}

TEST_CASE("exiftool reads the same fields from a resized copy", "[export][exiftool]")
{
    const QString exiftool = QStringLiteral("/usr/bin/exiftool");
    if (!QFile::exists(exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    ExportFixture fixture;
    const PhotoRecord source = fixture.add(QStringLiteral("a.jpg"), s_caption, s_credit, {640, 480});
    const QString target = fixture.destination() + QStringLiteral("/a.jpg");
    REQUIRE(ResizedCopyWriter::write(source, target, 320, 90, s_notCancelled).error.isEmpty());

    QProcess process;
    process.start(exiftool, {QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1"), QStringLiteral("-n"),
                             QStringLiteral("-IPTC:all"), QStringLiteral("-XMP:all"),
                             QStringLiteral("-IFD0:Orientation"), QStringLiteral("-IPTCDigest"),
                             QStringLiteral("-CurrentIPTCDigest"), QStringLiteral("-Warning"), target});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    const QJsonObject tags = QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
    INFO(QJsonDocument(tags).toJson().toStdString());
    CHECK(tags[QStringLiteral("IPTC:Caption-Abstract")].toString() == s_caption);
    CHECK(tags[QStringLiteral("XMP-dc:Description")].toString() == s_caption);
    CHECK(tags[QStringLiteral("IPTC:Credit")].toString() == s_credit);
    CHECK(tags[QStringLiteral("XMP-photoshop:Credit")].toString() == s_credit);
    CHECK(tags[QStringLiteral("IPTC:By-line")].toString() == source.creator);
    CHECK(tags[QStringLiteral("XMP-dc:Creator")].toString() == source.creator);
    CHECK(tags[QStringLiteral("IPTC:CopyrightNotice")].toString() == source.copyright);
    CHECK(tags[QStringLiteral("XMP-dc:Rights")].toString() == source.copyright);
    CHECK(tags[QStringLiteral("IPTC:Headline")].toString() == source.headline);
    CHECK(tags[QStringLiteral("XMP-photoshop:Headline")].toString() == source.headline);
    CHECK(tags[QStringLiteral("IFD0:Orientation")].toInt() == 1);
    CHECK(tags[QStringLiteral("IPTC:CodedCharacterSet")].toString() == QStringLiteral("\x1B%G"));
    CHECK_FALSE(tags[QStringLiteral("Photoshop:IPTCDigest")].toString().isEmpty());
    CHECK(tags[QStringLiteral("Photoshop:IPTCDigest")] == tags[QStringLiteral("File:CurrentIPTCDigest")]);
    CHECK_FALSE(tags.contains(QStringLiteral("ExifTool:Warning")));
}

#pragma GCC diagnostic pop
