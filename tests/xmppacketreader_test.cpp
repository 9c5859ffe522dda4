#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/xmppacketreader.h"

TEST_CASE("XMP properties are read in element and attribute form", "[xmp]")
{
    const QByteArray packet = PhotoFixture::xmpPacket({
        PhotoFixture::langAlt(QStringLiteral("dc:description"),
                              {{QStringLiteral("de"), QStringLiteral("Start")},
                               {QStringLiteral("x-default"), QStringLiteral("Lift-off")}}),
        PhotoFixture::seqProperty(QStringLiteral("dc:creator"),
                                  {QStringLiteral("Tim Kopra"), QStringLiteral(" "), QStringLiteral("Tim Peake")}),
        PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"), QStringLiteral(" NASA/Tim Kopra ")),
        PhotoFixture::simpleProperty(QStringLiteral("exif:DateTimeOriginal"), QStringLiteral("2016-03-31T16:23:57")),
    });
    const XmpPacketReader::Result result = XmpPacketReader::read(packet);
    CHECK(result.problem.isEmpty());
    CHECK(result.values.caption == QStringLiteral("Lift-off"));
    CHECK(result.values.creator == QStringLiteral("Tim Kopra; Tim Peake"));
    CHECK(result.values.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(result.values.dateTaken == QStringLiteral("2016-03-31T16:23:57"));

    const QByteArray attributes =
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' "
        "xmlns:tiff='http://ns.adobe.com/tiff/1.0/' photoshop:Credit='Energia' photoshop:Headline='Progress MS-02' "
        "photoshop:DateCreated='2016-03-31T16:23:57+00:00' tiff:Orientation='6'/></rdf:RDF></x:xmpmeta>";
    const XmpPacketReader::Result flat = XmpPacketReader::read(attributes);
    CHECK(flat.values.credit == QStringLiteral("Energia"));
    CHECK(flat.values.headline == QStringLiteral("Progress MS-02"));
    CHECK(flat.values.dateTaken == QStringLiteral("2016-03-31T16:23:57+00:00"));
    CHECK(flat.values.orientation == 6);
}

TEST_CASE("the wire fields are read in element and attribute form", "[xmp][wire]")
{
    const QByteArray packet = PhotoFixture::xmpPacket({
        PhotoFixture::langAlt(QStringLiteral("dc:title"), {{QStringLiteral("de"), QStringLiteral("Rollout")},
                                                           {QStringLiteral("x-default"), QStringLiteral("Roll-out")}}),
        QStringLiteral("<dc:subject><rdf:Bag><rdf:li>Soyuz</rdf:li><rdf:li> </rdf:li><rdf:li> Baikonur "
                       "</rdf:li></rdf:Bag></dc:subject>"),
        PhotoFixture::langAlt(QStringLiteral("xmpRights:UsageTerms"),
                              {{QStringLiteral("x-default"), QStringLiteral("Editorial use only")}}),
        PhotoFixture::simpleProperty(QStringLiteral("photoshop:Instructions"), QStringLiteral("MANDATORY CREDIT")),
        PhotoFixture::simpleProperty(QStringLiteral("xmp:Rating"), QStringLiteral("3.0")), // Bridge's form
    });
    const XmpPacketReader::Result result = XmpPacketReader::read(packet);
    CHECK(result.problem.isEmpty());
    CHECK(result.values.title == QStringLiteral("Roll-out"));
    CHECK(result.values.keywords == QStringList{QStringLiteral("Soyuz"), QStringLiteral("Baikonur")});
    CHECK(result.values.usageTerms == QStringLiteral("Editorial use only"));
    CHECK(result.values.instructions == QStringLiteral("MANDATORY CREDIT"));
    CHECK(result.values.rating == QStringLiteral("3"));

    const QByteArray attributes =
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' "
        "xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/' xmlns:xmp='http://ns.adobe.com/xap/1.0/' "
        "photoshop:City='Baikonur' photoshop:State='Kyzylorda' photoshop:Country='Kazakhstan' "
        "photoshop:Source='Roscosmos' Iptc4xmpCore:Location='Site 31' Iptc4xmpCore:CountryCode='KZ' "
        "xmp:Rating='-1' xmp:Label='Red'/></rdf:RDF></x:xmpmeta>";
    const XmpPacketReader::Result flat = XmpPacketReader::read(attributes);
    CHECK(flat.problem.isEmpty());
    CHECK(flat.values.city == QStringLiteral("Baikonur"));
    CHECK(flat.values.state == QStringLiteral("Kyzylorda"));
    CHECK(flat.values.country == QStringLiteral("Kazakhstan"));
    CHECK(flat.values.source == QStringLiteral("Roscosmos"));
    CHECK(flat.values.sublocation == QStringLiteral("Site 31"));
    CHECK(flat.values.countryCode == QStringLiteral("KZ"));
    CHECK(flat.values.rating == QStringLiteral("-1"));
    CHECK(flat.values.label == QStringLiteral("Red"));
    // A keyword list is one text for the rules, joined by a separator no cleaned value holds.
    CHECK(result.values.text(MetadataField::Keywords) == QStringLiteral("Soyuz\x1F"
                                                                        "Baikonur"));
}

TEST_CASE("a rating that is not a whole number from -1 to 5 is none, with a warning", "[xmp][wire]")
{
    for (const QString &bad : {QStringLiteral("6"), QStringLiteral("-2"), QStringLiteral("2.5"), QStringLiteral("five"),
                               QStringLiteral("nan"), QStringLiteral("inf")}) {
        INFO(bad.toStdString());
        const XmpPacketReader::Result result = XmpPacketReader::read(
            PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(QStringLiteral("xmp:Rating"), bad)}));
        CHECK(result.values.rating.isNull());
        CHECK(result.problem == QStringLiteral("XMP rating %1 is not -1 to 5 and was ignored").arg(bad));
    }
    for (const auto &[good, value] : {std::pair{"0", "0"}, std::pair{"5", "5"}, std::pair{" 1 ", "1"}}) {
        const XmpPacketReader::Result result = XmpPacketReader::read(PhotoFixture::xmpPacket(
            {PhotoFixture::simpleProperty(QStringLiteral("xmp:Rating"), QString::fromLatin1(good))}));
        CHECK(result.values.rating == QLatin1String(value));
        CHECK(result.problem.isEmpty());
    }
}

TEST_CASE("only top-level properties count, and photoshop:DateCreated wins over exif:DateTimeOriginal", "[xmp]")
{
    const QByteArray packet = PhotoFixture::xmpPacket({
        QStringLiteral("   "
                       "<photoshop:SupplementalCategories><rdf:Bag><rdf:li>x</rdf:li></rdf:Bag></"
                       "photoshop:SupplementalCategories>\n"
                       "   <dc:subject rdf:parseType='Resource'><photoshop:Credit>nested, not the "
                       "credit</photoshop:Credit></dc:subject>\n"),
        PhotoFixture::simpleProperty(QStringLiteral("exif:DateTimeOriginal"), QStringLiteral("2016-03-31T10:00:00")),
        PhotoFixture::simpleProperty(QStringLiteral("photoshop:DateCreated"), QStringLiteral("2016-03-31")),
    });
    const XmpPacketReader::Result result = XmpPacketReader::read(packet);
    CHECK(result.values.credit.isNull());
    CHECK(result.values.dateTaken == QStringLiteral("2016-03-31"));
}

TEST_CASE("malformed and hostile XMP gives a problem, never a hang", "[xmp][bad]")
{
    CHECK_FALSE(XmpPacketReader::read("<x:xmpmeta><rdf:RDF><unclosed").problem.isEmpty());
    CHECK(XmpPacketReader::read("").values.isEmpty());
    // Billion laughs: QXmlStreamReader caps entity expansion.
    QByteArray laughs = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a0 'ha'>";
    for (int i = 1; i < 20; ++i)
        laughs += QByteArray("<!ENTITY a") + QByteArray::number(i) + " '" +
                  QByteArray("&a").append(QByteArray::number(i - 1)).append(';').repeated(10) + "'>";
    laughs += "]><x>&a19;</x>";
    const XmpPacketReader::Result result = XmpPacketReader::read(laughs);
    CHECK_FALSE(result.problem.isEmpty());
    CHECK(XmpPacketReader::read("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>").values.isEmpty());
    const QByteArray badOrientation =
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
        "xmlns:tiff='http://ns.adobe.com/tiff/1.0/' tiff:Orientation='9'/></rdf:RDF>";
    const XmpPacketReader::Result bad = XmpPacketReader::read(badOrientation);
    CHECK(bad.values.orientation == 0);
    CHECK(bad.problem.contains(QStringLiteral("orientation 9")));
}

TEST_CASE("XMP nested 100,000 deep is cut off with a problem, not a stack overflow", "[xmp][bad]")
{
    const QByteArray head =
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
        "xmlns:dc='http://purl.org/dc/elements/1.1/'><rdf:Description rdf:about=''>";
    const QByteArray credit = "<dc:rights><rdf:Alt><rdf:li xml:lang='x-default'>ESA</rdf:li></rdf:Alt></dc:rights>";
    // Inside a property (the rdf:li path), and around the properties (the packet walk).
    const QByteArray inProperty = head + credit + QByteArray("<dc:subject><rdf:Bag><rdf:li>").repeated(100000) +
                                  "deep" + QByteArray("</rdf:li></rdf:Bag></dc:subject>").repeated(100000) +
                                  "</rdf:Description></rdf:RDF></x:xmpmeta>";
    const XmpPacketReader::Result cut = XmpPacketReader::read(inProperty);
    CHECK(cut.problem.contains(QStringLiteral("deeper than")));
    CHECK(cut.values.copyright == QStringLiteral("ESA")); // what came before the nesting is kept
    const QByteArray around = QByteArray("<a>").repeated(100000) + head + credit;
    CHECK(XmpPacketReader::read(around).problem.contains(QStringLiteral("deeper than")));

    // Ordinary nesting still reads, nested element text included.
    const QByteArray nested = head +
                              "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>A <b>bold</b> caption</rdf:li>"
                              "</rdf:Alt></dc:description>" +
                              credit + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    const XmpPacketReader::Result ordinary = XmpPacketReader::read(nested);
    CHECK(ordinary.problem.isEmpty());
    CHECK(ordinary.values.caption == QStringLiteral("A bold caption"));
    CHECK(ordinary.values.copyright == QStringLiteral("ESA"));
}

TEST_CASE("Photo Mechanic's tag is read in any spelling of a Boolean, anything else ignored with a warning",
          "[xmp][culling]")
{
    const auto tagged = [](const QString &value) {
        return XmpPacketReader::read(PhotoFixture::xmpPacket(
            {QStringLiteral(
                 "   <photomechanic:Tagged xmlns:photomechanic=\"http://ns.camerabits.com/photomechanic/1.0/\">"
                 "%1</photomechanic:Tagged>\n")
                 .arg(value)}));
    };
    for (const auto &[spelling, value] :
         {std::pair{"True", "True"}, std::pair{"true", "True"}, std::pair{" yes ", "True"}, std::pair{"1", "True"},
          std::pair{"False", "False"}, std::pair{"no", "False"}}) {
        INFO(spelling);
        const XmpPacketReader::Result result = tagged(QString::fromLatin1(spelling));
        CHECK(result.values.tagged == QLatin1String(value));
        CHECK(result.values.text(MetadataField::Tagged) == QLatin1String(value));
        CHECK(result.problem.isEmpty());
    }
    const XmpPacketReader::Result bad = tagged(QStringLiteral("maybe"));
    CHECK(bad.values.tagged.isNull());
    CHECK(bad.problem == QStringLiteral("XMP tag maybe is not True or False and was ignored"));
    // Another namespace's Tagged is not Photo Mechanic's.
    const XmpPacketReader::Result other = XmpPacketReader::read(PhotoFixture::xmpPacket(
        {QStringLiteral("   <x1:Tagged xmlns:x1=\"http://example.com/other/\">True</x1:Tagged>\n")}));
    CHECK(other.values.tagged.isNull());
}
