#include <catch2/catch.hpp>

#include "support/exportfixture.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "export/exporter.h"
#include "export/exportrequest.h"
#include "export/filedigest.h"
#include "models/photofiltermodel.h"
#include "models/photomodel.h"

#include <QDir>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// The Export dialog in the real window (WindowEngine, as `byline` builds it): what it previews, what it
// exports, what Cancel leaves behind, failing on any warning Qt or QML prints meanwhile.

TEST_CASE("the Export dialog previews the names, gates the credits and exports", "[window][export]")
{
    QTemporaryDir destination;
    REQUIRE(destination.isValid());
    const QString target = destination.filePath(QStringLiteral("out")); // made by the export
    WindowSession session;
    {
        QQuickWindow *window = session.open(QStringLiteral(BYLINE_SAMPLE_DIR));
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        auto *request = session.find<ExportRequest>("exportRequest");
        auto *exporter = session.find<Exporter>("exporter");
        auto *dialog = session.find<QObject>("exportDialog");
        session.waitForScan();
        QQuickItem *exportButton = item(window, QStringLiteral("exportToolButton"));
        REQUIRE(exportButton);
        CHECK_FALSE(exportButton->isEnabled()); // nothing selected yet

        // Two photos: the first with an embedded credit, and the one whose credit is only inferred.
        const QString inferred = QDir(QStringLiteral(BYLINE_SAMPLE_DIR))
                                     .filePath(QStringLiteral("iss-progress-63p-launch-from-baikonur.jpg"));
        QString embedded;
        for (int row = 0; row < filter->rowCount() && embedded.isEmpty(); ++row) {
            if (filter->index(row, 0).data(PhotoModel::CreditSourceRole).toString() == QStringLiteral("embedded"))
                embedded = filter->pathAt(row);
        }
        REQUIRE(!embedded.isEmpty());
        photos->selection()->select(embedded);
        photos->selection()->select(inferred);
        CHECK(exportButton->isEnabled());
        const QStringList inViewOrder = filter->rowOfPath(embedded) < filter->rowOfPath(inferred)
                                            ? QStringList{embedded, inferred}
                                            : QStringList{inferred, embedded};
        const QByteArray before0 = FileDigest::of(inViewOrder[0]).sha256;
        const QByteArray before1 = FileDigest::of(inViewOrder[1]).sha256;
        REQUIRE(!before0.isEmpty());

        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return dialog->property("opened").toBool(); }, 3000));
        REQUIRE(request->count() == 2);
        CHECK(request->namePreview() ==
              QStringList({QFileInfo(inViewOrder[0]).fileName(), QFileInfo(inViewOrder[1]).fileName()}));
        CHECK(request->noCreditCount() == 0);
        CHECK(request->inferredCount() == 1);
        CHECK(request->offenderPaths() == QStringList{inferred});
        QQuickItem *gate = item(window, QStringLiteral("creditGateSummary"));
        REQUIRE(gate);
        CHECK(gate->isVisible());
        // The dialog holds its form: the destination and the credit gate are inside its frame.
        auto *frame = qobject_cast<QQuickItem *>(dialog->property("contentItem").value<QObject *>());
        REQUIRE(frame);
        const auto bottomOf = [](QQuickItem *inner) { return inner->mapToScene({0, inner->height()}).y(); };
        QQuickItem *destination = item(window, QStringLiteral("exportDestination"));
        REQUIRE(destination);
        CHECK(waitUntil(
            [&] {
                return bottomOf(gate) <= bottomOf(frame) + 1 && bottomOf(destination) <= bottomOf(frame) + 1 &&
                       frame->height() > 100;
            },
            3000));
        CHECK(gate->property("text").toString() == QStringLiteral("1 photo has only an inferred credit"));

        // Typed into the dialog: the destination and a numbered name template, previewed at once.
        item(window, QStringLiteral("exportDestination"))->forceActiveFocus();
        typeText(window, target);
        CHECK(request->destination() == target);
        QQuickItem *templateField = item(window, QStringLiteral("exportTemplate"));
        REQUIRE(templateField);
        templateField->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, QStringLiteral("{n:03}-{name}.{ext}"));
        CHECK(request->namePreview() == QStringList({QStringLiteral("001-") + QFileInfo(inViewOrder[0]).fileName(),
                                                     QStringLiteral("002-") + QFileInfo(inViewOrder[1]).fileName()}));
        click(window, item(window, QStringLiteral("exportSheet")));
        REQUIRE(request->sheet());
        CHECK(request->originals());

        click(window, item(window, QStringLiteral("exportButton")));
        REQUIRE(waitUntil([&] { return !exporter->isRunning() && exporter->exportedCount() == 2; }, 30000));
        QQuickItem *summary = nullptr;
        REQUIRE(waitUntil(
            [&] {
                summary = item(window, QStringLiteral("exportResultSummary"));
                return summary && summary->isVisible();
            },
            3000));
        CHECK(summary->property("text").toString().startsWith(QStringLiteral("Exported 2 of 2 photos")));
        CHECK(exporter->failures().isEmpty());
        const QDir out(target);
        for (int n = 0; n < 2; ++n) {
            const QString name =
                QStringLiteral("%1-%2").arg(n + 1, 3, 10, QLatin1Char('0')).arg(QFileInfo(inViewOrder[n]).fileName());
            CHECK(FileDigest::of(out.filePath(name)).sha256 == (n == 0 ? before0 : before1));
        }
        CHECK(out.exists(QStringLiteral("index.html")));
        CHECK(out.exists(QStringLiteral("manifest.csv")));
        CHECK(FileDigest::of(inViewOrder[0]).sha256 == before0); // the sources are untouched
        CHECK(FileDigest::of(inViewOrder[1]).sha256 == before1);
        click(window, item(window, QStringLiteral("exportCancel"))); // "Close" now
        REQUIRE(waitUntil([&] { return !dialog->property("visible").toBool(); }, 3000));

        // Again, and "fix the selection": the photo with an inferred credit leaves it; Esc cancels.
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return dialog->property("opened").toBool(); }, 3000));
        CHECK(request->destination() == target); // remembered
        click(window, item(window, QStringLiteral("deselectOffenders")));
        CHECK(photos->selection()->paths() == QStringList{embedded});
        CHECK(request->count() == 1);
        CHECK(request->offenderPaths().isEmpty());
        QTest::keyClick(window, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !dialog->property("visible").toBool(); }, 3000));
    }
    session.closeWindow();

    QSettings remembered;
    CHECK(remembered.value(QStringLiteral("export/destination")).toString() == target);
    WindowSession::checkNoWarnings();
}

TEST_CASE("Cancel in the Export dialog stops the export and leaves only whole files", "[window][export]")
{
    // Enough 1600 x 1200 photos that the export is still running when Cancel is clicked.
    ExportFixture fixture;
    for (int i = 0; i < 24; ++i)
        fixture.add(QStringLiteral("launch-%1.jpg").arg(i, 2, 10, QLatin1Char('0')),
                    QStringLiteral("Launch %1.").arg(i), QStringLiteral("Energia"), {1600, 1200});
    WindowSession session;
    {
        QQuickWindow *window = session.open(fixture.source());
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        auto *request = session.find<ExportRequest>("exportRequest");
        auto *exporter = session.find<Exporter>("exporter");
        auto *dialog = session.find<QObject>("exportDialog");
        session.waitForScan();
        REQUIRE(photos->count() == 24);
        for (int row = 0; row < filter->rowCount(); ++row)
            photos->selection()->select(filter->pathAt(row));

        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return dialog->property("opened").toBool(); }, 3000));
        REQUIRE(request->count() == 24);
        item(window, QStringLiteral("exportDestination"))->forceActiveFocus();
        typeText(window, fixture.destination());
        click(window, item(window, QStringLiteral("exportResized")));
        REQUIRE(request->resized());
        REQUIRE(request->originals());

        click(window, item(window, QStringLiteral("exportButton")));
        REQUIRE(waitUntil([&] { return exporter->done() >= 1; }, 30000));
        REQUIRE(exporter->isRunning());
        QQuickItem *cancel = item(window, QStringLiteral("exportCancel"));
        REQUIRE(cancel);
        CHECK(cancel->property("text").toString() == QStringLiteral("Cancel export"));
        click(window, cancel);
        REQUIRE(waitUntil([&] { return !exporter->isRunning(); }, 30000));

        // The report says what was written and what was not; the files match it, each one whole.
        const ExportReport &report = exporter->report();
        CHECK(report.cancelled);
        CHECK(exporter->notExportedCount() >= 1);
        CHECK(exporter->exportedCount() + exporter->notExportedCount() + exporter->failedCount() == 24);
        QStringList reported;
        for (const ExportReport::Photo &photo : report.photos) {
            switch (photo.status) {
            case ExportReport::Photo::Status::Exported:
                CHECK(photo.outputs.size() == 2);
                break;
            case ExportReport::Photo::Status::NotStarted:
                CHECK(photo.outputs.isEmpty());
                break;
            case ExportReport::Photo::Status::Failed: // at work when Cancel came: what was finished stays
                CHECK(photo.errors == QStringList{QStringLiteral("cancelled")});
                CHECK(photo.outputs.size() < 2);
                break;
            }
            for (const ExportReport::Output &output : photo.outputs) {
                reported.append(QDir(fixture.destination()).relativeFilePath(output.path));
                CHECK(FileDigest::of(output.path).sha256 == output.sha256);
            }
        }
        reported.sort();
        CHECK(fixture.destinationFiles() == reported); // no temporary file, nothing unlisted
        QQuickItem *summary = nullptr;
        REQUIRE(waitUntil(
            [&] {
                summary = item(window, QStringLiteral("exportResultSummary"));
                return summary && summary->isVisible();
            },
            3000));
        CHECK(summary->property("text").toString().contains(
            QStringLiteral("%1 not exported (cancelled)").arg(exporter->notExportedCount())));
        click(window, item(window, QStringLiteral("exportCancel"))); // "Close" now
        REQUIRE(waitUntil([&] { return !dialog->property("visible").toBool(); }, 3000));
    }
    session.closeWindow();
    fixture.checkOriginalsUnchanged();
    WindowSession::checkNoWarnings();
}
