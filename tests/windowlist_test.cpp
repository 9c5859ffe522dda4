#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "metadata/metadatawriter.h"

#include <QImage>
#include <QSettings>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// Issue 20: the list view checks a take caption by caption (a row per photo: time, name, rating, credit,
// caption), sorts by the column clicked, keeps every culling key, and is remembered; captions can also
// show under the grid's tiles.

namespace {

// The list row of @p fileName, scrolled into view.
QQuickItem *rowInView(QQuickWindow *window, const PhotoFilterModel &filter, const QString &fileName)
{
    QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
    REQUIRE(grid);
    for (int at = 0; at < filter.rowCount(); ++at) {
        if (filter.index(at, 0).data(PhotoModel::FileNameRole).toString() == fileName)
            QMetaObject::invokeMethod(grid, "positionViewAtIndex", Q_ARG(int, at), Q_ARG(int, 2 /* Contain */));
    }
    return visibleItem(window, QStringLiteral("listRow:") + fileName);
}

QString textOf(QQuickItem *root, const QString &name)
{
    QQuickItem *found = findItem(root, name);
    REQUIRE(found);
    return found->property("text").toString();
}

QStringList shownNames(const PhotoFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names << filter.index(row, 0).data(PhotoModel::FileNameRole).toString();
    return names;
}

} // namespace

TEST_CASE("window: the list view shows each photo's time, name, rating, credit and caption, sorts by the column "
          "clicked, keeps the culling keys, and is remembered",
          "[window][list]")
{
    GalleryFolder folder;
    struct Photo
    {
        const char *name, *caption, *credit, *date, *serial, *instructions;
    };
    const Photo take[] = {
        {"kopra_0101.jpg", "Soyuz MS-02 lifts off from Baikonur", "NASA/Tim Kopra", "2016-10-19T08:05:12.10", "A1", ""},
        {"peake_2001.jpg", "Crowd watches the launch", "ESA/Tim Peake", "2016-10-19T08:05:12.20", "B2",
         "EMBARGOED until 19 October 2016 09:00 GMT"},
        {"kopra_0102.jpg", "Booster separation", "NASA/Tim Kopra", "2016-10-19T08:05:12.3", "A1", ""},
        {"energia_01.jpg", "", "Energia", "2016-10-18T16:00:00", "", ""},
    };
    for (const Photo &photo : take) {
        MetadataWrite write;
        write.iptc.caption = QString::fromUtf8(photo.caption);
        write.iptc.credit = QString::fromUtf8(photo.credit);
        write.iptc.instructions = QString::fromUtf8(photo.instructions);
        if (write.iptc.caption.isEmpty())
            write.iptc.caption = QString();
        if (write.iptc.instructions.isEmpty())
            write.iptc.instructions = QString();
        write.exif.dateTaken = QString::fromLatin1(photo.date);
        if (photo.serial[0] != '\0')
            write.exif.cameraSerial = QString::fromLatin1(photo.serial);
        PhotoFixture::jpegWith(folder.filePath(QString::fromLatin1(photo.name)), write);
    }
    WindowSession session;
    {
        QQuickWindow *window = session.open(folder.path());
        session.waitForScan();
        PhotoFilterModel *filter = session.filter();
        REQUIRE(filter->count() == 4);
        QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
        REQUIRE(grid);
        filter->setSortKey(PhotoFilterModel::SortKey::DateTaken);
        // By the time taken, two cameras' burst interleaved by the fraction of a second.
        CHECK(shownNames(*filter) ==
              QStringList{"energia_01.jpg", "kopra_0101.jpg", "peake_2001.jpg", "kopra_0102.jpg"});
        CHECK_FALSE(item(window, QStringLiteral("photoListHeader"))->isVisible());

        // Captions under tiles, from the View menu: the grid's tiles grow a caption.
        click(window, visibleItem(window, QStringLiteral("viewToolButton")));
        click(window, visibleItem(window, QStringLiteral("captionsUnderTilesItem")));
        REQUIRE(grid->property("captionsUnderTiles").toBool());
        QQuickItem *tile = tileInView(window, *filter, QStringLiteral("kopra_0101.jpg"));
        QQuickItem *tileCaption = findItem(tile, QStringLiteral("tileCaption"));
        REQUIRE(tileCaption);
        CHECK(tileCaption->isVisible());
        CHECK(tileCaption->property("text").toString() == QStringLiteral("Soyuz MS-02 lifts off from Baikonur"));

        // Ctrl+L: the list, a row per photo with its columns.
        grid->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
        REQUIRE(grid->property("listMode").toBool());
        REQUIRE(waitUntil([&] { return item(window, QStringLiteral("photoListHeader"))->isVisible(); }, 2000));
        QQuickItem *peake = rowInView(window, *filter, QStringLiteral("peake_2001.jpg"));
        CHECK(textOf(peake, QStringLiteral("listTime")) == QStringLiteral("2016-10-19 08:05:12.20"));
        // A camera that records tenths: shown as hundredths, so the column lines up.
        CHECK(textOf(rowInView(window, *filter, QStringLiteral("kopra_0102.jpg")), QStringLiteral("listTime")) ==
              QStringLiteral("2016-10-19 08:05:12.30"));
        CHECK(textOf(peake, QStringLiteral("listName")) == QStringLiteral("peake_2001.jpg"));
        CHECK(textOf(peake, QStringLiteral("listRating")).isEmpty());
        CHECK(textOf(peake, QStringLiteral("listCredit")) == QStringLiteral("ESA/Tim Peake"));
        CHECK(textOf(peake, QStringLiteral("listCaption")) == QStringLiteral("Crowd watches the launch"));
        QQuickItem *flag = findItem(peake, QStringLiteral("listRestrictions"));
        REQUIRE(flag);
        CHECK(flag->isVisible());
        CHECK(flag->property("text").toString().contains(QStringLiteral("Embargo")));
        QQuickItem *energia = rowInView(window, *filter, QStringLiteral("energia_01.jpg"));
        CHECK(textOf(energia, QStringLiteral("listCaption")) == QStringLiteral("No caption"));
        CHECK_FALSE(findItem(energia, QStringLiteral("listRestrictions"))->isVisible());
        // No tile is left behind the rows.
        CHECK_FALSE(item(window, QStringLiteral("tile:kopra_0101.jpg")));

        // The culling keys work on the list as on the grid: a click selects, Down moves, a digit rates.
        click(window, rowInView(window, *filter, QStringLiteral("kopra_0101.jpg")));
        QTest::keyClick(window, Qt::Key_Down);
        CHECK(session.photos()->selection()->paths() == QStringList{folder.filePath(QStringLiteral("peake_2001.jpg"))});
        QTest::keyClick(window, Qt::Key_4);
        CHECK(filter->index(filter->rowOfPath(folder.filePath(QStringLiteral("peake_2001.jpg"))), 0)
                  .data(PhotoModel::RatingRole)
                  .toInt() == 4);
        REQUIRE(waitUntil(
            [&] {
                return textOf(rowInView(window, *filter, QStringLiteral("peake_2001.jpg")),
                              QStringLiteral("listRating")) == QStringLiteral("★★★★");
            },
            2000));

        // A column's title sorts by it; again turns the order; the rating sorts best first.
        click(window, visibleItem(window, QStringLiteral("listTitle:%1").arg(int(PhotoFilterModel::SortKey::Caption))));
        CHECK(filter->sortKey() == PhotoFilterModel::SortKey::Caption);
        CHECK_FALSE(filter->isDescending());
        CHECK(shownNames(*filter) ==
              QStringList{"kopra_0102.jpg", "peake_2001.jpg", "kopra_0101.jpg", "energia_01.jpg"}); // none last
        click(window, visibleItem(window, QStringLiteral("listTitle:%1").arg(int(PhotoFilterModel::SortKey::Caption))));
        CHECK(filter->isDescending());
        CHECK(shownNames(*filter) ==
              QStringList{"kopra_0101.jpg", "peake_2001.jpg", "kopra_0102.jpg", "energia_01.jpg"});
        click(window, visibleItem(window, QStringLiteral("listTitle:%1").arg(int(PhotoFilterModel::SortKey::Name))));
        CHECK(filter->sortKey() == PhotoFilterModel::SortKey::Name);
        CHECK(shownNames(*filter) ==
              QStringList{"energia_01.jpg", "kopra_0101.jpg", "kopra_0102.jpg", "peake_2001.jpg"});
        click(window, visibleItem(window, QStringLiteral("listTitle:%1").arg(int(PhotoFilterModel::SortKey::Rating))));
        CHECK(filter->sortKey() == PhotoFilterModel::SortKey::Rating);
        CHECK(filter->isDescending());
        CHECK(shownNames(*filter).first() == QStringLiteral("peake_2001.jpg"));
        click(window, visibleItem(window, QStringLiteral("listTitle:%1").arg(int(PhotoFilterModel::SortKey::Credit))));
        CHECK(filter->sortKey() == PhotoFilterModel::SortKey::Credit);
        CHECK(shownNames(*filter) ==
              QStringList{"energia_01.jpg", "peake_2001.jpg", "kopra_0101.jpg", "kopra_0102.jpg"});
        click(window,
              visibleItem(window, QStringLiteral("listTitle:%1").arg(int(PhotoFilterModel::SortKey::DateTaken))));
        CHECK(filter->sortKey() == PhotoFilterModel::SortKey::DateTaken);
        // The current photo stays current and selected through the sorts.
        CHECK(window->property("currentPath").toString() == folder.filePath(QStringLiteral("peake_2001.jpg")));
        CHECK(grid->property("currentIndex").toInt() ==
              filter->rowOfPath(folder.filePath(QStringLiteral("peake_2001.jpg"))));
    }
    // Remembered: the next window opens on the list.
    session.closeWindow();
    const QSettings remembered;
    CHECK(remembered.value(QStringLiteral("window/listView")).toBool());
    CHECK(remembered.value(QStringLiteral("window/captionsUnderTiles")).toBool());
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: C compares two to four selected photos side by side, rates the one chosen, and leaves the "
          "selection",
          "[window][compare]")
{
    GalleryFolder folder;
    QStringList paths;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg"}) {
        MetadataWrite write;
        write.iptc.caption = QStringLiteral("Soyuz MS-02 launch");
        write.iptc.credit = QStringLiteral("NASA/Bill Ingalls");
        if (name[0] == 'b')
            write.iptc.instructions = QStringLiteral("NO SALES");
        write.iptc.dateTaken = QStringLiteral("2016-10-19T08:05:0") + QLatin1Char(name[0] - 'a' + '0');
        paths.append(folder.filePath(QString::fromLatin1(name)));
        PhotoFixture::jpegWith(paths.constLast(), write);
    }
    WindowSession session;
    {
        QQuickWindow *window = session.open(folder.path());
        session.waitForScan();
        PhotoFilterModel *filter = session.filter();
        REQUIRE(filter->count() == 5);
        // A popup: in the visual tree only while open.
        auto *compare = session.find<QObject>("compareView");
        const auto open = [compare] { return compare->property("visible").toBool(); };

        // One photo is nothing to compare: the window says so.
        click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
        QTest::keyClick(window, Qt::Key_C);
        QTest::qWait(50);
        CHECK_FALSE(open());

        // Two: side by side, each with its credit line, the restricted one flagged.
        click(window, tileInView(window, *filter, QStringLiteral("b.jpg")), Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_C);
        REQUIRE(waitUntil(open, 3000));
        QQuickItem *first = visibleItem(window, QStringLiteral("comparePane:a.jpg"));
        QQuickItem *second = visibleItem(window, QStringLiteral("comparePane:b.jpg"));
        CHECK(waitUntil([&] { return first->x() < second->x() && qAbs(first->y() - second->y()) < 1; }, 3000));
        CHECK(first->height() > window->height() * 0.7); // the whole height, not a row of two
        CHECK(textOf(first, QStringLiteral("compareCredit")) == QStringLiteral("Credit: NASA/Bill Ingalls"));
        CHECK_FALSE(findItem(first, QStringLiteral("compareRestriction"))->isVisible());
        CHECK(findItem(second, QStringLiteral("compareRestriction"))->isVisible());
        CHECK(textOf(second, QStringLiteral("compareRestriction")).contains(QStringLiteral("No sales")));

        // The keys rate the chosen photo: the current one (b, clicked last) at first, then a after ←.
        QTest::keyClick(window, Qt::Key_2);
        QTest::keyClick(window, Qt::Key_Left);
        QTest::keyClick(window, Qt::Key_5);
        QTest::keyClick(window, Qt::Key_7); // Yellow
        const auto role = [&](const QString &path, int which) {
            return filter->index(filter->rowOfPath(path), 0).data(which);
        };
        CHECK(role(paths[1], PhotoModel::RatingRole).toInt() == 2);
        CHECK(role(paths[0], PhotoModel::RatingRole).toInt() == 5);
        CHECK(role(paths[0], PhotoModel::LabelRole).toString() == QStringLiteral("Yellow"));
        REQUIRE(waitUntil(
            [&] { return textOf(first, QStringLiteral("compareRating")).startsWith(QStringLiteral("★★★★★")); }, 2000));
        CHECK(textOf(first, QStringLiteral("compareRating")) ==
              QStringLiteral("★★★★★  ·  Yellow  (not written yet: rating, label)"));

        // Esc closes: the chosen photo is current, the two are still selected.
        QTest::keyClick(window, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !open(); }, 3000));
        CHECK(window->property("currentPath").toString() == paths[0]);
        CHECK(session.photos()->selection()->count() == 2);

        // Four: two by two.
        click(window, tileInView(window, *filter, QStringLiteral("c.jpg")), Qt::ControlModifier);
        click(window, tileInView(window, *filter, QStringLiteral("d.jpg")), Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_C);
        REQUIRE(waitUntil(open, 3000));
        QQuickItem *a = visibleItem(window, QStringLiteral("comparePane:a.jpg"));
        QQuickItem *c = visibleItem(window, QStringLiteral("comparePane:c.jpg"));
        QQuickItem *d = visibleItem(window, QStringLiteral("comparePane:d.jpg"));
        // Laid out two by two once the layout has been polished (on the next frame).
        CHECK(waitUntil([&] { return qAbs(a->x() - c->x()) < 1 && c->y() > a->y() && d->x() > c->x(); }, 3000));
        QTest::keyClick(window, Qt::Key_Left); // d, clicked last, → c
        QTest::keyClick(window, Qt::Key_X);
        CHECK(role(paths[2], PhotoModel::RatingRole).toInt() == -1);
        // With Advance on, a mark moves the choice on to the next photo compared, as in the grid.
        QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
        grid->setProperty("advanceAfterMark", true);
        QTest::keyClick(window, Qt::Key_Left); // c → b
        QTest::keyClick(window, Qt::Key_4);
        CHECK(role(paths[1], PhotoModel::RatingRole).toInt() == 4);
        CHECK(compare->property("focusedPath").toString() == paths[2]);
        QTest::keyClick(window, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return !open(); }, 3000));
        CHECK(window->property("currentPath").toString() == paths[2]);

        // And in the lightbox: a mark steps on to the next photo the filter shows.
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *caption = nullptr;
        REQUIRE(waitUntil(
            [&] { return (caption = item(window, QStringLiteral("lightboxCaption"))) && caption->isVisible(); }, 3000));
        QTest::keyClick(window, Qt::Key_3);
        CHECK(role(paths[2], PhotoModel::RatingRole).toInt() == 3);
        REQUIRE(waitUntil([&] { return window->property("currentPath").toString() == paths[3]; }, 3000));
        // The restriction is flagged here too, as on the tile and in compare (new-user finding).
        QQuickItem *restriction = item(window, QStringLiteral("lightboxRestriction"));
        REQUIRE(restriction);
        CHECK_FALSE(restriction->isVisible());
        QTest::keyClick(window, Qt::Key_Left);
        QTest::keyClick(window, Qt::Key_Left);
        REQUIRE(waitUntil([&] { return window->property("currentPath").toString() == paths[1]; }, 3000));
        REQUIRE(waitUntil([&] { return restriction->isVisible(); }, 3000));
        CHECK(restriction->property("text").toString() == QStringLiteral("⚑ No sales"));
        CHECK(item(window, QStringLiteral("lightboxRating"))->property("text").toString() ==
              QStringLiteral("★★★★☆  (not written yet: rating)"));
        QTest::keyClick(window, Qt::Key_Escape);
        grid->setProperty("advanceAfterMark", false);
        QTest::qWait(100);

        // Five is too many (the lightbox left one selected: the five are chosen again).
        click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
        for (const char *name : {"b.jpg", "c.jpg", "d.jpg", "e.jpg"})
            click(window, tileInView(window, *filter, QString::fromLatin1(name)), Qt::ControlModifier);
        REQUIRE(session.photos()->selection()->count() == 5);
        QTest::keyClick(window, Qt::Key_C);
        QTest::qWait(50);
        CHECK_FALSE(open());
    }
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: a file cut short or misnamed is marked on its tile and its list row; selecting never "
          "wraps the toolbar; the marks' filters are there before any mark",
          "[window][list]")
{
    GalleryFolder folder;
    MetadataWrite write;
    write.iptc.caption = QStringLiteral("Soyuz MS-02 lifts off");
    write.iptc.credit = QStringLiteral("NASA/Bill Ingalls");
    const QString whole = folder.filePath(QStringLiteral("whole.jpg"));
    PhotoFixture::jpegWith(whole, write, QSize(640, 480));
    const QByteArray bytes = PhotoFixture::readAll(whole);
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("cut.jpg")), bytes.first(bytes.size() * 2 / 3));
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(folder.filePath(QStringLiteral("misnamed.jpg")), "PNG"));

    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    PhotoFilterModel *filter = session.filter();
    REQUIRE(filter->count() == 3);
    for (const char *name : {"cut.jpg", "misnamed.jpg"}) {
        INFO(name);
        QQuickItem *badge =
            findItem(tileInView(window, *filter, QString::fromLatin1(name)), QStringLiteral("warningBadge"));
        REQUIRE(badge);
        CHECK(badge->isVisible());
    }
    QQuickItem *badge =
        findItem(tileInView(window, *filter, QStringLiteral("whole.jpg")), QStringLiteral("warningBadge"));
    REQUIRE(badge);
    CHECK_FALSE(badge->isVisible());
    // Unrated, No label, Not tagged: a cull starts by checking them.
    for (const char *facet : {"fieldFacets:0", "fieldFacets:1", "fieldFacets:5"}) {
        INFO(facet);
        CHECK(visibleItem(window, QString::fromLatin1(facet)));
    }

    // The narrowest window that has the toolbar on one line, nothing selected: selecting a photo there adds
    // " · 1 selected" to the count, and the bar must still be one line (the grid must not jump down).
    QQuickItem *toolBar = item(window, QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    session.photos()->selection()->clear();
    const auto heightAt = [&](int width) {
        window->setWidth(width);
        QTest::qWait(30);
        return toolBar->height();
    };
    const qreal oneLine = heightAt(2400);
    int width = 2400;
    while (width > 600 && heightAt(width - 20) == oneLine)
        width -= 20;
    REQUIRE(width > 600); // the bar does wrap in a narrow window
    REQUIRE(heightAt(width) == oneLine);
    click(window, tileInView(window, *filter, QStringLiteral("whole.jpg")));
    REQUIRE(session.photos()->selection()->count() == 1);
    QTest::qWait(100);
    CHECK(toolBar->height() == oneLine);
    window->setWidth(1280);

    QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
    grid->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(grid->property("listMode").toBool());
    QQuickItem *cut = rowInView(window, *filter, QStringLiteral("cut.jpg"));
    QQuickItem *warning = findItem(cut, QStringLiteral("listWarning"));
    REQUIRE(warning);
    CHECK(warning->isVisible());
    CHECK(warning->property("text").toString().contains(QStringLiteral("truncated")));

    // A wide window: six columns. A narrow one (a laptop's, beside the panes): the time goes above the name
    // and the credit above the caption, and the caption keeps a readable width.
    window->setWidth(2000);
    REQUIRE(waitUntil([&] { return !grid->property("listCompact").toBool(); }, 2000));
    QQuickItem *wholeRow = rowInView(window, *filter, QStringLiteral("whole.jpg"));
    CHECK(findItem(wholeRow, QStringLiteral("listCredit"))->isVisible());
    CHECK_FALSE(findItem(wholeRow, QStringLiteral("listCompactCredit"))->isVisible());
    window->setWidth(960);
    REQUIRE(waitUntil([&] { return grid->property("listCompact").toBool(); }, 2000));
    wholeRow = rowInView(window, *filter, QStringLiteral("whole.jpg"));
    CHECK_FALSE(findItem(wholeRow, QStringLiteral("listCredit"))->isVisible());
    CHECK_FALSE(findItem(wholeRow, QStringLiteral("listTime"))->isVisible());
    QQuickItem *credit = findItem(wholeRow, QStringLiteral("listCompactCredit"));
    CHECK(credit->isVisible());
    CHECK(credit->property("text").toString() == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(findItem(wholeRow, QStringLiteral("listCompactTime"))->isVisible());
    QQuickItem *caption = findItem(wholeRow, QStringLiteral("listCaption"));
    INFO("caption column " << caption->width() << " px of a grid " << grid->width() << " px wide");
    CHECK(caption->width() >= grid->width() * 0.35);
    CHECK(caption->property("text").toString() == QStringLiteral("Soyuz MS-02 lifts off"));
}

TEST_CASE("window: a new sort with no current photo shows the start of the new order", "[window][list]")
{
    // New-user finding: sorting the list by credit left it scrolled to wherever it was, the middle of a
    // new order.
    GalleryFolder folder;
    for (int i = 0; i < 24; ++i)
        folder.add({QStringLiteral("frame_%1.jpg").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Launch"),
                    i % 2 ? QStringLiteral("NASA/Bill Ingalls") : QStringLiteral("Energia")});
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
    REQUIRE(grid);
    grid->setProperty("listMode", true);
    REQUIRE(window->property("currentPath").toString().isEmpty());
    const auto top = [grid] {
        return qAbs(grid->property("contentY").toReal() - grid->property("originY").toReal()) < 1;
    };
    REQUIRE(waitUntil([&] { return grid->property("contentHeight").toReal() > grid->height() + 100; }, 3000));
    QMetaObject::invokeMethod(grid, "positionViewAtEnd");
    REQUIRE(waitUntil([&] { return !top(); }, 3000));
    session.filter()->setSortKey(PhotoFilterModel::SortKey::Credit);
    CHECK(waitUntil(top, 3000));
    session.closeWindow();
    WindowSession::checkNoWarnings();
}
