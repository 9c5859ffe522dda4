#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/metadatareader.h"

#include <QTemporaryDir>
#include <QtEndian>

// Issue 17: one XMP reader for every container. The same packet, embedded by Exiv2 itself in a JPEG, a
// TIFF, a PNG and a WebP, or beside a JPEG as a sidecar, must give the same values.
#include <exiv2/exiv2.hpp>
#include <zlib.h>

namespace {

void embedXmp(const QString &path, const QByteArray &packet)
{
    Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(path.toStdString());
    REQUIRE(image.get());
    image->readMetadata();
    // Qt's TIFF writer records an orientation of its own, which would win over the packet's.
    Exiv2::ExifData &exif = image->exifData();
    if (const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation")); orientation != exif.end())
        exif.erase(orientation);
    image->setXmpPacket(packet.toStdString());
    image->writeXmpFromPacket(true); // the packet as written here, not as Exiv2 would re-encode it
    image->writeMetadata();
}

struct Fields
{
    QString caption, credit, creator, copyright, headline, dateTaken;
    int orientation = 0;

    friend bool operator==(const Fields &, const Fields &) = default;
};

Fields fieldsOf(const PhotoRecord &record)
{
    return {record.caption,  record.credit,    record.creator,    record.copyright,
            record.headline, record.dateTaken, record.orientation};
}

std::ostream &operator<<(std::ostream &out, const Fields &f)
{
    return out << "{caption " << f.caption.toStdString() << " | credit " << f.credit.toStdString() << " | creator "
               << f.creator.toStdString() << " | rights " << f.copyright.toStdString() << " | headline "
               << f.headline.toStdString() << " | date " << f.dateTaken.toStdString() << " | orientation "
               << f.orientation << "}";
}

// Reads @p packet from each container; the names say which.
QList<std::pair<QString, Fields>> readEverywhere(const QTemporaryDir &dir, const QByteArray &packet)
{
    QList<std::pair<QString, Fields>> read;
    for (const auto &[name, format] : {std::pair{"photo.jpg", "jpeg"}, std::pair{"photo.tif", "tiff"},
                                       std::pair{"photo.png", "png"}, std::pair{"photo.webp", "webp"}}) {
        const QString path = PhotoFixture::image(dir.filePath(QString::fromLatin1(name)), format);
        embedXmp(path, packet);
        const PhotoRecord record = MetadataReader::read(path);
        INFO(name << ": " << record.error.toStdString());
        REQUIRE(record.error.isEmpty());
        read.append({QString::fromLatin1(name), fieldsOf(record)});
    }
    const QString bare = PhotoFixture::jpeg(dir.filePath(QStringLiteral("sidecar.jpg")));
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("sidecar.xmp")), packet);
    read.append({QStringLiteral("sidecar.xmp"), fieldsOf(MetadataReader::read(bare))});
    return read;
}

} // namespace

TEST_CASE("one XMP packet reads the same from a JPEG, a TIFF, a PNG, a WebP and a sidecar", "[xmp][reader]")
{
    using PhotoFixture::langAlt;
    using PhotoFixture::seqProperty;
    using PhotoFixture::simpleProperty;
    const QString fr = QStringLiteral("D\u00E9collage du Soyouz"), de = QStringLiteral("Start der Sojus");
    struct Case
    {
        const char *what;
        QStringList properties;
        Fields expected;
        QByteArray raw = {}; // a whole packet, when properties is empty
    };
    const QList<Case> cases{
        {"every field, elements",
         {langAlt(QStringLiteral("dc:description"), {{QStringLiteral("x-default"), QStringLiteral("Soyuz lift-off")}}),
          seqProperty(QStringLiteral("dc:creator"), {QStringLiteral("Bill Ingalls"), QStringLiteral("Joel Kowsky")}),
          langAlt(QStringLiteral("dc:rights"), {{QStringLiteral("x-default"), QStringLiteral("Public domain")}}),
          simpleProperty(QStringLiteral("photoshop:Credit"), QStringLiteral("NASA/Bill Ingalls")),
          simpleProperty(QStringLiteral("photoshop:Headline"), QStringLiteral("Expedition 47 launch")),
          simpleProperty(QStringLiteral("photoshop:DateCreated"), QStringLiteral("2016-03-18T21:26:38+06:00")),
          simpleProperty(QStringLiteral("tiff:Orientation"), QStringLiteral("6"))},
         {QStringLiteral("Soyuz lift-off"), QStringLiteral("NASA/Bill Ingalls"),
          QStringLiteral("Bill Ingalls; Joel Kowsky"), QStringLiteral("Public domain"),
          QStringLiteral("Expedition 47 launch"), QStringLiteral("2016-03-18T21:26:38+06:00"), 6}},
        // Without x-default the first alternative in the file wins, not the first by language.
        {"no x-default: the first alternative in document order",
         {langAlt(QStringLiteral("dc:description"), {{QStringLiteral("fr"), fr}, {QStringLiteral("de"), de}})},
         {fr, {}, {}, {}, {}, {}, 0}},
        // A blank x-default is no caption: the first alternative that has text is.
        {"blank x-default",
         {langAlt(QStringLiteral("dc:description"),
                  {{QStringLiteral("x-default"), QStringLiteral("  ")}, {QStringLiteral("fr"), fr}}),
          simpleProperty(QStringLiteral("photoshop:Credit"), QStringLiteral("  Energia  "))},
         {fr, QStringLiteral("Energia"), {}, {}, {}, {}, 0}},
        {"a blank first alternative is skipped, for the next in the file, not the first by language",
         {langAlt(QStringLiteral("dc:description"), {{QStringLiteral("fr"), QStringLiteral(" ")},
                                                     {QStringLiteral("it"), QStringLiteral("Decollo")},
                                                     {QStringLiteral("de"), de}}),
          simpleProperty(QStringLiteral("exif:DateTimeOriginal"), QStringLiteral("2016-03-18T21:26"))},
         {QStringLiteral("Decollo"), {}, {}, {}, {}, QStringLiteral("2016-03-18T21:26:00"), 0}},
        // Language tags are case-insensitive (RFC 3066): "X-Default" is x-default.
        {"x-default in capitals",
         {langAlt(QStringLiteral("dc:rights"), {{QStringLiteral("de"), QStringLiteral("Gemeinfrei")},
                                                {QStringLiteral("X-Default"), QStringLiteral("Public domain")}})},
         {{}, {}, {}, QStringLiteral("Public domain"), {}, {}, 0}},
        // As Photoshop writes it: one rdf:Description per namespace, simple values as attributes,
        // entities in the text, creators in a Bag.
        {"several descriptions, attributes and entities",
         {},
         {QStringLiteral("Crew \"Soyuz\" & Co"),
          QStringLiteral("NASA/Bill Ingalls"),
          QStringLiteral("A; B"),
          {},
          QStringLiteral("Launch"),
          QStringLiteral("2016-03-18"),
          0},
         "<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>"
         "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
         "<rdf:Description rdf:about='' xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' "
         "photoshop:Credit='NASA/Bill Ingalls' photoshop:Headline='Launch' photoshop:DateCreated='2016-03-18'/>"
         "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
         "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>Crew &quot;Soyuz&quot; &amp; Co</rdf:li></rdf:Alt>"
         "</dc:description><dc:creator><rdf:Bag><rdf:li>A</rdf:li><rdf:li>B</rdf:li></rdf:Bag></dc:creator>"
         "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QByteArray packet = c.properties.isEmpty() ? c.raw : PhotoFixture::xmpPacket(c.properties);
        for (const auto &[container, fields] : readEverywhere(dir, packet)) {
            INFO(container.toStdString());
            CHECK(fields == c.expected);
        }
    }
}

namespace {

// The packet Photoshop writes into a PNG: a BOM in the wrapper, Adobe's toolkit name, properties as
// elements, an edit history, and padding. @p creator goes in as bytes, so a test can make them Latin-1.
QByteArray photoshopPacket(const QByteArray &creator)
{
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\" x:xmptk=\"Adobe XMP Core 5.6-c140 79.160451, 2017/05/06-01:08:21\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
           "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\"\n"
           "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
           "    xmlns:stEvt=\"http://ns.adobe.com/xap/1.0/sType/ResourceEvent#\">\n"
           "   <xmp:CreatorTool>Adobe Photoshop CC 2018 (Macintosh)</xmp:CreatorTool>\n"
           "   <dc:format>image/png</dc:format>\n"
           "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Cosmonauts wave before boarding. "
           "Photo credit: Energia</rdf:li></rdf:Alt></dc:description>\n"
           "   <dc:creator><rdf:Seq><rdf:li>" +
           creator +
           "</rdf:li></rdf:Seq></dc:creator>\n"
           "   <dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">\xC2\xA9 2016 GCTC</rdf:li></rdf:Alt></dc:rights>\n"
           "   <photoshop:ColorMode>3</photoshop:ColorMode>\n"
           "   <xmpMM:History><rdf:Seq><rdf:li rdf:parseType=\"Resource\"><stEvt:action>created</stEvt:action>"
           "</rdf:li></rdf:Seq></xmpMM:History>\n"
           "  </rdf:Description>\n"
           " </rdf:RDF>\n"
           "</x:xmpmeta>\n" +
           QByteArray(2000, ' ') + "\n<?xpacket end=\"w\"?>";
}

// A PNG with @p packet in an iTXt chunk keyed XML:com.adobe.xmp, uncompressed, as Photoshop writes it.
QString photoshopPng(const QString &path, const QByteArray &packet)
{
    QByteArray png = PhotoFixture::readAll(PhotoFixture::png(path));
    const QByteArray body = QByteArray("iTXt") + "XML:com.adobe.xmp" + QByteArray(5, '\0') + packet;
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(body.size() - 4), chunk.data());
    chunk += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
                          crc.data());
    png.insert(33, chunk + crc); // after the signature and IHDR
    PhotoFixture::writeAll(path, png);
    return path;
}

} // namespace

TEST_CASE("Photoshop's XMP in a PNG is read, a stray Latin-1 byte in it too", "[xmp][reader][png]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const PhotoRecord clean = MetadataReader::read(
        photoshopPng(dir.filePath(QStringLiteral("clean.png")), photoshopPacket("Andrey Shelepin")));
    CHECK(clean.caption == QStringLiteral("Cosmonauts wave before boarding. Photo credit: Energia"));
    CHECK(clean.credit == QStringLiteral("Energia"));
    CHECK(clean.creator == QStringLiteral("Andrey Shelepin"));
    CHECK(clean.copyright == QStringLiteral("\u00A9 2016 GCTC"));
    CHECK(clean.warnings.isEmpty());

    // "Shel\xE9pin": one Latin-1 byte makes the packet malformed XML. Adobe's toolkit (in Exiv2) refuses it
    // whole with "Error in XMLValidator"; Byline reads the byte as Windows-1252 and says so.
    const QByteArray latin1Packet = photoshopPacket("Andrey Shel\xE9pin");
    const PhotoRecord latin1 =
        MetadataReader::read(photoshopPng(dir.filePath(QStringLiteral("latin1.png")), latin1Packet));
    CHECK(latin1.creator == QStringLiteral("Andrey Shel\u00E9pin"));
    CHECK(latin1.caption == QStringLiteral("Cosmonauts wave before boarding. Photo credit: Energia"));
    CHECK(latin1.copyright == QStringLiteral("\u00A9 2016 GCTC"));
    const QString warnings = latin1.warnings.join(u'\n');
    CHECK(warnings.contains(QStringLiteral("not valid UTF-8; 1 of its bytes were read as Windows-1252")));
    CHECK_FALSE(warnings.contains(QStringLiteral("XMP Toolkit"))); // Exiv2's decoding of XMP is not Byline's

    // The same packet in a JPEG's APP1 and in a sidecar (Exiv2 refuses to embed it, so it is written here).
    QByteArray jpeg = PhotoFixture::readAll(PhotoFixture::jpeg(dir.filePath(QStringLiteral("latin1.jpg"))));
    const QByteArray app1 = QByteArray("http://ns.adobe.com/xap/1.0/") + '\0' + latin1Packet;
    QByteArray marker("\xFF\xE1\0\0", 4);
    qToBigEndian<quint16>(quint16(app1.size() + 2), marker.data() + 2);
    jpeg.insert(2, marker + app1); // after SOI
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("latin1.jpg")), jpeg);
    const QString bare = PhotoFixture::jpeg(dir.filePath(QStringLiteral("bare.jpg")));
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("bare.xmp")), latin1Packet);
    for (const QString &path : {dir.filePath(QStringLiteral("latin1.jpg")), bare}) {
        const PhotoRecord record = MetadataReader::read(path);
        INFO(path.toStdString());
        CHECK(record.creator == QStringLiteral("Andrey Shel\u00E9pin"));
        CHECK(record.copyright == QStringLiteral("\u00A9 2016 GCTC"));
        CHECK(record.warnings.join(u'\n').contains(QStringLiteral("read as Windows-1252")));
    }
}
