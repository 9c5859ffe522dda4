#include <catch2/catch.hpp>

#include "support/photofixture.h"
#include "support/randomgallery.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "models/photodetails.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <QtQml/QQmlExtensionPlugin>

#include <random>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// Issue 16: nothing on screen may name the wrong photo. Every tile the grid creates must show the photo
// of the row it stands for, and the detail pane only a photo that is shown. The lightbox, the folder
// dialog and the toolbar: windowcontrols_test.

namespace {

quint32 testSeed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("BYLINE_TEST_SEED").toUInt(&ok);
    return ok ? fixed : std::random_device{}();
}

QList<QQuickItem *> tiles(QQuickItem *grid)
{
    QList<QQuickItem *> found;
    const auto *content = qvariant_cast<QQuickItem *>(grid->property("contentItem"));
    for (QQuickItem *child : content->childItems()) {
        if (child->objectName().startsWith(QStringLiteral("tile:")) && child->isVisible())
            found.append(child);
    }
    return found;
}

QString accessibleName(QQuickItem *tile)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(tile);
    return accessible ? accessible->text(QAccessible::Name) : QStringLiteral("(no accessible interface)");
}

/** Every created tile compared with its row: the faults found, described. */
QStringList tileFaults(QQuickItem *grid, const PhotoFilterModel &filter)
{
    QStringList faults;
    QSet<QString> seen;
    for (QQuickItem *tile : tiles(grid)) {
        const int row = tile->property("index").toInt();
        const QModelIndex index = filter.index(row, 0);
        const QString path = index.data(PhotoModel::PathRole).toString();
        const QString credit = index.data(PhotoModel::CreditRole).toString();
        const QString name = index.data(PhotoModel::FileNameRole).toString();
        const QString shows = tile->property("path").toString();
        const auto fault = [&](const QString &what) {
            faults.append(QStringLiteral("tile %1 (%2) %3").arg(row).arg(QFileInfo(shows).fileName(), what));
        };
        if (shows != path)
            fault(QStringLiteral("stands for %1").arg(QFileInfo(path).fileName()));
        if (tile->property("credit").toString() != credit)
            fault(QStringLiteral("shows credit '%1', its row's is '%2'")
                      .arg(tile->property("credit").toString(), credit));
        if (tile->property("thumbnailSource").toString() != index.data(PhotoModel::ThumbnailSourceRole).toString())
            fault(QStringLiteral("shows another photo's thumbnail"));
        const QString spoken = accessibleName(tile);
        if (!spoken.startsWith(name) || (!credit.isEmpty() && !spoken.contains(credit)))
            fault(QStringLiteral("is read as '%1'").arg(spoken));
        if (seen.contains(shows))
            fault(QStringLiteral("is shown twice"));
        seen.insert(shows);
    }
    return faults;
}

void scrollTo(QQuickItem *grid, int row)
{
    QMetaObject::invokeMethod(grid, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1 /* GridView.Beginning */));
    QTest::qWait(20);
}

} // namespace

TEST_CASE("a folder of a few hundred photos opened cold: every tile shows the photo it stands for", "[window][trust]")
{
    const quint32 seed = testSeed();
    INFO("seed " << seed << " (BYLINE_TEST_SEED=" << seed << " repeats this run)");
    std::mt19937 random(seed);
    const RandomGallery gallery(random, 300);
    WindowSession session;
    {
        QQuickWindow *window = session.open(gallery.path()); // a new folder: nothing catalogued
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
        REQUIRE(grid);
        // The user changes the sort and the search while batches arrive: right after a batch, as input
        // would, never inside the model's own signal.
        int batches = 0;
        QObject::connect(photos, &PhotoModel::countChanged, filter, [&] {
            QTimer::singleShot(0, filter, [filter, batch = ++batches] {
                const auto key = PhotoFilterModel::SortKey(batch % 4);
                filter->setSortKey(key);
                filter->setDescending(batch % 3 == 1);
                filter->setSearchText(batch % 5 == 2 ? RandomGallery::s_words.first() : QString());
            });
        });
        QStringList faults;
        while (photos->state() != PhotoModel::LoadingState::Ready && faults.size() < 20) {
            QTest::qWait(5);
            faults += tileFaults(grid, *filter);
        }
        REQUIRE(photos->state() == PhotoModel::LoadingState::Ready);
        CHECK(batches > 2); // the sort really changed while rows arrived
        filter->setSearchText({});
        filter->setSortKey(PhotoFilterModel::SortKey::DateTaken);
        filter->setDescending(false);
        REQUIRE(photos->count() == gallery.paths().size());
        QTest::qWait(100);
        // Every tile of the whole grid, screen by screen.
        for (int row = 0; row < filter->rowCount() && faults.size() < 20; row += 24) {
            scrollTo(grid, row);
            faults += tileFaults(grid, *filter);
        }
        INFO(faults.mid(0, 20).join(QLatin1Char('\n')).toStdString());
        CHECK(faults.isEmpty());
        CHECK_FALSE(tiles(grid).isEmpty());
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("a filter that hides the current photo empties the detail pane and the selection", "[window][trust]")
{
    WindowSession session;
    {
        QQuickWindow *window = session.open(QStringLiteral(BYLINE_SAMPLE_DIR));
        session.waitForScan();
        PhotoModel *photos = session.photos();
        PhotoFilterModel *filter = session.filter();
        auto *details = session.find<PhotoDetails>("details");
        const QString name = QStringLiteral("iss-progress-63p-launch-from-baikonur.jpg");
        QQuickItem *tile = tileInView(window, *filter, name);
        click(window, tile);
        REQUIRE(details->fileName() == name);
        REQUIRE(photos->selection()->count() == 1);
        // What a drag carries is made when a drag starts, not on every click.
        CHECK(tile->property("dragData").toMap().isEmpty());
        REQUIRE(QMetaObject::invokeMethod(tile, "dragStarting"));
        const QVariantMap drag = tile->property("dragData").toMap();
        CHECK(drag.value(QStringLiteral("text/uri-list"))
                  .toString()
                  .contains(QUrl::fromLocalFile(details->path()).toEncoded()));
        CHECK(drag.value(QStringLiteral("text/plain")).toString() == details->attributedCaption());

        filter->setSelectedCredits({QStringLiteral("energia")}); // the photo is credited to NASA
        REQUIRE(filter->rowOfPath(QDir(QStringLiteral(BYLINE_SAMPLE_DIR)).filePath(name)) < 0);
        REQUIRE(waitUntil([&] { return !details->isValid(); }, 3000));
        CHECK(photos->selection()->count() == 0);
        QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
        CHECK(grid->property("currentIndex").toInt() == -1);
        // A filter that keeps it keeps it.
        filter->clearFilters();
        click(window, tileInView(window, *filter, name));
        filter->setSearchText(QStringLiteral("Baikonur"));
        QTest::qWait(50);
        CHECK(details->fileName() == name);
        CHECK(photos->selection()->count() == 1);
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("byline PHOTO scrolls the grid to that photo, and a new sort keeps the current photo in view",
          "[window][trust]")
{
    std::mt19937 random(testSeed());
    const RandomGallery gallery(random, 120);
    const QString photo = gallery.paths().constLast();
    WindowSession session;
    {
        QQuickWindow *window = session.open(gallery.path(), photo);
        session.waitForScan();
        PhotoFilterModel *filter = session.filter();
        QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
        REQUIRE(grid);
        const auto inView = [&] {
            QQuickItem *tile = item(window, QStringLiteral("tile:") + QFileInfo(photo).fileName());
            if (!tile || !tile->isVisible())
                return false;
            const QRectF shown = tile->mapRectToScene(QRectF(0, 0, tile->width(), tile->height()));
            return grid->mapRectToScene(QRectF(0, 0, grid->width(), grid->height())).contains(shown);
        };
        REQUIRE(waitUntil([&] { return grid->property("currentIndex").toInt() == filter->rowOfPath(photo); }, 3000));
        CHECK(waitUntil(inView, 3000));
        // Scrolled away, then sorted otherwise: the current photo is brought back into view.
        for (const auto key : {PhotoFilterModel::SortKey::Name, PhotoFilterModel::SortKey::FileSize,
                               PhotoFilterModel::SortKey::Credit}) {
            QMetaObject::invokeMethod(grid, "positionViewAtIndex", Q_ARG(int, filter->rowOfPath(photo) < 60 ? 119 : 0),
                                      Q_ARG(int, 1));
            QTest::qWait(20);
            filter->setSortKey(key);
            CHECK(waitUntil(inView, 3000));
        }
        // The user scrolls with the wheel: a photo arriving later no longer pulls the grid back.
        filter->setSortKey(PhotoFilterModel::SortKey::Name);
        REQUIRE(waitUntil(inView, 3000));
        const QPointF centre = grid->mapToScene(QPointF(grid->width() / 2, grid->height() / 2));
        for (int step = 0; step < 40 && inView(); ++step) {
            QWheelEvent event(centre, window->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QGuiApplication::sendEvent(window, &event);
            QTest::qWait(30);
        }
        REQUIRE_FALSE(inView());
        QFile::copy(gallery.paths().constFirst(), gallery.path() + QStringLiteral("/zz-late.jpg"));
        REQUIRE(
            waitUntil([&] { return filter->rowOfPath(gallery.path() + QStringLiteral("/zz-late.jpg")) >= 0; }, 10000));
        QTest::qWait(100);
        CHECK_FALSE(inView());
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("files swapped or replaced on disk while the window is open: every tile shows the new picture",
          "[window][trust]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    // Two photos of one flat colour each, of different sizes, and a third to replace one of them with.
    const auto solid = [&](const QString &name, QColor colour, QSize size) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(colour);
        REQUIRE(image.save(folder.filePath(name), "JPEG", 90));
        return folder.filePath(name);
    };
    const QString red = solid(QStringLiteral("red.jpg"), Qt::red, {640, 480});
    const QString blue = solid(QStringLiteral("blue.jpg"), Qt::blue, {400, 300});
    // The hardest case: both of one size (decoders ignore bytes after the end) and one mtime, so only
    // what stat cannot fake (the ctime, the inode) tells them apart after a swap.
    const qint64 size = qMax(QFileInfo(red).size(), QFileInfo(blue).size());
    const QDateTime sameTime = QDateTime::fromSecsSinceEpoch(1'600'000'000);
    for (const QString &path : {red, blue}) {
        const QByteArray bytes = PhotoFixture::readAll(path);
        PhotoFixture::writeAll(path, bytes + QByteArray(size - bytes.size(), '\0'));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(sameTime, QFileDevice::FileModificationTime));
    }
    REQUIRE(QFileInfo(red).size() == QFileInfo(blue).size());
    WindowSession session;
    {
        QQuickWindow *window = session.open(folder.path());
        session.waitForScan();
        PhotoFilterModel *filter = session.filter();
        // The colour drawn at the middle of a tile's picture, from the window itself.
        const auto shownColour = [&](const QString &name) {
            QQuickItem *tile = tileInView(window, *filter, name);
            const QPointF centre =
                tile->mapToScene(QPointF(tile->width() / 2, 8 + tile->property("edge").toInt() * 0.8));
            return window->grabWindow().pixelColor(centre.toPoint());
        };
        const auto looksLike = [](QColor shown, QColor expected) {
            return qAbs(shown.red() - expected.red()) < 40 && qAbs(shown.green() - expected.green()) < 40 &&
                   qAbs(shown.blue() - expected.blue()) < 40;
        };
        REQUIRE(waitUntil([&] { return looksLike(shownColour(QStringLiteral("red.jpg")), Qt::red); }, 10000));
        REQUIRE(waitUntil([&] { return looksLike(shownColour(QStringLiteral("blue.jpg")), Qt::blue); }, 10000));

        // Swap the two names, as `mv a t; mv b a; mv t b` does: each file keeps its own times.
        const QString swap = folder.filePath(QStringLiteral("swap"));
        REQUIRE(QFile::rename(red, swap));
        REQUIRE(QFile::rename(blue, red));
        REQUIRE(QFile::rename(swap, blue));
        session.photos()->rescan();
        CHECK(waitUntil([&] { return looksLike(shownColour(QStringLiteral("red.jpg")), Qt::blue); }, 10000));
        CHECK(waitUntil([&] { return looksLike(shownColour(QStringLiteral("blue.jpg")), Qt::red); }, 10000));

        // Replace one with another picture that keeps the old modification time (cp -p, touch -r).
        const QDateTime before = QFileInfo(red).lastModified();
        const QString green = solid(QStringLiteral("green.tmp"), Qt::green, {320, 240});
        REQUIRE(QFile::remove(red));
        REQUIRE(QFile::rename(green, red));
        QFile file(red);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(before, QFileDevice::FileModificationTime));
        file.close();
        session.photos()->rescan();
        CHECK(waitUntil([&] { return looksLike(shownColour(QStringLiteral("red.jpg")), Qt::green); }, 10000));
        const QStringList faults = tileFaults(item(window, QStringLiteral("photoGrid")), *filter);
        INFO(faults.join(QLatin1Char('\n')).toStdString());
        CHECK(faults.isEmpty());
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("a tile's name tooltip is for the photo under the pointer, never left over when the grid changes",
          "[window][trust]")
{
    WindowSession session;
    {
        QQuickWindow *window = session.open(QStringLiteral(BYLINE_SAMPLE_DIR));
        session.waitForScan();
        PhotoFilterModel *filter = session.filter();
        QQuickItem *tile = tileInView(window, *filter, QStringLiteral("iss-progress-63p-launch-from-baikonur.jpg"));
        const QPoint centre = tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint();
        QTest::mouseMove(window, centre);
        QTest::mouseMove(window, centre + QPoint(2, 2));
        REQUIRE(waitUntil([&] { return tile->property("pointedAt").toBool(); }, 3000));
        // The tiles refill under a still pointer: no tile may keep a tooltip naming what it showed before.
        filter->setSearchText(QStringLiteral("Energia"));
        QTest::qWait(100);
        const QList<QQuickItem *> tiles = item(window, QStringLiteral("photoGrid"))->findChildren<QQuickItem *>();
        int pointed = 0;
        for (QQuickItem *each : tiles) {
            if (each->objectName().startsWith(QStringLiteral("tile:")) && each->property("pointedAt").toBool())
                ++pointed;
        }
        CHECK(pointed == 0);
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}
