// byline-cli set --template and --codes end to end: a desk's template and code list applied to three
// real JPEGs, re-read by Byline's reader and by ExifTool (which shares no code with Byline).
#include "support/photofixture.h"

#include "metadata/metadatareader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

const QString s_exiftool = QStringLiteral("/usr/bin/exiftool");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** A desk's folder of three photos, its template and code list, and private data and cache folders. */
struct Desk
{
    QTemporaryDir dir;
    QTemporaryDir home; // XDG_DATA_HOME (the originals kept for revert) and XDG_CACHE_HOME
    QStringList photos;
    QString templatePath;
    QString codesPath;

    Desk()
    {
        REQUIRE(dir.isValid());
        QDir(dir.path()).mkdir(QStringLiteral("baikonur"));
        photos = {
            shot(QStringLiteral("IMG_0001.jpg"), QStringLiteral("2016-03-31T16:23:57"), QStringLiteral("Liftoff.")),
            shot(QStringLiteral("IMG_0002.jpg"), QStringLiteral("2016-04-02T09:05:00"), QStringLiteral("Docking.")),
            shot(QStringLiteral("IMG_0003.jpg"), QString(), QStringLiteral("Crew portrait."))};
        templatePath = file(QStringLiteral("nasa-pool.json"), R"({
    "version": 1,
    "name": "NASA pool",
    "fields": {
        "credit": "=bi=",
        "creator": "=bi#2=",
        "caption": {"value": "Photo taken {date:%e %B %Y}. MANDATORY CREDIT: =bi=", "mode": "append"},
        "keywords": ["Soyuz", "{folder}"],
        "title": "{name}-{seq:03}",
        "copyright": "Public domain"
    }
})");
        codesPath = file(QStringLiteral("codes.txt"), "# the desk's codes\n"
                                                      "bi\tNASA/Bill Ingalls\tBill Ingalls\n"
                                                      "nk\tNASA/Tim Kopra\tTim Kopra\n");
    }

    QString shot(const QString &name, const QString &date, const QString &caption)
    {
        MetadataWrite spec;
        spec.iptc.caption = caption;
        spec.iptc.credit = QStringLiteral("NASA/Tim Copra");
        spec.iptc.dateTaken = date;
        spec.xmp = spec.iptc;
        spec.exif.dateTaken = date;
        return PhotoFixture::jpegWith(dir.filePath(QStringLiteral("baikonur/") + name), spec, {320, 240});
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        PhotoFixture::writeAll(dir.filePath(name), bytes);
        return dir.filePath(name);
    }

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BYLINE_CLI), QStringList{QStringLiteral("set")} + arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QList<QByteArray> bytes() const
    {
        QList<QByteArray> all;
        for (const QString &photo : photos)
            all.append(PhotoFixture::readAll(photo));
        return all;
    }
};

QJsonObject exiftool(const QString &path)
{
    QProcess process;
    process.start(s_exiftool, {QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1"),
                               QStringLiteral("-IPTC:all"), QStringLiteral("-XMP:all"), path});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
}

QString tag(const QJsonObject &tags, const char *name)
{
    const QJsonValue value = tags.value(QLatin1String(name));
    if (!value.isArray())
        return value.toVariant().toString();
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toVariant().toString());
    return items.join(QStringLiteral("; "));
}

} // namespace

TEST_CASE("template cli: a desk's template and codes on three JPEGs, previewed, then written", "[template][cli]")
{
    Desk desk;
    const QList<QByteArray> before = desk.bytes();
    const QStringList arguments = desk.photos + QStringList{QStringLiteral("--template"), desk.templatePath,
                                                            QStringLiteral("--codes"), desk.codesPath};

    const Run preview = desk.cli(arguments + QStringList{QStringLiteral("--dry-run")});
    INFO(preview.out.toStdString() << preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("  credit: \"NASA/Tim Copra\" -> \"NASA/Bill Ingalls\"")));
    CHECK(preview.out.contains(QStringLiteral("  title: (none) -> \"IMG_0002-002\"")));
    CHECK(preview.out.contains(QStringLiteral(
        "  caption: \"Liftoff.\" -> \"Liftoff. Photo taken 31 March 2016. MANDATORY CREDIT: NASA/Bill Ingalls\"")));
    // The photo without a date: its preview says why the caption is short.
    CHECK(preview.out.contains(QStringLiteral("  note: no date taken: {date:%e %B %Y} is empty")));
    CHECK(preview.out.count(QStringLiteral("note:")) == 1);
    CHECK(preview.out.contains(QStringLiteral("dry run: nothing was written")));
    CHECK(desk.bytes() == before);

    const Run written = desk.cli(arguments);
    INFO(written.out.toStdString() << written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.count(QStringLiteral("  written\n")) == 3);

    const QStringList captions{
        QStringLiteral("Liftoff. Photo taken 31 March 2016. MANDATORY CREDIT: NASA/Bill Ingalls"),
        QStringLiteral("Docking. Photo taken 2 April 2016. MANDATORY CREDIT: NASA/Bill Ingalls"),
        QStringLiteral("Crew portrait. Photo taken . MANDATORY CREDIT: NASA/Bill Ingalls")};
    for (int i = 0; i < 3; ++i) {
        INFO("photo " << i + 1);
        const PhotoRecord record = MetadataReader::read(desk.photos[i]);
        CHECK(record.credit == QStringLiteral("NASA/Bill Ingalls"));
        CHECK(record.creator == QStringLiteral("Bill Ingalls"));
        CHECK(record.copyright == QStringLiteral("Public domain"));
        CHECK(record.caption == captions[i]);
        CHECK(record.warnings.isEmpty());
    }

    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    for (int i = 0; i < 3; ++i) {
        INFO("photo " << i + 1);
        const QJsonObject tags = exiftool(desk.photos[i]);
        const QString title = QStringLiteral("IMG_000%1-00%1").arg(i + 1);
        CHECK(tag(tags, "IPTC:ObjectName") == title);
        CHECK(tag(tags, "XMP-dc:Title") == title);
        CHECK(tag(tags, "IPTC:Credit") == QStringLiteral("NASA/Bill Ingalls"));
        CHECK(tag(tags, "XMP-photoshop:Credit") == QStringLiteral("NASA/Bill Ingalls"));
        CHECK(tag(tags, "IPTC:By-line") == QStringLiteral("Bill Ingalls"));
        CHECK(tag(tags, "IPTC:Keywords") == QStringLiteral("Soyuz; baikonur"));
        CHECK(tag(tags, "XMP-dc:Subject") == QStringLiteral("Soyuz; baikonur"));
        CHECK(tag(tags, "IPTC:Caption-Abstract") == captions[i]);
    }
}

TEST_CASE("template cli: typed options apply after the template, and expand like it", "[template][cli]")
{
    Desk desk;
    const Run run =
        desk.cli({desk.photos[0], QStringLiteral("--template"), desk.templatePath, QStringLiteral("--codes"),
                  desk.codesPath, QStringLiteral("--credit"), QStringLiteral("=nk="), QStringLiteral("--keyword"),
                  QStringLiteral("{date:%Y}"), QStringLiteral("--headline"), QStringLiteral("{{seq}} is {seq}")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const PhotoRecord record = MetadataReader::read(desk.photos[0]);
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra")); // the typed credit replaced the template's
    CHECK(record.headline == QStringLiteral("{seq} is 1"));
    CHECK(record.creator == QStringLiteral("Bill Ingalls")); // the template's, untouched
    if (QFile::exists(s_exiftool))
        CHECK(tag(exiftool(desk.photos[0]), "XMP-dc:Subject") == QStringLiteral("Soyuz; baikonur; 2016"));
}

TEST_CASE("template cli: without --template or --codes, typed values are written as typed", "[template][cli]")
{
    Desk desk;
    const Run run = desk.cli({desk.photos[0], QStringLiteral("--headline"), QStringLiteral("{name} =bi= {{")});
    REQUIRE(run.exitCode == 0);
    CHECK(MetadataReader::read(desk.photos[0]).headline == QStringLiteral("{name} =bi= {{"));

    // --codes alone expands codes and variables in typed values.
    const Run coded = desk.cli({desk.photos[1], QStringLiteral("--codes"), desk.codesPath, QStringLiteral("--headline"),
                                QStringLiteral("{name} by =bi#2=")});
    INFO(coded.err.toStdString());
    REQUIRE(coded.exitCode == 0);
    CHECK(MetadataReader::read(desk.photos[1]).headline == QStringLiteral("IMG_0002 by Bill Ingalls"));
}

TEST_CASE("template cli: a bad template or code list is bad usage, and nothing is written", "[template][cli]")
{
    Desk desk;
    const QList<QByteArray> before = desk.bytes();
    const QString broken =
        desk.file(QStringLiteral("broken.json"), "{\n  \"fields\": {\n    \"credit\": \"x\",\n  }\n}\n");
    const Run badTemplate = desk.cli({desk.photos[0], QStringLiteral("--template"), broken});
    CHECK(badTemplate.exitCode == 2);
    CHECK(badTemplate.err.startsWith(QStringLiteral("byline-cli: --template ") + broken +
                                     QStringLiteral(": not valid JSON: line 4")));
    CHECK(badTemplate.err.count(u'\n') == 1);

    const QString unknown = desk.file(QStringLiteral("unknown.json"), R"({"fields": {"credti": "x"}})");
    CHECK(desk.cli({desk.photos[0], QStringLiteral("--template"), unknown})
              .err.contains(QStringLiteral("field \"credti\": unknown field")));
    const QString empty = desk.file(QStringLiteral("empty.json"), R"({"name": "nothing", "fields": {}})");
    CHECK(desk.cli({desk.photos[0], QStringLiteral("--template"), empty}).exitCode == 2);
    CHECK(desk.cli({desk.photos[0], QStringLiteral("--template"), desk.dir.filePath(QStringLiteral("none.json"))})
              .exitCode == 2);
    const QString jpegCodes = desk.photos[1];
    const Run badCodes = desk.cli(
        {desk.photos[0], QStringLiteral("--codes"), jpegCodes, QStringLiteral("--credit"), QStringLiteral("x")});
    CHECK(badCodes.exitCode == 2);
    CHECK(badCodes.err.contains(QStringLiteral("not a text file")));
    CHECK(desk.bytes() == before);
}

TEST_CASE("template cli: unknown codes and skipped lines are said on stderr, the rest is written", "[template][cli]")
{
    Desk desk;
    const QString codes = desk.file(QStringLiteral("codes2.txt"), "bi\tNASA/Bill Ingalls\nno tab\n");
    const Run run = desk.cli({desk.photos[0], QStringLiteral("--codes"), codes, QStringLiteral("--credit"),
                              QStringLiteral("=bi="), QStringLiteral("--source"), QStringLiteral("=zz=")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(codes + QStringLiteral(": line 2: no tab after \"no tab\"")));
    CHECK(run.err.contains(QStringLiteral("byline-cli: =zz= is no code in the list; it is left as written")));
    const PhotoRecord record = MetadataReader::read(desk.photos[0]);
    CHECK(record.credit == QStringLiteral("NASA/Bill Ingalls"));
}

TEST_CASE("template cli: a rating that comes out wrong fails that photo only", "[template][cli]")
{
    Desk desk;
    const QString rated =
        desk.file(QStringLiteral("rated.json"), R"({"fields": {"rating": "{seq}", "label": "Select"}})");
    const Run run = desk.cli(desk.photos + QStringList{QStringLiteral("--template"), rated});
    // Ratings 1, 2 and 3 are all valid; a sequence past 5 is not.
    REQUIRE(run.exitCode == 0);
    QStringList many;
    for (int i = 0; i < 6; ++i)
        many.append(desk.photos[i % 3]);
    const Run six = desk.cli(many + QStringList{QStringLiteral("--template"), rated, QStringLiteral("--dry-run")});
    CHECK(six.exitCode == 1);
    CHECK(six.err.contains(QStringLiteral(": not written: rating: a rating is a whole number")));
}
