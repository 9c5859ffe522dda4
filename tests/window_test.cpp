#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/rawfixture.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "folderhistory.h"
#include "models/creditfacetmodel.h"
#include "models/photodetails.h"
#include "models/photofiltermodel.h"
#include "models/photomodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// The QML smoke test of issue 6: the real window (WindowEngine, as `byline` builds it) on the sample
// gallery, driven with keys and clicks, failing on any warning Qt or QML prints meanwhile. The Export
// dialog: windowexport_test.

namespace {

QStringList shownNames(const PhotoFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names.append(QFileInfo(filter.pathAt(row)).fileName());
    names.sort();
    return names;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("the window opens the sample gallery and is driven without a warning", "[window]")
{
    WindowSession session;
    {
        QQuickWindow *window = session.open(QStringLiteral(BYLINE_SAMPLE_DIR));
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        auto *facets = session.find<CreditFacetModel>("facets");
        auto *details = session.find<PhotoDetails>("details");
        const FolderHistory &history = session.history();
        QAbstractItemModelTester photosTester(photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filterTester(filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester facetsTester(facets, QAbstractItemModelTester::FailureReportingMode::Fatal);
        session.waitForScan();
        REQUIRE(photos->count() == 13);
        CHECK(history.lastFolder() == QDir::cleanPath(QStringLiteral(BYLINE_SAMPLE_DIR)));

        // Ctrl+F, type: the search runs by itself after a pause.
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        for (const char key : QByteArrayLiteral("Baikonur")) // QTest::keyClicks() takes widgets only
            QTest::keyClick(window, key);
        REQUIRE(waitUntil([&] { return filter->searchText() == QStringLiteral("Baikonur"); }, 3000));
        CHECK(shownNames(*filter) == QStringList({QStringLiteral("energia-progress-ms02-01-rocket-on-the-pad.jpg"),
                                                  QStringLiteral("energia-progress-ms02-02-floodlit-before-launch.jpg"),
                                                  QStringLiteral("energia-progress-ms02-03-liftoff.jpg"),
                                                  QStringLiteral("energia-progress-ms02-05-climbing-away.jpg"),
                                                  QStringLiteral("energia-progress-ms02-06-plume-over-the-steppe.jpg"),
                                                  QStringLiteral("energia-progress-ms02-08-trail-into-the-night.jpg"),
                                                  QStringLiteral("energia-progress-ms02-10-smoke-over-the-pad.jpg"),
                                                  QStringLiteral("iss-progress-63p-launch-from-baikonur.jpg")}));
        QTest::keyClick(window, Qt::Key_Escape); // empties the field and goes back to the grid
        REQUIRE(waitUntil([&] { return filter->count() == 13; }, 3000));

        // Check the Energia facet: its ten photos, and only those.
        REQUIRE(waitUntil([&] { return item(window, QStringLiteral("facetCheck:energia")) != nullptr; }));
        click(window, item(window, QStringLiteral("facetCheck:energia")));
        REQUIRE(waitUntil([&] { return filter->count() == 10; }, 3000));
        for (int row = 0; row < filter->rowCount(); ++row)
            CHECK(filter->index(row, 0).data(PhotoModel::CreditRole).toString() == QStringLiteral("Energia"));
        CHECK(filter->selectedCredits() == QStringList{QStringLiteral("energia")});
        click(window, item(window, QStringLiteral("clearFilters")));
        REQUIRE(waitUntil([&] { return filter->count() == 13; }, 3000));

        // The credit list by keyboard: its first facet (Energia, the most frequent) toggles with Space.
        QQuickItem *facetList = item(window, QStringLiteral("facetList"));
        REQUIRE(facetList);
        facetList->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        CHECK(filter->selectedCredits() == QStringList{QStringLiteral("energia")});
        QTest::keyClick(window, Qt::Key_Space);
        CHECK(filter->selectedCredits().isEmpty());
        REQUIRE(waitUntil([&] { return filter->count() == 13; }, 3000));

        // Click a photo: the detail pane shows its caption and its credit line.
        const QString name = QStringLiteral("iss-progress-63p-launch-from-baikonur.jpg");
        click(window, tileInView(window, *filter, name));
        REQUIRE(waitUntil([&] { return details->fileName() == name; }, 3000));
        CHECK(photos->selection()->count() == 1);
        QQuickItem *caption = item(window, QStringLiteral("detailCaption"));
        QQuickItem *credit = item(window, QStringLiteral("detailCredit"));
        REQUIRE(caption);
        REQUIRE(credit);
        const QString expectedCaption =
            QString::fromUtf8("Amazing to watch Progress 63P launch from #Baikonur "
                              "#Kazakhstan \xE2\x80\x93 supplies to #ISS. Credit: NASA/Tim Copra");
        CHECK(caption->property("value").toString() == expectedCaption);
        CHECK(credit->property("value").toString() == QStringLiteral("NASA/Tim Copra"));
        CHECK(credit->property("inferred").toBool());
        // Without a book or a style, the credit line is Byline's own: not shown a second time.
        CHECK(details->creditLine() == QStringLiteral("Credit: NASA/Tim Copra"));
        CHECK_FALSE(item(window, QStringLiteral("detailCreditLine"))->isVisible());
        CHECK(caption->isVisible());

        // Ctrl+click adds a photo, Shift+click a range, a plain click starts over.
        const auto tileOfRow = [&](int row) {
            return tileInView(window, *filter, QFileInfo(filter->pathAt(row)).fileName());
        };
        click(window, tileOfRow(0));
        click(window, tileOfRow(2), Qt::ControlModifier);
        CHECK(photos->selection()->count() == 2);
        click(window, tileOfRow(4), Qt::ShiftModifier);
        CHECK(photos->selection()->count() == 3); // rows 2-4 from the last Ctrl+clicked photo
        click(window, tileInView(window, *filter, name));
        REQUIRE(photos->selection()->paths() == QStringList{details->path()});

        // Ctrl+C: the attributed caption, its credit printed once.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier);
        CHECK(QGuiApplication::clipboard()->text() == expectedCaption);

        // Shift+End selects to the last photo; Ctrl+C copies them all, one paragraph each.
        const int anchorRow = filter->rowOfPath(details->path());
        QTest::keyClick(window, Qt::Key_End, Qt::ShiftModifier);
        const int selected = photos->selection()->count();
        CHECK(selected == 13 - anchorRow);
        CHECK(details->path() == filter->pathAt(12)); // the current photo moved to the end
        QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier);
        CHECK(QGuiApplication::clipboard()->text().count(QStringLiteral("\n\n")) + 1 == selected);
        QTest::keyClick(window, Qt::Key_Escape);
        CHECK(photos->selection()->count() == 0);

        // Enter opens the lightbox on the current photo; Right steps to the next shown photo; Esc closes.
        QTest::keyClick(window, Qt::Key_Home);
        const QString first = filter->pathAt(0);
        REQUIRE(details->path() == first);
        QTest::keyClick(window, Qt::Key_Right);
        CHECK(details->path() == filter->pathAt(1));
        CHECK(photos->selection()->paths() == QStringList{filter->pathAt(1)}); // moving selects
        QTest::keyClick(window, Qt::Key_Left);
        REQUIRE(details->path() == first);
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *lightboxCaption = nullptr;
        REQUIRE(waitUntil(
            [&] {
                lightboxCaption = item(window, QStringLiteral("lightboxCaption"));
                return lightboxCaption && lightboxCaption->isVisible();
            },
            3000));
        QTest::keyClick(window, Qt::Key_Right);
        CHECK(details->path() == filter->pathAt(1));
        CHECK(lightboxCaption->property("text").toString() == details->captionBody());
        CHECK(item(window, QStringLiteral("lightboxCredit"))->property("text").toString() == details->creditLine());
        QTest::keyClick(window, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !lightboxCaption->isVisible(); }, 3000));
        // A double-click opens it too.
        QQuickItem *secondTile = tileOfRow(1);
        REQUIRE(secondTile);
        const QPointF centre2 = secondTile->mapToScene(QPointF(secondTile->width() / 2, secondTile->height() / 2));
        QTest::mouseDClick(window, Qt::LeftButton, {}, centre2.toPoint());
        REQUIRE(waitUntil([&] { return lightboxCaption->isVisible(); }, 3000));
        CHECK(details->path() == filter->pathAt(1));
        QTest::keyClick(window, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !lightboxCaption->isVisible(); }, 3000));

        // Ctrl+A selects what the filter shows; a filter that hides some of them lets go of those (what
        // is selected is what is shown, issue 16), and clearing it does not bring them back.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        CHECK(photos->selection()->count() == 13);
        filter->setSearchText(QStringLiteral("Baikonur"));
        REQUIRE(waitUntil([&] { return photos->selection()->count() == 8; }, 3000));
        CHECK(photos->selection()->paths() == sorted(shownPaths(*filter)));
        filter->clearFilters();
        QTest::qWait(50);
        CHECK(photos->selection()->count() == 8);
        QTest::keyClick(window, Qt::Key_Escape);
        CHECK(photos->selection()->count() == 0);

        // A search that matches nothing says so, and offers to clear the filters.
        filter->setSearchText(QStringLiteral("no such words anywhere"));
        REQUIRE(filter->count() == 0);
        CHECK(item(window, QStringLiteral("emptyTitle"))->property("text").toString() ==
              QStringLiteral("No photo matches the filter"));
        filter->clearFilters();

        // Drop a folder onto the window: it opens (here an empty one, which says so).
        QTemporaryDir dropped;
        REQUIRE(dropped.isValid());
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(dropped.path())});
        const QPoint centre(window->width() / 2, window->height() / 2);
        QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        delete mime;
        REQUIRE(waitUntil([&] { return photos->state() == PhotoModel::LoadingState::Ready; }, 10000));
        CHECK(photos->folder() == QDir::cleanPath(dropped.path()));
        CHECK(photos->count() == 0);
        QQuickItem *emptyTitle = item(window, QStringLiteral("emptyTitle"));
        REQUIRE(emptyTitle);
        CHECK(emptyTitle->property("text").toString() == QStringLiteral("No photos in this folder"));
        CHECK(history.recentFolders().size() == 2);

        // A photo whose Exif and XMP captions disagree: the caption says so with a visible mark.
        MetadataWrite spec;
        spec.exif.caption = QStringLiteral("Liftoff at dawn.");
        spec.xmp.caption = QStringLiteral("Liftoff at dusk.");
        spec.xmp.credit = QStringLiteral("Energia");
        PhotoFixture::jpegWith(dropped.filePath(QStringLiteral("conflict.jpg")), spec);
        photos->rescan();
        REQUIRE(
            waitUntil([&] { return filter->rowOfPath(dropped.filePath(QStringLiteral("conflict.jpg"))) >= 0; }, 10000));
        click(window, tileInView(window, *filter, QStringLiteral("conflict.jpg")));
        REQUIRE(waitUntil([&] { return details->fileName() == QStringLiteral("conflict.jpg"); }, 3000));
        QQuickItem *captionMark =
            findItem(item(window, QStringLiteral("detailCaption")), QStringLiteral("conflictMark"));
        QQuickItem *creditMark = findItem(item(window, QStringLiteral("detailCredit")), QStringLiteral("conflictMark"));
        REQUIRE(captionMark);
        REQUIRE(creditMark);
        CHECK(captionMark->isVisible());
        CHECK_FALSE(creditMark->isVisible());
        CHECK(item(window, QStringLiteral("detailCaption"))->property("source").toString() == QStringLiteral("Exif"));
        // Where each value came from is in view, and so is what the other store says.
        QQuickItem *sourceMark = findItem(item(window, QStringLiteral("detailCaption")), QStringLiteral("sourceMark"));
        REQUIRE(sourceMark);
        CHECK(sourceMark->isVisible());
        CHECK(sourceMark->property("text").toString() == QStringLiteral("Exif"));
        QQuickItem *other = findItem(item(window, QStringLiteral("detailCaption")), QStringLiteral("otherValue"));
        REQUIRE(other);
        CHECK(other->isVisible());
        CHECK(other->property("text").toString() == QStringLiteral("XMP says: Liftoff at dusk."));

        // Ctrl+= and Ctrl+- size the thumbnails, which is remembered with the sort order and the panes.
        const int size = window->property("thumbnailSize").toInt();
        QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Minus, Qt::ControlModifier);
        CHECK(window->property("thumbnailSize").toInt() == size + 32);
        filter->setSortKey(PhotoFilterModel::SortKey::Name);
    }
    session.closeWindow();

    QSettings remembered;
    CHECK(remembered.value(QStringLiteral("window/thumbnailSize")).toInt() == 192);
    CHECK(remembered.value(QStringLiteral("window/sortKey")).toInt() == int(PhotoFilterModel::SortKey::Name));
    CHECK(remembered.value(QStringLiteral("window/facetPaneWidth")).toDouble() > 100);
    WindowSession::checkNoWarnings();
}

TEST_CASE("byline PHOTO shows that photo in its folder, and About tells the versions", "[window]")
{
    WindowSession session;
    {
        const QString photo = QDir(QStringLiteral(BYLINE_SAMPLE_DIR))
                                  .filePath(QStringLiteral("energia-progress-ms02-06-plume-over-the-steppe.jpg"));
        const QStringList arguments{QStringLiteral("byline"), photo};
        QQuickWindow *window =
            session.open(session.history().startFolder(arguments, QString()), FolderHistory::startPhoto(arguments));
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        auto *details = session.find<PhotoDetails>("details");
        session.waitForScan();
        CHECK(photos->folder() == QDir::cleanPath(QStringLiteral(BYLINE_SAMPLE_DIR)));
        CHECK(photos->count() == 13);
        // The detail pane shows the photo, and the grid's current tile is that photo's.
        REQUIRE(waitUntil([&] { return details->isValid(); }, 3000));
        CHECK(details->path() == photo);
        QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
        REQUIRE(grid);
        // The grid follows its current photo once the rows have arrived (a turn of the event loop later).
        CHECK(waitUntil([&] { return grid->property("currentIndex").toInt() == filter->rowOfPath(photo); }, 3000));
        CHECK(filter->rowOfPath(photo) >= 0);

        // About: Byline's version from CMake, the Qt and Exiv2 it runs with, the licence notice.
        click(window, item(window, QStringLiteral("aboutButton")));
        REQUIRE(waitUntil([&] { return item(window, QStringLiteral("aboutVersion")) != nullptr; }, 3000));
        QQuickItem *version = item(window, QStringLiteral("aboutVersion"));
        REQUIRE(waitUntil([&] { return version->isVisible(); }, 3000));
        CHECK(version->property("text").toString() == QStringLiteral("Byline " BYLINE_VERSION));
        const QString libraries = item(window, QStringLiteral("aboutLibraries"))->property("text").toString();
        CHECK(libraries.contains(QString::fromLatin1(qVersion())));
        CHECK(libraries.contains(QStringLiteral("Exiv2 0.27.")));
        const QString licence = item(window, QStringLiteral("aboutLicence"))->property("text").toString();
        CHECK(licence.startsWith(QStringLiteral("MIT License")));
        CHECK(licence.contains(QStringLiteral("GPL-2.0-or-later")));
        QTest::keyClick(window, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !version->isVisible(); }, 3000));
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("long file names that differ in the middle or at the end look different on their tiles", "[window]")
{
    // New-user finding: "expedition46-soyuz-tma19m-rollout-…-0001.jpg" and "…-landing-…-0001.jpg" were
    // one "expedition46-soy…al-edit-0001.jpg" on their tiles; elided at the end instead, "…_0001.jpg" and
    // "…_0002.jpg" would be.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QStringList names{
        QStringLiteral("expedition46-soyuz-tma19m-rollout-baikonur-kazakhstan-2016-final-edit-0001.jpg"),
        QStringLiteral("expedition46-soyuz-tma19m-landing-baikonur-kazakhstan-2016-final-edit-0001.jpg"),
        QStringLiteral("expedition46-soyuz-tma19m-docking-baikonur-kazakhstan-2016-final-edit-0001.jpg"),
        QStringLiteral("2016-03-18_Soyuz_TMA-20M_launch_pad_rollout_0001.jpg"),
        QStringLiteral("2016-03-18_Soyuz_TMA-20M_launch_pad_rollout_0002.jpg")};
    for (const QString &name : names)
        PhotoFixture::jpeg(folder.filePath(name));
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    QStringList shown;
    for (const QString &name : names) {
        INFO(name.toStdString());
        QQuickItem *tile = tileInView(window, *session.filter(), name);
        QQuickItem *label = findItem(tile, QStringLiteral("tileName"));
        REQUIRE(label);
        REQUIRE(label->width() > 0);
        // What the label holds is what it shows: nothing hidden by Qt's own eliding, all of it in the tile.
        CHECK_FALSE(label->property("truncated").toBool());
        CHECK(label->property("contentWidth").toReal() <= label->width());
        CHECK(label->property("lineCount").toInt() <= 2);
        CHECK(label->mapToItem(tile, QPointF(0, label->height())).y() <= tile->height());
        shown.append(label->property("text").toString());
    }
    shown.removeDuplicates();
    CHECK(shown.size() == names.size());
    WindowSession::checkNoWarnings();
}

TEST_CASE("a folder of folders offers their photos, and the Subfolders button includes them", "[window]")
{
    QTemporaryDir year;
    REQUIRE(year.isValid());
    // A year folder of two event folders, as a news desk files them; no photo at the top.
    const QStringList samples =
        QDir(QStringLiteral(BYLINE_SAMPLE_DIR)).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (const QString &event : {QStringLiteral("2016-03-18 Soyuz launch"), QStringLiteral("2016-06-18 Landing")}) {
        REQUIRE(QDir(year.path()).mkdir(event));
        for (int i = 0; i < 2; ++i)
            REQUIRE(QFile::copy(QDir(QStringLiteral(BYLINE_SAMPLE_DIR)).filePath(samples.at(i)),
                                QDir(year.filePath(event)).filePath(samples.at(i))));
    }
    WindowSession session;
    {
        QQuickWindow *window = session.open(year.path());
        PhotoModel *photos = session.photos();
        session.waitForScan();
        CHECK(photos->count() == 0);
        CHECK(photos->subfolderCount() == 2);
        QQuickItem *include = item(window, QStringLiteral("includeSubfoldersButton"));
        REQUIRE(include);
        REQUIRE(waitUntil([include] { return include->isVisible(); }, 3000));
        click(window, include);
        REQUIRE(waitUntil([photos] { return photos->count() == 4; }, 30000));
        CHECK(photos->recursive());
        CHECK(item(window, QStringLiteral("subfoldersToolButton"))->property("checked").toBool());
        CHECK_FALSE(include->isVisible());
        // Each tile says which folder its photo is in, on screen and to a screen reader.
        for (int row = 0; row < photos->rowCount(); ++row) {
            const QString subfolder = photos->index(row).data(PhotoModel::SubfolderRole).toString();
            CHECK(photos->row(row).path() == year.filePath(subfolder + QLatin1Char('/') + photos->row(row).fileName()));
        }
        PhotoFilterModel *filter = session.filter();
        QQuickItem *tile = tileInView(window, *filter, samples.at(0));
        const QString folder = tile->property("subfolder").toString();
        CHECK(folder.startsWith(QStringLiteral("2016-")));
        CHECK(tile->property("shownName").toString() == folder + QLatin1Char('/') + samples.at(0));

        // The toolbar button turns it off again: the top folder's own photos only, which are none.
        click(window, item(window, QStringLiteral("subfoldersToolButton")));
        REQUIRE(waitUntil(
            [photos] { return !photos->recursive() && photos->state() == PhotoModel::LoadingState::Ready; }, 30000));
        CHECK(photos->count() == 0);
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("the detail pane shows the wire fields a photo has, with their stores, an embargo marked", "[window][wire]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    MetadataWrite wire;
    wire.xmp.caption = QStringLiteral("Progress MS-02 rolls out to the pad.");
    wire.xmp.credit = QStringLiteral("Energia");
    wire.iptc.instructions = QStringLiteral("EMBARGOED until 16:23 GMT. NO SALES");
    wire.iptc.title = QStringLiteral("Rollout");
    wire.iptc.keywords = {QStringLiteral("Soyuz"), QStringLiteral("Baikonur")};
    wire.iptc.city = QStringLiteral("Baikonur");
    wire.xmp.city = QStringLiteral("Moscow");
    wire.iptc.country = QStringLiteral("Kazakhstan");
    wire.xmp.rating = QStringLiteral("4");
    wire.xmp.label = QStringLiteral("Red");
    wire.digest = MetadataWrite::Digest::Stale; // the IPTC was edited last: its city wins, XMP's is the conflict
    const QString path = PhotoFixture::jpegWith(folder.filePath(QStringLiteral("wire.jpg")), wire, {320, 240});
    MetadataWrite plain;
    plain.xmp.caption = QStringLiteral("Liftoff.");
    const QString plainPath = PhotoFixture::jpegWith(folder.filePath(QStringLiteral("plain.jpg")), plain, {320, 240});

    WindowSession session;
    {
        QQuickWindow *window = session.open(folder.path(), path);
        session.waitForScan();
        auto *details = session.find<PhotoDetails>("details");
        REQUIRE(waitUntil([&] { return details->fileName() == QStringLiteral("wire.jpg"); }, 3000));
        const auto shown = [&](const char *name) {
            QQuickItem *field = item(window, QString::fromLatin1(name));
            REQUIRE(field);
            return field;
        };
        const auto mark = [&](const char *field, const char *name) {
            QQuickItem *found = findItem(shown(field), QString::fromLatin1(name));
            REQUIRE(found);
            return found;
        };
        QQuickItem *instructions = shown("detailInstructions");
        REQUIRE(waitUntil([&] { return instructions->isVisible(); }, 3000));
        CHECK(instructions->property("value").toString() == QStringLiteral("EMBARGOED until 16:23 GMT. NO SALES"));
        CHECK(mark("detailInstructions", "alertMark")->isVisible());
        CHECK(mark("detailInstructions", "alertMark")->property("text").toString() ==
              QStringLiteral("⚑ Embargo until 16:23 GMT · No sales"));
        CHECK(mark("detailInstructions", "sourceMark")->property("text").toString() == QStringLiteral("IPTC"));
        CHECK(shown("detailTitle")->property("value").toString() == QStringLiteral("Rollout"));
        CHECK(shown("detailKeywords")->property("value").toString() == QStringLiteral("Soyuz; Baikonur"));
        CHECK(shown("detailLocation")->property("value").toString() == QStringLiteral("Baikonur, Kazakhstan"));
        CHECK(mark("detailLocation", "conflictMark")->isVisible());
        CHECK(mark("detailLocation", "otherValue")->property("text").toString() ==
              QStringLiteral("XMP says: city Moscow"));
        CHECK(shown("detailRating")->property("value").toString() == QStringLiteral("★★★★☆"));
        CHECK(mark("detailRating", "sourceMark")->property("text").toString() == QStringLiteral("XMP"));
        CHECK(shown("detailLabel")->property("value").toString() == QStringLiteral("Red"));
        // Rows for fields the photo lacks are not shown.
        CHECK_FALSE(shown("detailUsageTerms")->isVisible());
        CHECK_FALSE(shown("detailSource")->isVisible());

        click(window, tileInView(window, *session.filter(), QStringLiteral("plain.jpg")));
        REQUIRE(waitUntil([&] { return details->path() == plainPath; }, 3000));
        for (const char *name :
             {"detailInstructions", "detailTitle", "detailKeywords", "detailLocation", "detailRating", "detailLabel"}) {
            INFO(name);
            CHECK_FALSE(shown(name)->isVisible());
        }
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("a RAW+JPEG pair is one tile with a badge, the detail pane lists both files, the setting is kept",
          "[window][pairs]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    MetadataWrite metadata;
    metadata.xmp.caption = QStringLiteral("Liftoff.");
    metadata.xmp.credit = QStringLiteral("Energia");
    const QString jpeg = PhotoFixture::jpegWith(folder.filePath(QStringLiteral("IMG_1.JPG")), metadata, {320, 240});
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("solo.jpg")), metadata, {320, 240});
    RawFixture::Spec raw;
    raw.preview = QImage(320, 240, QImage::Format_RGB32);
    raw.preview.fill(Qt::darkBlue);
    RawFixture::tiffRaw(folder.filePath(QStringLiteral("IMG_1.CR2")), raw);

    WindowSession session;
    {
        QQuickWindow *window = session.open(folder.path(), jpeg);
        session.waitForScan();
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        REQUIRE(photos->rowCount() == 2);
        QQuickItem *badge =
            findItem(tileInView(window, *filter, QStringLiteral("IMG_1.JPG")), QStringLiteral("pairBadge"));
        REQUIRE(badge);
        CHECK(badge->isVisible());
        QQuickItem *soloBadge =
            findItem(tileInView(window, *filter, QStringLiteral("solo.jpg")), QStringLiteral("pairBadge"));
        REQUIRE(soloBadge);
        CHECK_FALSE(soloBadge->isVisible());
        QQuickItem *files = item(window, QStringLiteral("detailPairFiles"));
        REQUIRE(files);
        REQUIRE(waitUntil([&] { return files->isVisible(); }, 3000));
        const QString listed = files->property("value").toString();
        CHECK(listed.contains(QStringLiteral("IMG_1.JPG")));
        CHECK(listed.contains(QStringLiteral("IMG_1.CR2")));

        QQuickItem *setting = item(window, QStringLiteral("pairRawJpeg"));
        REQUIRE(setting);
        CHECK(setting->property("checked").toBool());
        click(window, setting);
        CHECK_FALSE(photos->pairRawJpeg());
        REQUIRE(waitUntil([&] { return photos->rowCount() == 3; }, 10000));
        session.waitForScan();
        CHECK_FALSE(files->isVisible());
        CHECK(window->property("currentPath").toString() == jpeg); // the photo shown stays
    }
    session.closeWindow();
    const QSettings remembered;
    REQUIRE(remembered.contains(QStringLiteral("window/pairRawJpeg")));
    CHECK_FALSE(remembered.value(QStringLiteral("window/pairRawJpeg")).toBool());
    WindowSession::checkNoWarnings();
}
