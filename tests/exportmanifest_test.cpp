#include <catch2/catch.hpp>

#include "export/exportmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[export]")
{
    CHECK(ExportManifest::csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(ExportManifest::csvField(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(ExportManifest::csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(ExportManifest::csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
}

TEST_CASE("the manifests list each exported image with its fields, size and SHA-256", "[export]")
{
    ExportReport::Photo photo;
    photo.record.path = QStringLiteral("/src/a.jpg");
    photo.record.caption = QString::fromUtf8("Liftoff, \"at last\" \xE2\x80\x94 K\xC3\xB6ln");
    photo.record.credit = QStringLiteral("Energia");
    photo.record.creditSource = CreditSource::Caption;
    photo.outputs = {{ExportReport::Output::Kind::Original, QStringLiteral("/out/originals/a.jpg"), 10, "aa"},
                     {ExportReport::Output::Kind::Sidecar, QStringLiteral("/out/originals/a.xmp"), 3, "bb"},
                     {ExportReport::Output::Kind::Resized, QStringLiteral("/out/resized/a.jpg"), 5, "cc"}};
    const QDir out(QStringLiteral("/out"));

    const QByteArray csv = ExportManifest::csv({photo}, out);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "file,caption,credit,creditSource,creator,copyright,date,size,sha256,companion,"
                         "companionSize,companionSha256,creditLine,creditCorrectedFrom\r\n"));
    CHECK(csv.contains(QString::fromUtf8("originals/a.jpg,\"Liftoff, \"\"at last\"\" \xE2\x80\x94 "
                                         "K\xC3\xB6ln\",Energia,caption,,,,10,aa,,,,Credit: Energia,\r\n")
                           .toUtf8()));
    CHECK(csv.contains("resized/a.jpg,"));
    CHECK_FALSE(csv.contains("a.xmp"));

    const QJsonArray rows = QJsonDocument::fromJson(ExportManifest::json({photo}, out)).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject first = rows[0].toObject();
    CHECK(first.keys() ==
          QStringList({QStringLiteral("caption"), QStringLiteral("companion"), QStringLiteral("copyright"),
                       QStringLiteral("creator"), QStringLiteral("credit"), QStringLiteral("creditCorrectedFrom"),
                       QStringLiteral("creditLine"), QStringLiteral("creditSource"), QStringLiteral("date"),
                       QStringLiteral("file"), QStringLiteral("sha256"), QStringLiteral("size")}));
    CHECK(first[QStringLiteral("caption")].toString() == photo.record.caption);
    CHECK(first[QStringLiteral("creator")].isNull());
    CHECK(first[QStringLiteral("companion")].isNull());
    CHECK(first[QStringLiteral("creditCorrectedFrom")].isNull());
    CHECK(rows[1].toObject()[QStringLiteral("sha256")].toString() == QStringLiteral("cc"));
}

TEST_CASE("the manifests name the spelling an accepted alias corrected", "[export][alias]")
{
    ExportReport::Photo photo;
    photo.record.path = QStringLiteral("/src/a.jpg");
    photo.record.credit = QStringLiteral("NASA/Tim Kopra");
    photo.record.creditCorrectedFrom = QStringLiteral("NASA/Tim Copra");
    photo.outputs = {{ExportReport::Output::Kind::Original, QStringLiteral("/out/a.jpg"), 10, "aa"}};
    const QDir out(QStringLiteral("/out"));
    const QStringList lines =
        QString::fromUtf8(ExportManifest::csv({photo}, out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == QStringLiteral("a.jpg,,NASA/Tim Kopra,,,,,10,aa,,,,Credit: NASA/Tim Kopra,NASA/Tim Copra"));
    const QJsonArray rows = QJsonDocument::fromJson(ExportManifest::json({photo}, out)).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject()[QStringLiteral("creditCorrectedFrom")].toString() == QStringLiteral("NASA/Tim Copra"));
}

TEST_CASE("a RAW+JPEG pair is one row per image, naming the RAW exported with it", "[export][pairs]")
{
    ExportReport::Photo photo;
    photo.record.path = QStringLiteral("/src/IMG_1.JPG");
    photo.record.companionPath = QStringLiteral("/src/IMG_1.CR2");
    photo.record.credit = QStringLiteral("Reuters");
    photo.outputs = {{ExportReport::Output::Kind::Original, QStringLiteral("/out/originals/IMG_1.JPG"), 10, "aa"},
                     {ExportReport::Output::Kind::Companion, QStringLiteral("/out/originals/IMG_1.CR2"), 30, "dd"},
                     {ExportReport::Output::Kind::Resized, QStringLiteral("/out/resized/IMG_1.jpg"), 5, "cc"}};
    const QDir out(QStringLiteral("/out"));

    const QString csv = QString::fromUtf8(ExportManifest::csv({photo}, out));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // the header, the JPEG and its resized copy: the RAW is no row of its own
    CHECK(lines[1] ==
          QStringLiteral("originals/IMG_1.JPG,,Reuters,,,,,10,aa,originals/IMG_1.CR2,30,dd,Credit: Reuters,"));
    CHECK(lines[2] == QStringLiteral("resized/IMG_1.jpg,,Reuters,,,,,5,cc,originals/IMG_1.CR2,30,dd,Credit: Reuters,"));

    const QJsonArray rows = QJsonDocument::fromJson(ExportManifest::json({photo}, out)).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject companion = rows[0].toObject()[QStringLiteral("companion")].toObject();
    CHECK(companion[QStringLiteral("file")].toString() == QStringLiteral("originals/IMG_1.CR2"));
    CHECK(companion[QStringLiteral("size")].toInt() == 30);
    CHECK(companion[QStringLiteral("sha256")].toString() == QStringLiteral("dd"));
}

TEST_CASE("the manifests keep the credit as the files say it and add the credit line in the house style",
          "[export][style]")
{
    const HouseStyle house(CreditLineStyle(CreditLineStyle::Kind::PhotoPersonOrganisation),
                           CreditBook({{QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("NASA/JPL/MSSS")}}));
    QList<ExportReport::Photo> photos(3);
    photos[0].record.credit = QStringLiteral("NASA/Tim Kopra");
    photos[1].record.credit = QStringLiteral("NASA/JPL-Caltech/MSSS");
    photos[2].record.credit = QString();
    for (int i = 0; i < 3; ++i)
        photos[i].outputs = {{ExportReport::Output::Kind::Original, QStringLiteral("/out/%1.jpg").arg(i), 1, "aa"}};
    const QDir out(QStringLiteral("/out"));

    const QStringList lines = QString::fromUtf8(ExportManifest::csv(photos, out, house)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 4);
    CHECK(lines[1] == QStringLiteral("0.jpg,,NASA/Tim Kopra,,,,,1,aa,,,,\"Photo: Tim Kopra, NASA\","));
    CHECK(lines[2] == QStringLiteral("1.jpg,,NASA/JPL-Caltech/MSSS,,,,,1,aa,,,,Photo: NASA/JPL/MSSS,"));
    CHECK(lines[3] == QStringLiteral("2.jpg,,,,,,,1,aa,,,,,"));

    const QJsonArray rows = QJsonDocument::fromJson(ExportManifest::json(photos, out, house)).array();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].toObject()[QStringLiteral("credit")].toString() == QStringLiteral("NASA/Tim Kopra"));
    CHECK(rows[0].toObject()[QStringLiteral("creditLine")].toString() == QStringLiteral("Photo: Tim Kopra, NASA"));
    CHECK(rows[1].toObject()[QStringLiteral("credit")].toString() == QStringLiteral("NASA/JPL-Caltech/MSSS"));
    CHECK(rows[1].toObject()[QStringLiteral("creditLine")].toString() == QStringLiteral("Photo: NASA/JPL/MSSS"));
    CHECK(rows[2].toObject()[QStringLiteral("credit")].isNull());
    CHECK(rows[2].toObject()[QStringLiteral("creditLine")].isNull());
}
