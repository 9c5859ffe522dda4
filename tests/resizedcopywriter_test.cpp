#include <catch2/catch.hpp>

#include "export/resizedcopywriter.h"

#include "metadata/iptcrecords.h"
#include "metadata/jpegstructure.h"
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

// An independent reader: Exiv2 itself, not Byline's reconciler, must see every field.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

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

} // namespace

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
    CHECK(exiv2Text(*image, "Exif.Photo.DateTimeOriginal") == QStringLiteral("2016:03:31 16:23:57"));
}

TEST_CASE("a resized copy writes no empty element for a field the photo lacks", "[export]")
{
    ExportFixture fixture;
    PhotoRecord source = fixture.add(QStringLiteral("bare.jpg"), s_caption, s_credit, {800, 600});
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
