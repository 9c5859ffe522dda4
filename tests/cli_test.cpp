#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/rawfixture.h"

#include "catalog/catalog.h"

#include <QDir>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

// byline-cli end to end, as a script would run it.

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every run gets a private cache folder, so the catalog never leaks between tests or into the user's.
Run cli(const QStringList &arguments, const QString &cacheHome = {})
{
    static QTemporaryDir s_cache;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.isEmpty() ? s_cache.path() : cacheHome);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BYLINE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonArray scanJson(const QString &folder)
{
    const Run run = cli({QStringLiteral("scan"), folder, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

int countWhere(const QJsonArray &records, const QString &credit, const QString &source)
{
    return int(std::count_if(records.begin(), records.end(), [&](const QJsonValue &value) {
        const QJsonObject record = value.toObject();
        return record[QStringLiteral("credit")].toString() == credit &&
               record[QStringLiteral("creditSource")].toString() == source;
    }));
}

// The options named in @p text: "--no-cache" anywhere, and with @p withShort also "-h" as a word of its
// own (not the "-cli" of "byline-cli", nor the "-r" of "jq -r" in an example, which is why it is optional).
QSet<QString> optionsIn(const QString &text, bool withShort)
{
    static const QRegularExpression s_long(QStringLiteral(R"((?<![\w-])--[A-Za-z][\w-]*)"));
    static const QRegularExpression s_short(QStringLiteral(R"((?<![\w-])-[A-Za-z](?![\w-]))"));
    QSet<QString> options;
    const auto collect = [&](const QRegularExpression &pattern) {
        for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
            options.insert(match.captured());
    };
    collect(s_long);
    if (withShort)
        collect(s_short);
    return options;
}

// The commands "--help" lists under "Commands:" (the lines indented by two spaces; deeper ones continue
// the line above), and every option it names.
QSet<QString> helpNames(const QString &help)
{
    QSet<QString> names;
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (line.startsWith(QLatin1String("Commands:")))
            inCommands = true;
        else if (line.trimmed().isEmpty())
            inCommands = false;
        else if (inCommands && line.startsWith(QLatin1String("  ")) && line.at(2).isLetter())
            names.insert(line.mid(2).section(u' ', 0, 0));
        names.unite(optionsIn(line, true));
    }
    return names;
}

// A roff line as the reader sees it, enough to find names: no comment, no font changes, "\-" as "-".
QString roffText(QString line)
{
    static const QRegularExpression s_escapes(QStringLiteral(R"(\\f(\[[^\]]*\]|\(..|.)|\\[&%|])"));
    if (const qsizetype comment = line.indexOf(QLatin1String(R"(\")")); comment >= 0)
        line.truncate(comment);
    return line.remove(s_escapes).replace(QLatin1String(R"(\-)"), QLatin1String("-"));
}

struct ManPageNames
{
    QSet<QString> entries;   // the tags of the .TP entries under COMMANDS and under every *OPTIONS section
    QSet<QString> mentioned; // every long option anywhere, examples and prose included
};

// Entries, not mentions, are what must match --help: the SYNOPSIS names every option too, so an option
// whose entry was deleted would still be mentioned.
ManPageNames manPageNames(const QString &roff)
{
    ManPageNames names;
    QString section;
    bool tagLine = false; // the line after .TP is the entry's tag
    for (const QString &line : roff.split(u'\n')) {
        const QString text = roffText(line);
        if (text.trimmed() == u'.')
            continue; // a comment line, which must not take the place of a tag
        if (line.startsWith(QLatin1String(".SH"))) {
            section = text.mid(3).remove(u'"').trimmed();
            tagLine = false;
            continue;
        }
        names.mentioned.unite(optionsIn(text, false));
        if (line.startsWith(QLatin1String(".TP"))) {
            tagLine = true;
            continue;
        }
        if (!tagLine)
            continue;
        tagLine = false;
        if (section == QLatin1String("COMMANDS")) {
            const QString tag = line.startsWith(u'.') ? text.section(u' ', 1) : text;
            names.entries.insert(tag.section(u' ', 0, 0).remove(u'"'));
        } else if (section.endsWith(QLatin1String("OPTIONS"))) {
            names.entries.unite(optionsIn(text, true));
        }
    }
    return names;
}

std::string sorted(const QSet<QString> &names)
{
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list.isEmpty() ? std::string("(none)") : list.join(u' ').toStdString();
}

} // namespace

TEST_CASE("scan --json on the sample gallery: 13 records with the seed's credits", "[cli][sample]")
{
    const QJsonArray records = scanJson(QStringLiteral(BYLINE_SAMPLE_DIR));
    REQUIRE(records.size() == 13);
    CHECK(countWhere(records, QStringLiteral("NASA/Tim Kopra"), QStringLiteral("embedded")) == 1);
    CHECK(countWhere(records, QStringLiteral("NASA/Tim Copra"), QStringLiteral("caption")) == 1);
    CHECK(countWhere(records, QStringLiteral("NASA/ESA/Tim Peake"), QStringLiteral("embedded")) == 1);
    CHECK(countWhere(records, QStringLiteral("Energia"), QStringLiteral("embedded")) == 6);
    CHECK(countWhere(records, QStringLiteral("Energia"), QStringLiteral("caption")) == 4);

    const QStringList keys = {"path",         "caption",    "credit",   "creditSource", "agencies",  "photographer",
                              "creator",      "copyright",  "headline", "dateTaken",    "title",     "source",
                              "instructions", "usageTerms", "keywords", "location",     "rating",    "label",
                              "tagged",       "width",      "height",   "orientation",  "format",    "cameraSerial",
                              "fileSize",     "error",      "warnings", "provenance",   "companion", "companionSize"};
    int portrait = 0;
    QString previousPath;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        CHECK(QStringList(record.keys()).size() == keys.size());
        for (const QString &key : keys)
            CHECK(record.contains(key));
        CHECK(record[QStringLiteral("error")].isNull());
        CHECK(record[QStringLiteral("format")].toString() == QStringLiteral("jpeg"));
        CHECK(record[QStringLiteral("dateTaken")].toString().startsWith(QStringLiteral("2016-03-31T")));
        CHECK(record[QStringLiteral("warnings")].toArray().isEmpty());
        CHECK(record[QStringLiteral("provenance")].toObject().contains(QStringLiteral("credit")));
        CHECK(record[QStringLiteral("companion")].isNull()); // no RAW in the sample gallery
        const QString path = record[QStringLiteral("path")].toString();
        CHECK(path > previousPath); // stable order: sorted by path
        previousPath = path;
        if (record[QStringLiteral("orientation")].toInt() == 6) {
            ++portrait;
            CHECK(record[QStringLiteral("height")].toInt() > record[QStringLiteral("width")].toInt());
        }
    }
    CHECK(portrait == 1);
}

TEST_CASE("credits lists each credit with its count, most frequent first", "[cli][sample]")
{
    const Run run = cli({QStringLiteral("credits"), QStringLiteral(BYLINE_SAMPLE_DIR)});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].simplified() == QStringLiteral("10 Energia (4 inferred from captions)"));
    CHECK(lines[1].simplified() == QStringLiteral("1 NASA/ESA/Tim Peake"));
    CHECK(lines[2].simplified() == QStringLiteral("1 NASA/Tim Copra (1 inferred from captions)"));
    CHECK(lines[3].simplified() == QStringLiteral("1 NASA/Tim Kopra"));
}

TEST_CASE("credits and export --credit group by the aliases accepted in the window", "[cli][catalog][sample]")
{
    // What the facet list's "Group" writes to the catalog: the misspelt caption credit counts as Kopra's.
    QTemporaryDir cache, out;
    REQUIRE(cache.isValid());
    REQUIRE(out.isValid());
    const QString sample = QFileInfo(QStringLiteral(BYLINE_SAMPLE_DIR)).absoluteFilePath();
    {
        REQUIRE(QDir().mkpath(cache.filePath(QStringLiteral("Byline/byline"))));
        Catalog catalog(cache.filePath(QStringLiteral("Byline/byline/catalog.sqlite")));
        REQUIRE(catalog.isOpen());
        REQUIRE(catalog.setAlias(sample, {QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra")}));
    }
    const Run credits = cli({QStringLiteral("credits"), sample}, cache.path());
    REQUIRE(credits.exitCode == 0);
    const QStringList lines = QString::fromUtf8(credits.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].simplified() == QStringLiteral("10 Energia (4 inferred from captions)"));
    CHECK(lines[1].simplified() == QStringLiteral("2 NASA/Tim Kopra (1 inferred from captions)"));
    CHECK(lines[2].simplified() == QStringLiteral("1 NASA/ESA/Tim Peake"));

    const QString destination = out.filePath(QStringLiteral("kopra"));
    const Run exported = cli({QStringLiteral("export"), sample, QStringLiteral("--to"), destination,
                              QStringLiteral("--credit"), QStringLiteral("NASA/Tim Kopra")},
                             cache.path());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    // The Copra photo's credit is only inferred from its caption: the gate names it and goes on.
    CHECK(exported.err.contains("iss-progress-63p-launch-from-baikonur.jpg"));
    CHECK(QDir(destination).entryList(QDir::Files).size() == 2);

    // --no-cache reads every file, but the folder's aliases still apply: the same filter takes the same two.
    const QString plain = out.filePath(QStringLiteral("plain"));
    REQUIRE(cli({QStringLiteral("export"), sample, QStringLiteral("--to"), plain, QStringLiteral("--credit"),
                 QStringLiteral("NASA/Tim Kopra"), QStringLiteral("--no-cache")},
                cache.path())
                .exitCode == 0);
    CHECK(QDir(plain).entryList(QDir::Files).size() == 2);
    const Run uncachedCredits = cli({QStringLiteral("credits"), sample, QStringLiteral("--no-cache")}, cache.path());
    CHECK(uncachedCredits.out == credits.out);
}

TEST_CASE("scan without --json prints a readable table, errors included", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("Lift-off. Photo credit: Energia");
    PhotoFixture::jpegWith(dir.filePath(QStringLiteral("good.jpg")), spec);
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("bad.jpg")), "plain text");
    const Run run = cli({QStringLiteral("scan"), dir.path()});
    REQUIRE(run.exitCode == 0); // files with errors are output, not failure
    const QString table = QString::fromUtf8(run.out);
    CHECK(table.contains(QStringLiteral("Energia *")));
    CHECK(table.contains(QStringLiteral("ERROR: not an image: the content is text")));
    CHECK(table.contains(QStringLiteral("2 files, 1 with errors")));
}

TEST_CASE("scan --recursive includes subfolders, absent values are null", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("sub/inner.jpg")));
    CHECK(scanJson(dir.path()).isEmpty());
    const Run run = cli({QStringLiteral("scan"), QStringLiteral("--recursive"), QStringLiteral("--json"), dir.path()});
    REQUIRE(run.exitCode == 0);
    const QJsonArray records = QJsonDocument::fromJson(run.out).array();
    REQUIRE(records.size() == 1);
    const QJsonObject record = records.first().toObject();
    CHECK(record[QStringLiteral("caption")].isNull());
    CHECK(record[QStringLiteral("credit")].isNull());
    CHECK(record[QStringLiteral("creditSource")].isNull());
    CHECK(record[QStringLiteral("orientation")].isNull());
    CHECK(record[QStringLiteral("width")].toInt() == 64);
}

TEST_CASE("scan --json gives the wire fields of IPTC-only, XMP-only and conflicting files", "[cli][wire]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MetadataWrite iptcOnly;
    iptcOnly.iptc.title = QStringLiteral("Rollout");
    iptcOnly.iptc.instructions = QStringLiteral("EMBARGOED until 16:23 GMT");
    iptcOnly.iptc.keywords = {QStringLiteral("Soyuz"), QStringLiteral("Baikonur")};
    iptcOnly.iptc.city = QStringLiteral("Baikonur");
    iptcOnly.iptc.countryCode = QStringLiteral("KAZ");
    iptcOnly.iptc.source = QStringLiteral("Roscosmos");
    PhotoFixture::jpegWith(dir.filePath(QStringLiteral("1-iptc.jpg")), iptcOnly);
    MetadataWrite xmpOnly;
    xmpOnly.xmp.usageTerms = QStringLiteral("Editorial use only");
    xmpOnly.xmp.sublocation = QStringLiteral("Site 31");
    xmpOnly.xmp.rating = QStringLiteral("-1");
    xmpOnly.xmp.label = QStringLiteral("Red");
    xmpOnly.xmp.tagged = QStringLiteral("True");
    PhotoFixture::jpegWith(dir.filePath(QStringLiteral("2-xmp.jpg")), xmpOnly);
    MetadataWrite conflicting; // a tool that does not know XMP changed the IPTC city: IPTC wins (rule 3)
    conflicting.iptc.city = QStringLiteral("Baikonur");
    conflicting.xmp.city = QStringLiteral("Moscow");
    conflicting.digest = MetadataWrite::Digest::Stale;
    PhotoFixture::jpegWith(dir.filePath(QStringLiteral("3-conflict.jpg")), conflicting);
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("4-none.jpg")));

    const QJsonArray records = scanJson(dir.path());
    REQUIRE(records.size() == 4);
    const QJsonObject iptc = records[0].toObject(), xmp = records[1].toObject(), conflict = records[2].toObject(),
                      none = records[3].toObject();
    CHECK(iptc[QStringLiteral("title")].toString() == QStringLiteral("Rollout"));
    CHECK(iptc[QStringLiteral("instructions")].toString() == QStringLiteral("EMBARGOED until 16:23 GMT"));
    CHECK(iptc[QStringLiteral("keywords")].toArray() ==
          QJsonArray{QStringLiteral("Soyuz"), QStringLiteral("Baikonur")});
    CHECK(iptc[QStringLiteral("source")].toString() == QStringLiteral("Roscosmos"));
    CHECK(iptc[QStringLiteral("location")].toObject() ==
          QJsonObject{{QStringLiteral("sublocation"), QJsonValue()},
                      {QStringLiteral("city"), QStringLiteral("Baikonur")},
                      {QStringLiteral("state"), QJsonValue()},
                      {QStringLiteral("country"), QJsonValue()},
                      {QStringLiteral("countryCode"), QStringLiteral("KAZ")}});
    CHECK(iptc[QStringLiteral("usageTerms")].isNull());
    CHECK(iptc[QStringLiteral("rating")].isNull());
    CHECK(iptc[QStringLiteral("label")].isNull());
    const QJsonObject iptcProvenance = iptc[QStringLiteral("provenance")].toObject();
    for (const char *field : {"title", "instructions", "keywords", "source", "city", "countryCode"}) {
        INFO(field);
        CHECK(iptcProvenance[QLatin1String(field)].toObject()[QStringLiteral("source")] == QStringLiteral("iptc"));
    }

    CHECK(xmp[QStringLiteral("usageTerms")].toString() == QStringLiteral("Editorial use only"));
    CHECK(xmp[QStringLiteral("location")].toObject()[QStringLiteral("sublocation")] == QStringLiteral("Site 31"));
    CHECK(xmp[QStringLiteral("location")].toObject()[QStringLiteral("city")].isNull());
    CHECK(xmp[QStringLiteral("rating")].toInt(99) == -1);
    CHECK(xmp[QStringLiteral("rating")].isDouble());
    CHECK(xmp[QStringLiteral("label")].toString() == QStringLiteral("Red"));
    CHECK(xmp[QStringLiteral("tagged")] == true);
    CHECK(iptc[QStringLiteral("tagged")].isNull()); // no store has a tag
    CHECK(none[QStringLiteral("tagged")].isNull());
    CHECK(xmp[QStringLiteral("keywords")].isNull());
    CHECK(xmp[QStringLiteral("title")].isNull());
    CHECK(xmp[QStringLiteral("provenance")].toObject()[QStringLiteral("rating")].toObject()[QStringLiteral("source")] ==
          QStringLiteral("xmp"));

    CHECK(conflict[QStringLiteral("location")].toObject()[QStringLiteral("city")] == QStringLiteral("Baikonur"));
    const QJsonObject city = conflict[QStringLiteral("provenance")].toObject()[QStringLiteral("city")].toObject();
    CHECK(city[QStringLiteral("source")] == QStringLiteral("iptc"));
    CHECK(city[QStringLiteral("conflict")] == true);
    CHECK(city[QStringLiteral("other")].toObject() == QJsonObject{{QStringLiteral("source"), QStringLiteral("xmp")},
                                                                  {QStringLiteral("value"), QStringLiteral("Moscow")}});

    for (const char *key :
         {"title", "source", "instructions", "usageTerms", "keywords", "location", "rating", "label"}) {
        INFO(key);
        CHECK(none.contains(QLatin1String(key)));
        CHECK(none[QLatin1String(key)].isNull());
    }
}

TEST_CASE("scan --json shows a RAW+JPEG pair as one record naming its companion, --no-pairs as two", "[cli][pairs]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MetadataWrite jpegMetadata;
    jpegMetadata.xmp.credit = QStringLiteral("Reuters");
    const QString jpeg = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("DSC_1.JPG")), jpegMetadata);
    RawFixture::Spec rawSpec;
    rawSpec.preview = QImage(320, 240, QImage::Format_RGB32);
    rawSpec.preview.fill(Qt::darkRed);
    rawSpec.caption = QStringLiteral("Crew at the pad");
    const QString nef = RawFixture::tiffRaw(dir.filePath(QStringLiteral("dsc_1.nef")), rawSpec);
    // The RAW's own sidecar (its long name, so the JPEG does not read it) credits it too.
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("dsc_1.nef.xmp")),
                           PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"),
                                                                                 QStringLiteral("Reuters"))}));

    const QJsonArray paired = scanJson(dir.path());
    REQUIRE(paired.size() == 1);
    const QJsonObject pair = paired.first().toObject();
    CHECK(pair[QStringLiteral("path")].toString() == jpeg);
    CHECK(pair[QStringLiteral("companion")].toString() == nef);
    CHECK(pair[QStringLiteral("companionSize")].toInteger() == QFileInfo(nef).size());
    CHECK(pair[QStringLiteral("format")].toString() == QStringLiteral("jpeg"));
    CHECK(pair[QStringLiteral("caption")].toString() == QStringLiteral("Crew at the pad"));
    CHECK(pair[QStringLiteral("provenance")][QStringLiteral("caption")][QStringLiteral("source")].toString() ==
          QStringLiteral("raw-companion"));
    CHECK(pair[QStringLiteral("credit")].toString() == QStringLiteral("Reuters"));

    const Run unpaired =
        cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json"), QStringLiteral("--no-pairs")});
    REQUIRE(unpaired.exitCode == 0);
    const QJsonArray two = QJsonDocument::fromJson(unpaired.out).array();
    REQUIRE(two.size() == 2);
    for (const QJsonValue &value : two)
        CHECK(value.toObject()[QStringLiteral("companion")].isNull());
    CHECK(two[0].toObject()[QStringLiteral("path")].toString() == jpeg);
    CHECK(two[0].toObject()[QStringLiteral("caption")].isNull());
    CHECK(two[1].toObject()[QStringLiteral("path")].toString() == nef);

    // The table shows the pair on one line, naming the RAW's extension.
    const Run table = cli({QStringLiteral("scan"), dir.path()});
    REQUIRE(table.exitCode == 0);
    CHECK(QString::fromUtf8(table.out).contains(QStringLiteral("DSC_1.JPG +nef ")));

    // One photo, one count: the credit of a pair is counted once.
    const auto creditsLine = [&](const QStringList &extra) {
        const Run run = cli(QStringList{QStringLiteral("credits"), dir.path()} + extra);
        REQUIRE(run.exitCode == 0);
        return QString::fromUtf8(run.out).simplified();
    };
    CHECK(creditsLine({}) == QStringLiteral("1 Reuters"));
    CHECK(creditsLine({QStringLiteral("--no-pairs")}) == QStringLiteral("2 Reuters"));
}

TEST_CASE("bad usage and missing folders exit 2 with one line on stderr", "[cli]")
{
    for (const QStringList &arguments :
         QList<QStringList>{{},
                            {QStringLiteral("frobnicate"), QStringLiteral("/tmp")},
                            {QStringLiteral("scan")},
                            {QStringLiteral("scan"), QStringLiteral("/nonexistent/folder")},
                            {QStringLiteral("scan"), QStringLiteral("/tmp"), QStringLiteral("--bogus")}}) {
        const Run run = cli(arguments);
        INFO(arguments.join(u' ').toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count('\n') == 1);
    }
    const Run photo = cli({QStringLiteral("scan"), QStringLiteral(BYLINE_SAMPLE_DIR "/README.md")});
    CHECK(photo.exitCode == 2);
    CHECK(photo.err.contains("is a file, not a folder; give the folder that holds it: " BYLINE_SAMPLE_DIR));
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("scan DIR"));
}

TEST_CASE("alias corrects a credit for scan, credits and export, lists and removes it", "[cli][catalog][alias]")
{
    // Issue 19: the window's Group, from a script, through the same catalog.
    QTemporaryDir cache, out;
    REQUIRE(cache.isValid());
    REQUIRE(out.isValid());
    GalleryFolder folder;
    folder.add({QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia"), QStringLiteral("NASA/Tim Kopra")});
    folder.add({QStringLiteral("copra.jpg"), QStringLiteral("Amazing to watch"), QStringLiteral("NASA/Tim Copra"),
                FixturePhoto::CreditIn::Caption});
    folder.add({QStringLiteral("copra-iptc.jpg"), QStringLiteral("Supplies to the ISS"),
                QStringLiteral("NASA/Tim Copra"), FixturePhoto::CreditIn::Iptc});
    const QString dir = folder.path();
    const auto run = [&](const QStringList &arguments) { return cli(arguments, cache.path()); };
    const auto records = [&] {
        const Run scan = run({QStringLiteral("scan"), dir, QStringLiteral("--json")});
        REQUIRE(scan.exitCode == 0);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &value : QJsonDocument::fromJson(scan.out).array())
            byName.insert(QFileInfo(value[QStringLiteral("path")].toString()).fileName(), value.toObject());
        return byName;
    };
    REQUIRE(run({QStringLiteral("scan"), dir}).exitCode == 0); // catalogued before the alias, as in real use
    const Run none = run({QStringLiteral("alias"), dir, QStringLiteral("--list")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());

    const Run grouped =
        run({QStringLiteral("alias"), dir, QStringLiteral("NASA/Tim Copra"), QStringLiteral("NASA/Tim Kopra")});
    INFO(grouped.err.toStdString());
    REQUIRE(grouped.exitCode == 0);
    CHECK(run({QStringLiteral("alias"), dir, QStringLiteral("--list")}).out == "NASA/Tim Copra -> NASA/Tim Kopra\n");

    QHash<QString, QJsonObject> json = records();
    for (const QString &name : {QStringLiteral("copra.jpg"), QStringLiteral("copra-iptc.jpg")}) {
        INFO(name.toStdString());
        CHECK(json[name][QStringLiteral("credit")].toString() == QStringLiteral("NASA/Tim Kopra"));
        CHECK(json[name][QStringLiteral("photographer")].toString() == QStringLiteral("Tim Kopra"));
        CHECK(json[name][QStringLiteral("provenance")][QStringLiteral("credit")][QStringLiteral("correctedFrom")]
                  .toString() == QStringLiteral("NASA/Tim Copra"));
    }
    CHECK(json[QStringLiteral("copra.jpg")][QStringLiteral("caption")].toString() ==
          QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra"));
    CHECK(json[QStringLiteral("copra.jpg")][QStringLiteral("creditSource")].toString() == QStringLiteral("caption"));
    CHECK_FALSE(
        json[QStringLiteral("kopra.jpg")][QStringLiteral("provenance")][QStringLiteral("credit")].toObject().contains(
            QStringLiteral("correctedFrom")));
    const Run table = run({QStringLiteral("scan"), dir});
    CHECK(table.out.contains("NASA/Tim Kopra"));
    CHECK_FALSE(table.out.contains("Copra"));
    const Run credits = run({QStringLiteral("credits"), dir});
    CHECK(QString::fromUtf8(credits.out).simplified() == QStringLiteral("3 NASA/Tim Kopra (1 inferred from captions)"));

    // An export's sheet and copies carry the corrected credit.
    const QString destination = out.filePath(QStringLiteral("web"));
    const Run exported = run({QStringLiteral("export"), dir, QStringLiteral("--to"), destination,
                              QStringLiteral("--credit"), QStringLiteral("NASA/Tim Copra"), QStringLiteral("--resize"),
                              QStringLiteral("32"), QStringLiteral("--sheet")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile sheet(destination + QStringLiteral("/index.html"));
    REQUIRE(sheet.open(QIODevice::ReadOnly));
    const QByteArray html = sheet.readAll();
    CHECK(html.count("Credit: NASA/Tim Kopra") >= 3);
    CHECK_FALSE(html.contains("Copra"));

    // Turned round: grouping Kopra under Copra replaces the alias the other way.
    REQUIRE(run({QStringLiteral("alias"), dir, QStringLiteral("nasa/tim kopra"), QStringLiteral("NASA/Tim Copra")})
                .exitCode == 0);
    CHECK(run({QStringLiteral("alias"), dir, QStringLiteral("--list")}).out == "nasa/tim kopra -> NASA/Tim Copra\n");
    CHECK(records()[QStringLiteral("kopra.jpg")][QStringLiteral("credit")].toString() ==
          QStringLiteral("NASA/Tim Copra"));

    // Removed by any spelling of it: the files' spellings again.
    const Run removed =
        run({QStringLiteral("alias"), dir, QStringLiteral("--remove"), QStringLiteral("NASA / Tim KOPRA")});
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(run({QStringLiteral("alias"), dir, QStringLiteral("--list")}).out.isEmpty());
    json = records();
    CHECK(json[QStringLiteral("copra.jpg")][QStringLiteral("credit")].toString() == QStringLiteral("NASA/Tim Copra"));
    CHECK(json[QStringLiteral("kopra.jpg")][QStringLiteral("credit")].toString() == QStringLiteral("NASA/Tim Kopra"));
    CHECK_FALSE(
        json[QStringLiteral("copra.jpg")][QStringLiteral("provenance")][QStringLiteral("credit")].toObject().contains(
            QStringLiteral("correctedFrom")));

    // Nothing to remove, one credit twice: failures (1). Bad usage: 2, one line on stderr.
    const Run again = run({QStringLiteral("alias"), dir, QStringLiteral("--remove"), QStringLiteral("NASA/Tim Kopra")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("is not grouped"));
    CHECK(run({QStringLiteral("alias"), dir, QStringLiteral("Energia"), QStringLiteral("ENERGIA.")}).exitCode == 1);
    for (const QStringList &arguments : QList<QStringList>{
             {QStringLiteral("alias"), dir},
             {QStringLiteral("alias"), dir, QStringLiteral("NASA/Tim Copra")},
             {QStringLiteral("alias"), dir, QStringLiteral("--list"), QStringLiteral("--remove"), QStringLiteral("X")},
             {QStringLiteral("alias"), dir, QStringLiteral(" "), QStringLiteral("NASA")},
             {QStringLiteral("alias"), QStringLiteral("/nonexistent/folder"), QStringLiteral("--list")}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run bad = run(arguments);
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.count('\n') == 1);
    }
}

TEST_CASE("the table shows control characters from files instead of sending them to the terminal", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MetadataWrite spec;
    spec.iptc.caption =
        QStringLiteral("Clear screen \x1B[2J and bell \x07 here"); // IIM keeps control bytes; XML would not
    PhotoFixture::jpegWith(dir.filePath(QStringLiteral("escape.jpg")), spec);
    const Run run = cli({QStringLiteral("scan"), dir.path()});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains('\x1B'));
    CHECK_FALSE(run.out.contains('\x07'));
    INFO(run.out.toStdString());
    // The reader takes a control character inside a value for a space (docs/metadata.md, "Text handling").
    CHECK(QString::fromUtf8(run.out).contains(QStringLiteral("Clear screen [2J and bell here")));
}

TEST_CASE("every command answers --help", "[cli]")
{
    for (const QString &command : {QStringLiteral("scan"), QStringLiteral("credits"), QStringLiteral("alias")}) {
        const Run run = cli({command, QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains("Usage: byline-cli"));
    }
}

TEST_CASE("the man page documents every command and option of --help, and nothing else", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QSet<QString> fromHelp = helpNames(QString::fromUtf8(help.out));
    // Two empty sets would be equal: the parsing must find what is known to be there.
    for (const char *known : {"scan", "credits", "export", "read-worker", "--json", "--to", "--version", "-h"}) {
        INFO("--help as parsed: " << sorted(fromHelp));
        REQUIRE(fromHelp.contains(QString::fromLatin1(known)));
    }

    QFile file(QStringLiteral(BYLINE_MAN_PAGE));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const ManPageNames manPage = manPageNames(QString::fromUtf8(file.readAll()));
    {
        INFO("in --help without an entry in " BYLINE_MAN_PAGE ": " << sorted(fromHelp - manPage.entries));
        INFO("with an entry in " BYLINE_MAN_PAGE " but not in --help: " << sorted(manPage.entries - fromHelp));
        CHECK(manPage.entries == fromHelp);
    }
    {
        INFO("named in " BYLINE_MAN_PAGE " but not in --help: " << sorted(manPage.mentioned - fromHelp));
        CHECK((manPage.mentioned - fromHelp).isEmpty());
    }
}

TEST_CASE("scan uses the catalog, and --no-cache bypasses it", "[cli][catalog]")
{
    QTemporaryDir dir, cache;
    REQUIRE(dir.isValid());
    REQUIRE(cache.isValid());
    MetadataWrite spec;
    spec.xmp.credit = QStringLiteral("Energia");
    const QString photo = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("a.jpg")), spec);
    const auto setMtime = [&photo] {
        QFile file(photo);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime(QDate(2016, 3, 31), QTime(16, 23, 57), Qt::UTC),
                                 QFileDevice::FileModificationTime));
    };
    setMtime();
    const QStringList scan = {QStringLiteral("scan"), QStringLiteral("--json"), dir.path()};
    REQUIRE(cli(scan, cache.path()).exitCode == 0);
    CHECK(QFileInfo::exists(cache.filePath(QStringLiteral("Byline/byline/catalog.sqlite"))));

    {
        // The catalog holds the record, keyed by the file's change stamp.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-test"));
        db.setDatabaseName(cache.filePath(QStringLiteral("Byline/byline/catalog.sqlite")));
        REQUIRE(db.open());
        QSqlQuery query(QStringLiteral("SELECT count(*) FROM photos WHERE path = '%1'").arg(photo), db);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-test"));

    // Change the credit in place, keeping size and mtime (an editor that sets the time back): the change
    // time and the inode still tell, so the catalog never serves the old credit.
    QByteArray bytes = PhotoFixture::readAll(photo);
    REQUIRE(bytes.count("Energia") == 1);
    bytes.replace("Energia", "Roscosm");
    PhotoFixture::writeAll(photo, bytes);
    setMtime();
    CHECK(cli(scan, cache.path()).out.contains("\"credit\": \"Roscosm\""));
    // --no-cache neither reads nor writes a catalog.
    QTemporaryDir noCache;
    REQUIRE(noCache.isValid());
    CHECK(
        cli(scan + QStringList{QStringLiteral("--no-cache")}, noCache.path()).out.contains("\"credit\": \"Roscosm\""));
    CHECK_FALSE(QFileInfo::exists(noCache.filePath(QStringLiteral("Byline/byline/catalog.sqlite"))));
}

TEST_CASE("processes scanning one folder at once share the catalog without damaging it", "[cli][catalog]")
{
    // What a second `byline FOLDER` does while the first is still scanning: both write the same catalog.
    QTemporaryDir cache;
    REQUIRE(cache.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    const QStringList arguments{QStringLiteral("scan"), QStringLiteral(BYLINE_SAMPLE_DIR), QStringLiteral("--json")};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 3; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->setProcessEnvironment(environment);
        processes.back()->start(QStringLiteral(BYLINE_CLI), arguments);
    }
    const Run reference = cli({QStringLiteral("scan"), QStringLiteral(BYLINE_SAMPLE_DIR), QStringLiteral("--json"),
                               QStringLiteral("--no-cache")});
    REQUIRE(reference.exitCode == 0);
    for (const auto &process : processes) {
        REQUIRE(process->waitForFinished(60000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitCode() == 0);
        CHECK(process->readAllStandardOutput() == reference.out);
    }
    // The catalog is whole: nothing was moved aside as broken, and a later run reads it back the same.
    const Run after = cli(arguments, cache.path());
    CHECK(after.exitCode == 0);
    CHECK(after.out == reference.out);
    QStringList broken;
    QDirIterator it(cache.path(), {QStringLiteral("catalog.sqlite.broken*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        broken.append(it.next());
    CHECK(broken.isEmpty());
    CHECK(QDirIterator(cache.path(), {QStringLiteral("catalog.sqlite")}, QDir::Files, QDirIterator::Subdirectories)
              .hasNext());
}

TEST_CASE("set prints each change, writes, and scan shows it; --dry-run writes nothing", "[cli][set]")
{
    QTemporaryDir dir;
    MetadataWrite spec;
    spec.iptc.caption = QStringLiteral("Liftoff.");
    spec.iptc.credit = QStringLiteral("NASA/Tim Copra");
    spec.xmp = spec.iptc;
    const QString a = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("a.jpg")), spec);
    const QString b = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("b.jpg")), spec);
    const QByteArray before = PhotoFixture::readAll(a);

    const Run dry = cli({QStringLiteral("set"), a, QStringLiteral("--credit"), QStringLiteral("NASA/Tim Kopra"),
                         QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains("credit: \"NASA/Tim Copra\" -> \"NASA/Tim Kopra\""));
    CHECK(dry.out.contains("dry run: nothing was written"));
    CHECK(PhotoFixture::readAll(a) == before);

    const Run run = cli({QStringLiteral("set"), a, b, QStringLiteral("--credit"), QStringLiteral("NASA/Tim Kopra"),
                         QStringLiteral("--append-caption"), QStringLiteral("MANDATORY CREDIT")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.count("written") == 2);
    CHECK(run.out.contains("caption: \"Liftoff.\" -> \"Liftoff. MANDATORY CREDIT\""));
    const QJsonArray records = scanJson(dir.path());
    REQUIRE(records.size() == 2);
    for (const QJsonValue &record : records) {
        CHECK(record[QStringLiteral("credit")].toString() == QStringLiteral("NASA/Tim Kopra"));
        CHECK(record[QStringLiteral("caption")].toString() == QStringLiteral("Liftoff. MANDATORY CREDIT"));
    }

    // Photo Mechanic's tag, given as yes, is written as XMP's True and read back; no, as False.
    const Run tag = cli({QStringLiteral("set"), b, QStringLiteral("--tagged"), QStringLiteral("yes")});
    INFO(tag.out.toStdString() << tag.err.toStdString());
    CHECK(tag.exitCode == 0);
    CHECK(tag.out.contains("tagged: (none) -> \"True\""));
    CHECK(scanJson(dir.path())[1][QStringLiteral("tagged")] == true);
    CHECK(cli({QStringLiteral("set"), b, QStringLiteral("--tagged"), QStringLiteral("no")}).exitCode == 0);
    CHECK(scanJson(dir.path())[1][QStringLiteral("tagged")] == false);

    // The same again changes nothing and still succeeds.
    const Run again = cli({QStringLiteral("set"), a, QStringLiteral("--credit"), QStringLiteral("NASA/Tim Kopra")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("unchanged"));

    const Run revert = cli({QStringLiteral("revert"), a});
    INFO(revert.err.toStdString());
    CHECK(revert.exitCode == 0);
    CHECK(PhotoFixture::readAll(a) == before);
}

TEST_CASE("set and revert exit 1 for files they could not write, 2 for bad usage", "[cli][set]")
{
    QTemporaryDir dir;
    const QString photo = PhotoFixture::jpeg(dir.filePath(QStringLiteral("a.jpg")));
    const QString text = dir.filePath(QStringLiteral("notes.jpg"));
    PhotoFixture::writeAll(text, QByteArrayLiteral("not a photo at all"));

    const Run some = cli({QStringLiteral("set"), photo, text, dir.filePath(QStringLiteral("gone.jpg")),
                          QStringLiteral("--credit"), QStringLiteral("ESA")});
    INFO(some.out.toStdString() << some.err.toStdString());
    CHECK(some.exitCode == 1);
    CHECK(some.err.contains("notes.jpg: not written"));
    CHECK(some.err.contains("gone.jpg: not written: no such file"));
    CHECK(some.out.contains("written"));
    CHECK(PhotoFixture::readAll(text) == QByteArrayLiteral("not a photo at all"));

    CHECK(cli({QStringLiteral("set"), photo}).exitCode == 2);                                           // no field
    CHECK(cli({QStringLiteral("set"), QStringLiteral("--credit"), QStringLiteral("X")}).exitCode == 2); // no photo
    CHECK(cli({QStringLiteral("set"), photo, QStringLiteral("--rating"), QStringLiteral("9")}).exitCode == 2);
    CHECK(cli({QStringLiteral("set"), photo, QStringLiteral("--tagged"), QStringLiteral("maybe")}).exitCode == 2);
    CHECK(cli({QStringLiteral("set"), photo, QStringLiteral("--bogus"), QStringLiteral("X")}).exitCode == 2);
    CHECK(cli({QStringLiteral("revert"), text}).exitCode == 1); // nothing kept for it
}
