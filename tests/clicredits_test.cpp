#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// byline-cli and the credit line grammar (docs/metadata.md, "Credit line grammar"): the agencies and
// photographer of `scan --json`, and `credits --tree`.

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every run gets a private cache folder, so the catalog never leaks between tests or into the user's.
Run cli(const QStringList &arguments)
{
    static QTemporaryDir s_cache;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), s_cache.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BYLINE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// The records of `scan --json`, by file name.
QHash<QString, QJsonObject> scanJson(const QString &folder)
{
    const Run run = cli({QStringLiteral("scan"), folder, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    QHash<QString, QJsonObject> records;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject record = value.toObject();
        records.insert(QFileInfo(record[QStringLiteral("path")].toString()).fileName(), record);
    }
    return records;
}

QStringList agenciesOf(const QJsonObject &record)
{
    REQUIRE(record[QStringLiteral("agencies")].isArray());
    QStringList agencies;
    for (const QJsonValue &agency : record[QStringLiteral("agencies")].toArray())
        agencies.append(agency.toString());
    return agencies;
}

QStringList linesOf(const Run &run)
{
    QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

/** A folder of photos credited the way wire services write it, in XMP (IPTC holds only 32 bytes). */
struct WireDesk
{
    QTemporaryDir dir;

    WireDesk()
    {
        REQUIRE(dir.isValid());
        const QList<std::pair<const char *, const char *>> photos = {
            {"vucci1.jpg", "AP Photo/Evan Vucci"},
            {"vucci2.jpg", "AP/Evan Vucci"},
            {"lamarque1.jpg", "REUTERS/Kevin Lamarque"},
            {"lamarque2.jpg", "Reuters/Kevin Lamarque"},
            {"handout.jpg", "Roscosmos/Handout via REUTERS"},
            {"watson.jpg", "Jim Watson/AFP via Getty Images"},
            {"afp.jpg", "AFP via Getty Images"},
            {"roscosmos.jpg", "\u00A9 2016 Roscosmos"},
            {"doe.jpg", "Photo by Jane Doe for The New York Times"},
            {"none.jpg", ""},
        };
        for (const auto &[name, credit] : photos) {
            MetadataWrite spec;
            spec.xmp.caption = QStringLiteral("On the pad.");
            spec.xmp.credit = QString::fromUtf8(credit);
            PhotoFixture::jpegWith(dir.filePath(QString::fromUtf8(name)), spec);
        }
    }
};

} // namespace

TEST_CASE("scan --json names each credit's agencies and photographer", "[cli][credits]")
{
    WireDesk desk;
    const QHash<QString, QJsonObject> records = scanJson(desk.dir.path());
    REQUIRE(records.size() == 10);
    const auto photographer = [&](const char *name) { return records[QString::fromUtf8(name)]["photographer"]; };
    const auto agencies = [&](const char *name) { return agenciesOf(records[QString::fromUtf8(name)]); };

    CHECK(agencies("vucci1.jpg") == QStringList{QStringLiteral("AP")});
    CHECK(photographer("vucci1.jpg").toString() == QStringLiteral("Evan Vucci"));
    CHECK(agencies("vucci2.jpg") == QStringList{QStringLiteral("AP")});
    CHECK(agencies("lamarque1.jpg") == QStringList{QStringLiteral("Reuters")});
    CHECK(photographer("lamarque1.jpg").toString() == QStringLiteral("Kevin Lamarque"));
    CHECK(agencies("handout.jpg") == QStringList({QStringLiteral("Roscosmos"), QStringLiteral("Reuters")}));
    CHECK(photographer("handout.jpg").isNull()); // a role is not a person
    CHECK(agencies("watson.jpg") == QStringList({QStringLiteral("AFP"), QStringLiteral("Getty Images")}));
    CHECK(photographer("watson.jpg").toString() == QStringLiteral("Jim Watson"));
    CHECK(agencies("afp.jpg") == QStringList({QStringLiteral("AFP"), QStringLiteral("Getty Images")}));
    CHECK(photographer("afp.jpg").isNull());
    CHECK(agencies("roscosmos.jpg") == QStringList{QStringLiteral("Roscosmos")});
    CHECK(photographer("roscosmos.jpg").isNull());
    CHECK(agencies("doe.jpg").isEmpty()); // the client after "for" is not an agency
    CHECK(photographer("doe.jpg").toString() == QStringLiteral("Jane Doe"));
    // The credit itself is printed as the file says it.
    CHECK(records[QStringLiteral("roscosmos.jpg")]["credit"].toString() == QStringLiteral("\u00A9 2016 Roscosmos"));
    CHECK(agencies("none.jpg").isEmpty());
    CHECK(photographer("none.jpg").isNull());
}

TEST_CASE("scan --json on the sample gallery: Energia is an agency, Kopra and Peake are people", "[cli][sample]")
{
    const QHash<QString, QJsonObject> records = scanJson(QStringLiteral(BYLINE_SAMPLE_DIR));
    REQUIRE(records.size() == 13);
    int energia = 0;
    for (const QJsonObject &record : records) {
        const QString credit = record[QStringLiteral("credit")].toString();
        INFO(credit.toStdString());
        if (credit == QLatin1String("Energia")) {
            ++energia;
            CHECK(agenciesOf(record) == QStringList{QStringLiteral("Energia")});
            CHECK(record[QStringLiteral("photographer")].isNull());
        } else if (credit == QLatin1String("NASA/ESA/Tim Peake")) {
            CHECK(agenciesOf(record) == QStringList({QStringLiteral("NASA"), QStringLiteral("ESA")}));
            CHECK(record[QStringLiteral("photographer")].toString() == QStringLiteral("Tim Peake"));
        } else {
            CHECK(agenciesOf(record) == QStringList{QStringLiteral("NASA")});
            CHECK(record[QStringLiteral("photographer")].toString().startsWith(QStringLiteral("Tim ")));
        }
    }
    CHECK(energia == 10);
}

TEST_CASE("credits --tree lists each agency with the people under it", "[cli][credits][sample]")
{
    const Run run = cli({QStringLiteral("credits"), QStringLiteral(BYLINE_SAMPLE_DIR), QStringLiteral("--tree")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(linesOf(run) ==
          QStringList({QStringLiteral("10  Energia  (4 inferred from captions)"),
                       QStringLiteral("3  NASA  (1 inferred from captions)"),
                       QStringLiteral("1    Tim Copra  (1 inferred from captions)"), QStringLiteral("1    Tim Kopra"),
                       QStringLiteral("1    Tim Peake"), QStringLiteral("1  ESA"), QStringLiteral("1    Tim Peake")}));
    // Without --tree, the credits as before.
    const Run flat = cli({QStringLiteral("credits"), QStringLiteral(BYLINE_SAMPLE_DIR)});
    CHECK(linesOf(flat).size() == 4);
}

TEST_CASE("credits --tree counts agencies under one spelling and people across credits", "[cli][credits]")
{
    WireDesk desk;
    const Run run = cli({QStringLiteral("credits"), QStringLiteral("--tree"), desk.dir.path()});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(linesOf(run) == QStringList({
                              QStringLiteral("3  Reuters"),
                              QStringLiteral("2    Kevin Lamarque"),
                              QStringLiteral("1    (Handout)"),
                              QStringLiteral("2  AFP"),
                              QStringLiteral("1    Jim Watson"),
                              QStringLiteral("1    (no person named)"),
                              QStringLiteral("2  AP"),
                              QStringLiteral("2    Evan Vucci"),
                              QStringLiteral("2  Getty Images"),
                              QStringLiteral("1    Jim Watson"),
                              QStringLiteral("1    (no person named)"),
                              QStringLiteral("2  Roscosmos"),
                              QStringLiteral("1    (Handout)"),
                              QStringLiteral("1    (no person named)"),
                              QStringLiteral("1  Photo by Jane Doe for The New York Times"),
                              QStringLiteral("1  (no credit)"),
                          }));
}
