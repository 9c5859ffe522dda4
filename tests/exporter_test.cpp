#include <catch2/catch.hpp>

#include "export/exporter.h"

#include "support/exportfixture.h"
#include "support/waituntil.h"

#include <QSignalSpy>
#include <QThread>

TEST_CASE("the Exporter runs off the calling thread and delivers progress and the report", "[export]")
{
    ExportFixture fixture;
    for (int i = 0; i < 4; ++i)
        fixture.add(QStringLiteral("p%1.jpg").arg(i), QStringLiteral("Photo %1.").arg(i), QStringLiteral("NASA"));
    Exporter exporter;
    QSignalSpy progress(&exporter, &Exporter::progress);
    QSignalSpy running(&exporter, &Exporter::runningChanged);
    ExportReport report;
    int finished = 0;
    QThread *deliveredOn = nullptr;
    QObject::connect(&exporter, &Exporter::finished, [&](const ExportReport &r) {
        report = r;
        ++finished;
        deliveredOn = QThread::currentThread();
    });
    ExportOptions options;
    options.destination = fixture.destination();
    options.originals = true;
    REQUIRE(exporter.start(fixture.records(), options));
    CHECK(exporter.isRunning());
    CHECK_FALSE(exporter.start(fixture.records(), options)); // one export at a time
    REQUIRE(waitUntil([&] { return finished > 0; }));
    CHECK(finished == 1);
    CHECK(deliveredOn == QThread::currentThread());
    CHECK_FALSE(exporter.isRunning());
    CHECK(running.size() == 2);
    CHECK(report.succeeded());
    CHECK(report.photos.size() == 4);
    REQUIRE(progress.size() == 5); // 0 of 4 at the start, then one per photo
    CHECK(progress.last() == QVariantList{4, 4});
    CHECK(exporter.done() == 4);
}

TEST_CASE("cancelling the Exporter reports what was left out", "[export]")
{
    ExportFixture fixture;
    for (int i = 0; i < 8; ++i)
        fixture.add(QStringLiteral("p%1.jpg").arg(i), QStringLiteral("Photo %1.").arg(i), QStringLiteral("NASA"),
                    {1600, 1200});
    Exporter exporter;
    ExportReport report;
    bool finished = false;
    QObject::connect(&exporter, &Exporter::finished, [&](const ExportReport &r) { report = r, finished = true; });
    ExportOptions options;
    options.destination = fixture.destination();
    options.resized = true;
    options.longEdge = 1200;
    options.threads = 1;
    REQUIRE(exporter.start(fixture.records(), options));
    exporter.cancel();
    REQUIRE(waitUntil([&] { return finished; }));
    CHECK(report.cancelled);
    CHECK(report.count(ExportReport::Photo::Status::NotStarted) >= 6);
    for (const QString &file : fixture.destinationFiles())
        CHECK_FALSE(file.endsWith(QStringLiteral(".tmp")));
}

TEST_CASE("destroying a running Exporter cancels and waits for it", "[export]")
{
    ExportFixture fixture;
    for (int i = 0; i < 6; ++i)
        fixture.add(QStringLiteral("p%1.jpg").arg(i), QStringLiteral("Photo %1.").arg(i), QStringLiteral("NASA"),
                    {1600, 1200});
    {
        Exporter exporter;
        ExportOptions options;
        options.destination = fixture.destination();
        options.originals = true;
        options.resized = true;
        REQUIRE(exporter.start(fixture.records(), options));
    }
    for (const QString &file : fixture.destinationFiles())
        CHECK_FALSE(file.endsWith(QStringLiteral(".tmp")));
}
