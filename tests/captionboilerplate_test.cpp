#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/captionboilerplate.h"
#include "metadata/metadatareader.h"

#include <QTemporaryDir>

// Writes the Exif device tags with Exiv2 itself: MetadataWriter writes only what Byline exports.
#include <exiv2/exiv2.hpp>

using CaptionBoilerplate::Camera;
using CaptionBoilerplate::isBoilerplate;

TEST_CASE("what cameras, phones, drones and editors write into ImageDescription is not a caption", "[reader][text]")
{
    struct Case
    {
        const char *text;
        Camera camera;
    };
    const Camera none;
    const QList<Case> filler{
        {"OLYMPUS DIGITAL CAMERA", {QStringLiteral("OLYMPUS IMAGING CORP."), QStringLiteral("E-M5"), {}}},
        {"OLYMPUS DIGITAL CAMERA", none},
        {"KODAK Digital Still Camera", none},
        {"Minolta DSC", none},
        {"EPSON DSC picture", none},
        {"SONY DSC", none},
        {"SAMSUNG", {QStringLiteral("SAMSUNG"), QStringLiteral("SM-G960F"), {}}},
        {"<KENOX S730 / Samsung S730>",
         {QStringLiteral("Samsung Techwin"), QStringLiteral("<KENOX S730 / Samsung S730>"), {}}},
        {"NIKON D5", {QStringLiteral("NIKON CORPORATION"), QStringLiteral("NIKON D5"), {}}},
        {"Canon EOS 5D Mark IV Digital Camera", {QStringLiteral("Canon"), QStringLiteral("Canon EOS 5D Mark IV"), {}}},
        {"DSC00019", none},
        {"IMG_1234.JPG", none},
        {"P1010001", none},
        {"DJI_0042", none},
        {"_MG_0001", none},
        {"000007", none},
        {"2016:03:18 10:00:00", none},
        {"null", none},
        {"NULL", none},
        {"image description", none},
        {"   Untitled  ", none},
        {"Created with GIMP", none},
        {"Adobe Photoshop CS6 (Windows)", none},
        {"GIMP 2.10.30", none},
        {"Picasa 3.0", none},
        {"Paint.NET v4.3", none},
        {"HDR+ 1.0.199571065zdh",
         {QStringLiteral("Google"), QStringLiteral("Pixel 3"), QStringLiteral("HDR+ 1.0.199571065zdh")}},
        {"DCIM\\100MEDIA\\DJI_0001.JPG", none},
        {"/storage/emulated/0/DCIM/Camera/IMG_20190101_120000.jpg", none},
    };
    for (const Case &c : filler) {
        INFO(c.text);
        CHECK(isBoilerplate(QString::fromUtf8(c.text), c.camera));
    }
    // Real captions, even short ones and ones that name the camera.
    const QList<Case> captions{
        {"Soyuz MS-02 lifts off from Baikonur.", none},
        {"NASA astronaut Tim Kopra with a Nikon D5",
         {QStringLiteral("NIKON CORPORATION"), QStringLiteral("NIKON D5"), {}}},
        {"Expedition 47", none},
        {"Canon", none}, // a word, but nothing says it names the camera
        {"Apollo 11", none},
        {"Photoshop contest winner, 2016", none},
        {"GIMP users meet in Berlin", none},
        {"Launch of Progress MS-02", {QStringLiteral("Canon"), QStringLiteral("Canon EOS-1D X"), {}}},
    };
    for (const Case &c : captions) {
        INFO(c.text);
        CHECK_FALSE(isBoilerplate(QString::fromUtf8(c.text), c.camera));
    }
}

TEST_CASE("a camera's model in ImageDescription gives way to the caption another store has", "[reader][text]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("Soyuz MS-02 on the pad");
    const QString path = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("a.jpg")), spec);
    {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(path.toStdString());
        REQUIRE(image.get());
        image->readMetadata();
        Exiv2::ExifData &exif = image->exifData();
        exif["Exif.Image.Make"] = "Samsung Techwin";
        exif["Exif.Image.Model"] = "<KENOX S730 / Samsung S730>";
        exif["Exif.Image.ImageDescription"] = "<KENOX S730 / Samsung S730>";
        image->writeMetadata();
    }
    const PhotoRecord record = MetadataReader::read(path);
    CHECK(record.caption == QStringLiteral("Soyuz MS-02 on the pad"));
    const std::optional<FieldProvenance> provenance = record.provenanceOf(MetadataField::Caption);
    REQUIRE(provenance);
    CHECK(provenance->store == MetadataStore::Xmp);
    CHECK_FALSE(provenance->conflict); // filler is no disagreement
}
