// byline-cli sweep end to end (docs/user-guide.md, "Credit sweep"): a desk's folder of real JPEGs, an
// alias accepted with byline-cli alias, previewed with --dry-run, swept, swept again, then read back by
// byline-cli scan and by ExifTool (which shares no code with Byline).
#include "support/photofixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

/** A folder of photos, with private catalog (XDG_CACHE_HOME) and originals (XDG_DATA_HOME) folders. */
struct Desk
{
    QTemporaryDir dir;
    QTemporaryDir home;

    Desk()
    {
        REQUIRE(dir.isValid());
        REQUIRE(home.isValid());
    }

    // A JPEG whose caption and credit are in IPTC and XMP alike, as a desk's tools write them.
    QString photo(const QString &name, const QString &caption, const QString &credit = {})
    {
        MetadataWrite spec;
        spec.iptc.caption = caption;
        spec.iptc.credit = credit;
        spec.xmp = spec.iptc;
        return PhotoFixture::jpegWith(dir.filePath(name), spec, {32, 24});
    }

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BYLINE_CLI), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run sweep(const QStringList &options = {}) const
    {
        return cli(QStringList{QStringLiteral("sweep"), dir.path()} + options);
    }

    QHash<QString, QJsonObject> scan() const
    {
        const Run run = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            byName.insert(QFileInfo(value[QStringLiteral("path")].toString()).fileName(), value.toObject());
        return byName;
    }

    QHash<QString, QByteArray> bytes() const
    {
        QHash<QString, QByteArray> all;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            all.insert(name, PhotoFixture::readAll(dir.filePath(name)));
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
    return tags.value(QLatin1String(name)).toVariant().toString();
}

} // namespace

TEST_CASE("sweep cli: previewed, written, then nothing to do, and scan and ExifTool read the credits", "[sweep][cli]")
{
    Desk desk;
    desk.photo(QStringLiteral("rollout.jpg"), QStringLiteral("Rollout to the pad. Credit: Energia"));
    desk.photo(QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia."), QStringLiteral("NASA/Tim Kopra"));
    desk.photo(QStringLiteral("copra.jpg"), QStringLiteral("Supplies to the ISS."), QStringLiteral("NASA/Tim Copra"));
    desk.photo(QStringLiteral("watch.jpg"), QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"));
    desk.photo(QStringLiteral("bare.jpg"), QStringLiteral("Crew portrait."));
    const QHash<QString, QByteArray> before = desk.bytes();

    // The alias, as a desk accepts it from a script; the files are not changed by it.
    const Run alias = desk.cli(
        {QStringLiteral("alias"), desk.dir.path(), QStringLiteral("NASA/Tim Copra"), QStringLiteral("NASA/Tim Kopra")});
    INFO(alias.err.toStdString());
    REQUIRE(alias.exitCode == 0);

    const Run dry = desk.sweep({QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(
        desk.dir.filePath(QStringLiteral("rollout.jpg")) +
        QStringLiteral("\n  credit: (none) (inferred from the caption: \"Energia\") -> \"Energia\"\n")));
    CHECK(dry.out.contains(desk.dir.filePath(QStringLiteral("copra.jpg")) +
                           QStringLiteral("\n  credit: \"NASA/Tim Copra\" -> \"NASA/Tim Kopra\"\n")));
    CHECK(dry.out.contains(
        desk.dir.filePath(QStringLiteral("watch.jpg")) +
        QStringLiteral("\n  credit: (none) (inferred from the caption: \"NASA/Tim Copra\") -> \"NASA/Tim Kopra\"\n"
                       "  caption: \"Amazing to watch. Credit: NASA/Tim Copra\" -> "
                       "\"Amazing to watch. Credit: NASA/Tim Kopra\"\n")));
    CHECK(dry.out.contains(desk.dir.filePath(QStringLiteral("bare.jpg")) +
                           QStringLiteral("\n  note: no credit in its fields or its caption\n")));
    CHECK_FALSE(dry.out.contains(QStringLiteral("kopra.jpg"))); // already right: not listed, counted
    CHECK(dry.out.contains(
        QStringLiteral("sweep: 2 from captions, 1 corrected by an alias, 1 already right, 1 without a credit\n")));
    CHECK(dry.out.endsWith(QStringLiteral("dry run: nothing was written\n")));
    CHECK_FALSE(dry.out.contains(QStringLiteral("  written")));
    CHECK(desk.bytes() == before);

    const Run written = desk.sweep();
    INFO(written.out.toStdString() << written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.count(QStringLiteral("  written\n")) == 3);
    CHECK(written.err.isEmpty());

    const Run again = desk.sweep();
    INFO(again.out.toStdString() << again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("written")));
    CHECK(again.out.contains(
        QStringLiteral("sweep: 0 from captions, 0 corrected by an alias, 4 already right, 1 without a credit\n")));

    // Byline reads every credit from the files now, with the accepted spelling: nothing left to correct.
    const QHash<QString, QJsonObject> records = desk.scan();
    const QHash<QString, QString> credits{{QStringLiteral("rollout.jpg"), QStringLiteral("Energia")},
                                          {QStringLiteral("kopra.jpg"), QStringLiteral("NASA/Tim Kopra")},
                                          {QStringLiteral("copra.jpg"), QStringLiteral("NASA/Tim Kopra")},
                                          {QStringLiteral("watch.jpg"), QStringLiteral("NASA/Tim Kopra")}};
    for (auto it = credits.cbegin(); it != credits.cend(); ++it) {
        INFO(it.key().toStdString());
        const QJsonObject record = records.value(it.key());
        CHECK(record[QStringLiteral("credit")].toString() == it.value());
        CHECK(record[QStringLiteral("creditSource")].toString() == QStringLiteral("embedded"));
        CHECK_FALSE(record[QStringLiteral("provenance")][QStringLiteral("credit")].toObject().contains(
            QStringLiteral("correctedFrom")));
        CHECK_FALSE(
            record[QStringLiteral("provenance")][QStringLiteral("credit")][QStringLiteral("conflict")].toBool());
    }
    // Captions keep their credit lines (the desk did not ask to strip them); the alias's is respelled.
    CHECK(records[QStringLiteral("rollout.jpg")][QStringLiteral("caption")].toString() ==
          QStringLiteral("Rollout to the pad. Credit: Energia"));
    CHECK(records[QStringLiteral("watch.jpg")][QStringLiteral("caption")].toString() ==
          QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra"));
    CHECK(records[QStringLiteral("bare.jpg")][QStringLiteral("creditSource")].isNull());
    CHECK(PhotoFixture::readAll(desk.dir.filePath(QStringLiteral("kopra.jpg"))) == before[QStringLiteral("kopra.jpg")]);
    CHECK(PhotoFixture::readAll(desk.dir.filePath(QStringLiteral("bare.jpg"))) == before[QStringLiteral("bare.jpg")]);

    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    for (const QString &name :
         {QStringLiteral("rollout.jpg"), QStringLiteral("copra.jpg"), QStringLiteral("watch.jpg")}) {
        INFO(name.toStdString());
        const QJsonObject tags = exiftool(desk.dir.filePath(name));
        CHECK(tag(tags, "IPTC:Credit") == credits[name]);
        CHECK(tag(tags, "XMP-photoshop:Credit") == credits[name]);
    }
    const QJsonObject watch = exiftool(desk.dir.filePath(QStringLiteral("watch.jpg")));
    CHECK(tag(watch, "IPTC:Caption-Abstract") == QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra"));
    CHECK(tag(watch, "XMP-dc:Description") == QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra"));
}

TEST_CASE("sweep cli: --strip-caption-credit moves the line, --sidecar leaves the photos as they are", "[sweep][cli]")
{
    Desk desk;
    const QString rollout =
        desk.photo(QStringLiteral("rollout.jpg"), QStringLiteral("Rollout to the pad.\nCredit: Energia"));
    const Run stripped = desk.sweep({QStringLiteral("--strip-caption-credit")});
    INFO(stripped.out.toStdString() << stripped.err.toStdString());
    REQUIRE(stripped.exitCode == 0);
    CHECK(stripped.out.contains(
        QStringLiteral("  caption: \"Rollout to the pad.\nCredit: Energia\" -> \"Rollout to the pad.\"\n")));
    QJsonObject record = desk.scan()[QStringLiteral("rollout.jpg")];
    CHECK(record[QStringLiteral("caption")].toString() == QStringLiteral("Rollout to the pad."));
    CHECK(record[QStringLiteral("credit")].toString() == QStringLiteral("Energia"));
    CHECK(record[QStringLiteral("creditSource")].toString() == QStringLiteral("embedded"));

    const QString launch = desk.photo(QStringLiteral("launch.jpg"), QStringLiteral("Liftoff. Photo credit: Energia"));
    const QByteArray launchBytes = PhotoFixture::readAll(launch);
    const Run sidecar = desk.sweep({QStringLiteral("--sidecar")});
    INFO(sidecar.out.toStdString() << sidecar.err.toStdString());
    REQUIRE(sidecar.exitCode == 0);
    CHECK(sidecar.out.contains(QStringLiteral("  to the sidecar ")));
    CHECK(PhotoFixture::readAll(launch) == launchBytes);
    CHECK(QFile::exists(desk.dir.filePath(QStringLiteral("launch.xmp"))));
    record = desk.scan()[QStringLiteral("launch.jpg")];
    CHECK(record[QStringLiteral("credit")].toString() == QStringLiteral("Energia"));
    CHECK(record[QStringLiteral("creditSource")].toString() == QStringLiteral("embedded"));
    CHECK(record[QStringLiteral("caption")].toString() == QStringLiteral("Liftoff. Photo credit: Energia"));
    CHECK(QFileInfo::exists(rollout));
}

TEST_CASE("sweep cli: bad usage and missing folders exit 2, and --help names it", "[sweep][cli]")
{
    Desk desk;
    const QString photo = desk.photo(QStringLiteral("a.jpg"), QStringLiteral("Liftoff. Credit: Energia"));
    const QByteArray before = PhotoFixture::readAll(photo);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("sweep")}, QStringList{QStringLiteral("sweep"), desk.dir.path(), desk.dir.path()},
          QStringList{QStringLiteral("sweep"), desk.dir.path(), QStringLiteral("--credit"), QStringLiteral("X")},
          QStringList{QStringLiteral("sweep"), photo},
          QStringList{QStringLiteral("sweep"), desk.dir.filePath(QStringLiteral("gone"))}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = desk.cli(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("byline-cli: ")));
        CHECK(run.out.isEmpty());
    }
    CHECK(PhotoFixture::readAll(photo) == before);
    const Run help = desk.cli({QStringLiteral("sweep"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("  sweep DIR [--recursive]")));
    CHECK(help.out.contains(QStringLiteral("--strip-caption-credit")));
}
