#include <catch2/catch.hpp>

#include "support/exportfixture.h"
#include "support/photofixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

// byline-cli export end to end, as a script would run it.

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cliExport(const QStringList &arguments)
{
    static QTemporaryDir s_cache; // the catalog stays out of the user's cache
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), s_cache.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BYLINE_CLI), QStringList{QStringLiteral("export")} + arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("byline-cli export: bad usage exits 2 with one line", "[cli][export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    CHECK(cliExport({fixture.source()}).exitCode == 2); // no --to
    const Run badTemplate = cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination(),
                                       QStringLiteral("--name-template"), QStringLiteral("{nope}")});
    CHECK(badTemplate.exitCode == 2);
    CHECK(badTemplate.err.contains(QStringLiteral("{nope}")));
    CHECK(cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination(), QStringLiteral("--resize"),
                     QStringLiteral("big")})
              .exitCode == 2);
    CHECK(cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination(), QStringLiteral("--quality"),
                     QStringLiteral("101")})
              .exitCode == 2);
    CHECK(cliExport({fixture.source() + QStringLiteral("/missing"), QStringLiteral("--to"), fixture.destination()})
              .exitCode == 2);
    CHECK(fixture.destinationFiles().isEmpty());
}

TEST_CASE("byline-cli export: the window's filters pick the photos, exit 0 when all are exported", "[cli][export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia."), QStringLiteral("NASA/Tim Kopra"),
                {800, 600});
    fixture.add(QStringLiteral("peake.jpg"), QStringLiteral("Docking Saturday night."),
                QStringLiteral("NASA/ESA/Tim Peake"), {800, 600});
    fixture.add(QStringLiteral("energia.jpg"), QStringLiteral("Liftoff at Baikonur."), QStringLiteral("Energia"),
                {800, 600});

    // "NASA" is an agency: both NASA credits; the search narrows to the one that mentions Asia.
    const Run run =
        cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination(), QStringLiteral("--credit"),
                   QStringLiteral("nasa"), QStringLiteral("--search"), QStringLiteral("ASIA"),
                   QStringLiteral("--resize"), QStringLiteral("200"), QStringLiteral("--quality"), QStringLiteral("80"),
                   QStringLiteral("--sheet"), QStringLiteral("--name-template"), QStringLiteral("{n:03}_{credit}")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(fixture.destinationFiles() ==
          QStringList({QStringLiteral("001_NASA-Tim Kopra.jpg"), QStringLiteral("index.html"),
                       QStringLiteral("manifest.csv"), QStringLiteral("manifest.json")}));
    CHECK(run.out.contains(QStringLiteral("1 of 1 photos exported")));

    const Run both =
        cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination() + QStringLiteral("/nasa"),
                   QStringLiteral("--credit"), QStringLiteral("NASA/Tim Kopra"), QStringLiteral("--credit"),
                   QStringLiteral("Energia")});
    CHECK(both.exitCode == 0);
    CHECK(QDir(fixture.destination() + QStringLiteral("/nasa")).entryList(QDir::Files) ==
          QStringList({QStringLiteral("energia.jpg"), QStringLiteral("kopra.jpg")}));
}

TEST_CASE("byline-cli export --require-credit fails with the photos lacking an embedded credit", "[cli][export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("credited.jpg"), QStringLiteral("Liftoff."), QStringLiteral("Energia"));
    const PhotoRecord inferred =
        fixture.addInferred(QStringLiteral("inferred.jpg"), QStringLiteral("Rollout. Credit: NASA"));
    const Run refused = cliExport(
        {fixture.source(), QStringLiteral("--to"), fixture.destination(), QStringLiteral("--require-credit")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(inferred.path + QStringLiteral(": credit only inferred from the caption (NASA)")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("credited.jpg")));
    CHECK(fixture.destinationFiles().isEmpty());

    // Without the flag the offenders are a warning and the export goes on.
    const Run warned = cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination()});
    CHECK(warned.exitCode == 0);
    CHECK(warned.err.contains(QStringLiteral("warning")));
    CHECK(fixture.destinationFiles().size() == 2);
}

TEST_CASE("byline-cli export exits 1 and lists the photos it could not export", "[cli][export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("good.jpg"), QStringLiteral("Liftoff."), QStringLiteral("Energia"));
    PhotoFixture::writeAll(fixture.source() + QStringLiteral("/broken.jpg"),
                           QByteArray("\xFF\xD8\xFF\xE0 truncated", 15));
    const Run run = cliExport({fixture.source(), QStringLiteral("--to"), fixture.destination()});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("FAILED    ") + fixture.source() + QStringLiteral("/broken.jpg")));
    CHECK(run.out.contains(QStringLiteral("exported  ") + fixture.source() + QStringLiteral("/good.jpg")));
    CHECK(fixture.destinationFiles() == QStringList{QStringLiteral("good.jpg")});
}

TEST_CASE("byline-cli export stopped by a signal removes its temporary files and reports", "[cli][export]")
{
    ExportFixture fixture;
    for (int i = 0; i < 24; ++i)
        fixture.add(QStringLiteral("p%1.jpg").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Photo %1.").arg(i),
                    QStringLiteral("NASA"), {2000, 1500});
    static QTemporaryDir s_cache;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), s_cache.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BYLINE_CLI),
                  {QStringLiteral("export"), fixture.source(), QStringLiteral("--to"), fixture.destination(),
                   QStringLiteral("--originals"), QStringLiteral("--resize"), QStringLiteral("1600"),
                   QStringLiteral("--threads"), QStringLiteral("1")});
    REQUIRE(process.waitForStarted());
    // Signal once the first photo is out: the export is under way, with files staged.
    const QDeadlineTimer deadline(60000);
    while (!QDir(fixture.destination() + QStringLiteral("/resized")).exists() ||
           QDir(fixture.destination() + QStringLiteral("/resized")).entryList(QDir::Files).isEmpty()) {
        REQUIRE_FALSE(deadline.hasExpired());
        REQUIRE(process.state() == QProcess::Running);
        QThread::msleep(5);
    }
    process.terminate(); // SIGTERM
    REQUIRE(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 1);
    CHECK(out.contains(QStringLiteral("not exported (cancelled)")));
    for (const QString &file : fixture.destinationFiles()) {
        CHECK_FALSE(file.endsWith(QStringLiteral(".tmp")));
        CHECK(out.contains(fixture.destination() + u'/' + file)); // every file there is one the report names
    }
}
