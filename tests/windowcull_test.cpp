#include <catch2/catch.hpp>

#include "support/exiftool.h"
#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "metadata/metadatareader.h"
#include "metadata/metadatawriter.h"
#include "models/editsession.h"
#include "models/fieldfacetmodel.h"
#include "models/photodetails.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// Issue 20: a take is culled on the keyboard (rate, label, reject, advance), filtered by its marks, and
// the marks written into the files when the desk asks, through the write-back path.

namespace {

void clickWhenEnabled(QQuickWindow *window, const QString &name)
{
    QQuickItem *button = visibleItem(window, name);
    REQUIRE(waitUntil([&] { return button->isEnabled(); }, 10000));
    click(window, button);
}

// A facet list's item once the list has been counted again: marks, filters and keys recount the lists on
// the next turn of the event loop, which may make the list anew; an item found before that may be about to go.
QQuickItem *facetItem(QQuickWindow *window, const QString &name)
{
    QTest::qWait(20);
    return visibleItem(window, name);
}

int ratingShown(const PhotoFilterModel &filter, const QString &path)
{
    const int row = filter.rowOfPath(path);
    return row < 0 ? -9 : filter.index(row, 0).data(PhotoModel::RatingRole).toInt();
}

} // namespace

TEST_CASE("window: rate, label and reject on the keyboard, advance, filter the picks and write them into the files",
          "[window][culling]")
{
    GalleryFolder folder;
    QStringList paths;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg", "f.jpg"}) {
        MetadataWrite write;
        write.iptc.caption = QStringLiteral("Soyuz MS-02 launch");
        write.iptc.credit = QStringLiteral("NASA/Bill Ingalls");
        write.iptc.dateTaken = QStringLiteral("2016-10-19T08:05:0") + QLatin1Char(name[0] - 'a' + '0');
        paths.append(folder.filePath(QString::fromLatin1(name)));
        PhotoFixture::jpegWith(paths.constLast(), write);
    }
    const QByteArray untouched = PhotoFixture::readAll(paths[5]);
    QTemporaryDir backups;
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    session.find<EditSession>("editSession")->setBackupFolder(backups.path());
    PhotoFilterModel *filter = session.filter();
    REQUIRE(filter->count() == 6);
    QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
    REQUIRE(grid);

    click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
    QTest::keyClick(window, Qt::Key_5);
    CHECK(ratingShown(*filter, paths[0]) == 5);
    // The tile says so at once, outlined as not yet written.
    QQuickItem *marks = findItem(tileInView(window, *filter, QStringLiteral("a.jpg")), QStringLiteral("ratingMarks"));
    REQUIRE(marks);
    REQUIRE(waitUntil([&] { return marks->isVisible(); }, 5000));
    CHECK(marks->property("text").toString() == QStringLiteral("★★★★★"));
    CHECK(filter->index(filter->rowOfPath(paths[0]), 0).data(PhotoModel::MarkPendingRole).toBool());
    // T tags it (Photo Mechanic's pick): a check mark on the tile; P is the same key, pressed twice a toggle.
    QTest::keyClick(window, Qt::Key_T);
    QQuickItem *tag = findItem(tileInView(window, *filter, QStringLiteral("a.jpg")), QStringLiteral("tileTag"));
    REQUIRE(tag);
    REQUIRE(waitUntil([&] { return tag->isVisible(); }, 5000));
    QTest::keyClick(window, Qt::Key_P);
    REQUIRE(waitUntil([&] { return !tag->isVisible(); }, 5000));
    QTest::keyClick(window, Qt::Key_P);
    CHECK(filter->index(filter->rowOfPath(paths[0]), 0).data(PhotoModel::TaggedRole).toBool());
    CHECK(session.photos()->pendingMarkCount() == 1);

    // Advance on: each key marks the current photo and moves to the next.
    click(window, visibleItem(window, QStringLiteral("advanceToolButton")));
    REQUIRE(grid->property("advanceAfterMark").toBool());
    REQUIRE(waitUntil([&] { return grid->hasActiveFocus(); }, 2000)); // the toggle hands the keys back to the grid
    QTest::keyClick(window, Qt::Key_6);                               // a: Red, then b is current
    QTest::keyClick(window, Qt::Key_X);                               // b: rejected, then c
    QTest::keyClick(window, Qt::Key_3);                               // c: three stars, then d
    CHECK(filter->index(filter->rowOfPath(paths[0]), 0).data(PhotoModel::LabelRole).toString() ==
          QStringLiteral("Red"));
    CHECK(ratingShown(*filter, paths[1]) == -1);
    CHECK(ratingShown(*filter, paths[2]) == 3);
    CHECK(ratingShown(*filter, paths[3]) == 0);
    CHECK(session.photos()->selection()->paths() == QStringList{paths[3]});
    CHECK(session.photos()->pendingMarkCount() == 3);
    const QByteArray unwritten = PhotoFixture::readAll(paths[0]);
    QTest::keyClick(window, Qt::Key_X, Qt::NoModifier); // d, then e
    QTest::keyClick(window, Qt::Key_0);                 // e, back to what its file says: no mark
    CHECK(session.photos()->pendingMarkCount() == 4);
    click(window, tileInView(window, *filter, QStringLiteral("d.jpg")));
    QTest::keyClick(window, Qt::Key_0); // d unrated again: no mark (and e is current)
    CHECK(session.photos()->pendingMarkCount() == 3);
    CHECK(PhotoFixture::readAll(paths[0]) == unwritten); // nothing written by a key

    // Culling the unrated ones: each key takes the photo out of the filter, and Advance goes on to the
    // photo that followed it, none skipped.
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:0")));
    REQUIRE(waitUntil([&] { return filter->count() == 3; }, 5000));   // d, e, f
    REQUIRE(waitUntil([&] { return grid->hasActiveFocus(); }, 2000)); // the click left the keys with the grid
    click(window, tileInView(window, *filter, QStringLiteral("d.jpg")));
    QTest::keyClick(window, Qt::Key_2);
    QTest::keyClick(window, Qt::Key_4);
    CHECK(ratingShown(*session.filter(), paths[3]) == -9); // filtered out: rated
    CHECK(session.photos()->index(session.photos()->rowOf(paths[3])).data(PhotoModel::RatingRole).toInt() == 2);
    CHECK(session.photos()->index(session.photos()->rowOf(paths[4])).data(PhotoModel::RatingRole).toInt() == 4);
    CHECK(session.photos()->selection()->paths() == QStringList{paths[5]}); // f, the last unrated
    CHECK(filter->count() == 1);
    // The list is made again once its new values (two and four stars) are counted, on the next turn of the
    // event loop: its check box is found anew after that, never an item about to go.
    facetItem(window, QStringLiteral("fieldFacetCheck:0:4"));
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:0")));
    REQUIRE(waitUntil([&] { return filter->count() == 6; }, 5000));

    // Advance off: a key that takes the photo out of the filter still leaves the desk's place in the take,
    // the photo that followed it, current and selected (not nothing, with Down going back to the top).
    click(window, visibleItem(window, QStringLiteral("advanceToolButton")));
    REQUIRE_FALSE(grid->property("advanceAfterMark").toBool());
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:2")));
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:4")));
    REQUIRE(waitUntil([&] { return filter->count() == 2; }, 5000)); // d (two stars), e (four)
    REQUIRE(waitUntil([&] { return grid->hasActiveFocus(); }, 2000));
    click(window, tileInView(window, *filter, QStringLiteral("d.jpg")));
    QTest::keyClick(window, Qt::Key_3);
    CHECK(ratingShown(*filter, paths[3]) == -9);
    CHECK(window->property("currentPath").toString() == paths[4]);
    CHECK(session.photos()->selection()->paths() == QStringList{paths[4]});
    session.photos()->setRating({paths[3]}, 2); // as it was, for what follows
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:2")));
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:4")));
    REQUIRE(waitUntil([&] { return filter->count() == 6; }, 5000));

    // The rating facet lists the marks; checking three and five stars shows the picks.
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:5")));
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:3")));
    REQUIRE(waitUntil([&] { return filter->count() == 2; }, 5000));
    CHECK(filter->isFiltering());

    // Write every pending mark, whatever is selected and shown: the five photos marked.
    CHECK(session.photos()->pendingMarkCount() == 5);
    clickWhenEnabled(window, QStringLiteral("writeMarksButton"));
    auto *editor = session.find<EditSession>("editSession");
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    CHECK(editor->preview()->fileCount() == 5);
    // The preview reads a rating as stars, with the number the file will hold.
    QStringList ratingChanges;
    for (int row = 0; row < editor->preview()->rowCount(); ++row) {
        const QModelIndex change = editor->preview()->index(row, 0);
        if (change.data(EditPreviewModel::FileNameRole).toString() == QStringLiteral("a.jpg") &&
            change.data(EditPreviewModel::FieldRole).toString() == QStringLiteral("Rating"))
            ratingChanges << change.data(EditPreviewModel::BeforeRole).toString() + QStringLiteral(" -> ") +
                                 change.data(EditPreviewModel::AfterRole).toString();
    }
    CHECK(ratingChanges == QStringList{QStringLiteral(" -> ★★★★★ (5)")});
    clickWhenEnabled(window, QStringLiteral("editWriteButton"));
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    INFO(editor->failures().join(u'\n').toStdString());
    CHECK(editor->failures().isEmpty());
    CHECK(MetadataReader::read(paths[0]).rating == 5);
    CHECK(MetadataReader::read(paths[0]).label == QStringLiteral("Red"));
    CHECK(MetadataReader::read(paths[0]).tagged);
    CHECK_FALSE(MetadataReader::read(paths[1]).tagged);
    CHECK(MetadataReader::read(paths[1]).rating == -1);
    CHECK(MetadataReader::read(paths[2]).rating == 3);
    CHECK(MetadataReader::read(paths[4]).rating == 4);
    CHECK(PhotoFixture::readAll(paths[5]) == untouched); // f was never marked
    // The rescan finds the files holding their marks: nothing is pending any more.
    REQUIRE(waitUntil([&] { return session.photos()->pendingMarkCount() == 0; }, 15000));
    if (ExifTool::available()) {
        const QJsonObject tags = ExifTool::read(paths[0]);
        CHECK(tags.value(QStringLiteral("XMP-xmp:Rating")).toInt() == 5);
        CHECK(tags.value(QStringLiteral("XMP-xmp:Label")).toString() == QStringLiteral("Red"));
        // Photo Mechanic's own property, which ExifTool reads as a Boolean and prints as "Yes".
        CHECK(tags.value(QStringLiteral("XMP-photomech:Tagged")).toString() == QStringLiteral("Yes"));
    }

    // Undo sets the files back, and the cull is not lost with it: the five marks are pending again.
    REQUIRE(editor->canUndo());
    clickWhenEnabled(window, QStringLiteral("editUndoButton")); // the result page's Undo, as the desk would
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().startsWith(QStringLiteral("Undone")); }, 15000));
    CHECK_FALSE(MetadataReader::read(paths[0]).rating.has_value());
    REQUIRE(waitUntil([&] { return session.photos()->pendingMarkCount() == 5; }, 15000));
    // Once the rescan has read the files again, the marks still stand.
    QTest::qWait(300);
    session.waitForScan();
    CHECK(session.photos()->pendingMarkCount() == 5);
    CHECK(ratingShown(*filter, paths[0]) == 5);
    CHECK(filter->index(filter->rowOfPath(paths[0]), 0).data(PhotoModel::MarkPendingRole).toBool());
}

TEST_CASE("window: when the filter hides the current photo, a mark is for the photo shown selected and Advance "
          "goes on from it",
          "[window][culling][trust]")
{
    // New-user finding: the current photo hidden by "Unrated" while another selected photo stays shown. The
    // mark went to that photo, but Advance went on from a row that was no longer the current one, and the
    // next key marked a photo never selected.
    GalleryFolder folder;
    QStringList paths;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg", "f.jpg", "g.jpg"}) {
        MetadataWrite write;
        write.iptc.caption = QStringLiteral("Soyuz MS-02 launch");
        write.iptc.dateTaken = QStringLiteral("2016-10-19T08:05:0") + QLatin1Char(name[0] - 'a' + '0');
        paths.append(folder.filePath(QString::fromLatin1(name)));
        PhotoFixture::jpegWith(paths.constLast(), write);
    }
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    PhotoFilterModel *filter = session.filter();
    PhotoModel *photos = session.photos();
    auto *details = session.find<PhotoDetails>("details");
    QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
    REQUIRE(grid);
    const auto rating = [&](int i) {
        return photos->index(photos->rowOf(paths[i])).data(PhotoModel::RatingRole).toInt();
    };
    photos->setRating({paths[1], paths[4]}, 2); // b and e: not in "Unrated"

    click(window, visibleItem(window, QStringLiteral("advanceToolButton")));
    REQUIRE(grid->property("advanceAfterMark").toBool());
    click(window, tileInView(window, *filter, QStringLiteral("c.jpg")));
    click(window, tileInView(window, *filter, QStringLiteral("e.jpg")), Qt::ControlModifier); // e is current
    REQUIRE(waitUntil([&] { return details->path() == paths[4]; }, 3000));
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:0")));
    REQUIRE(waitUntil([&] { return filter->count() == 5; }, 5000));      // a, c, d, f, g
    REQUIRE(waitUntil([&] { return details->path().isEmpty(); }, 3000)); // e is hidden: nothing is current
    REQUIRE(photos->selection()->paths() == QStringList{paths[2]});      // c is still shown selected
    grid->forceActiveFocus();

    QTest::keyClick(window, Qt::Key_1); // c, the photo shown selected; then d, the photo after it
    CHECK(rating(2) == 1);
    CHECK(photos->selection()->paths() == QStringList{paths[3]});
    REQUIRE(waitUntil([&] { return details->path() == paths[3]; }, 3000));
    QTest::keyClick(window, Qt::Key_1); // d, as shown; then f
    CHECK(rating(3) == 1);
    CHECK(rating(0) == 0); // a, the filter's first row, never selected
    CHECK(rating(5) == 0);
    CHECK(photos->selection()->paths() == QStringList{paths[5]});
    REQUIRE(waitUntil([&] { return details->path() == paths[5]; }, 3000));
    QTest::keyClick(window, Qt::Key_1); // f, then g
    CHECK(rating(5) == 1);
    CHECK(photos->selection()->paths() == QStringList{paths[6]});
    CHECK(rating(0) == 0);
    CHECK(rating(6) == 0);
    session.closeWindow();
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: the rating, label and tag lists do not move under the pointer when a value leaves them",
          "[window][culling]")
{
    // Second new-user pass: "Unrated" checked hid the tagged photos, "Tagged" left the Tag list, and the block
    // of lists shrank and moved: the next click meant for "★" checked "Unrated" again.
    GalleryFolder folder;
    QStringList paths;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg"}) {
        MetadataWrite write;
        write.iptc.caption = QStringLiteral("Soyuz MS-02 launch");
        paths.append(folder.filePath(QString::fromLatin1(name)));
        PhotoFixture::jpegWith(paths.constLast(), write);
    }
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    PhotoModel *photos = session.photos();
    photos->setRating({paths[0]}, 3);
    photos->toggleTag({paths[0]});
    QQuickItem *lists = visibleItem(window, QStringLiteral("fieldFacetScroll"));
    REQUIRE(facetItem(window, QStringLiteral("fieldFacetCheck:5:Tagged")));
    REQUIRE(facetItem(window, QStringLiteral("fieldFacetCheck:0:3")));
    REQUIRE(visibleItem(window, QStringLiteral("writeMarksButton")));
    // Each list recounts on its own timer: measured once the pane has stopped moving (a slow CI build
    // measured before the rating list had grown).
    const auto settled = [&] {
        QRectF last;
        for (int still = 0, tries = 0; still < 3 && tries < 100; ++tries) {
            QTest::qWait(50);
            const QRectF now = lists->mapRectToScene(QRectF(0, 0, lists->width(), lists->height()));
            still = now == last ? still + 1 : 0;
            last = now;
        }
        return last;
    };
    const QRectF before = settled();
    click(window, facetItem(window, QStringLiteral("fieldFacetCheck:0:0"))); // Unrated: a is hidden
    REQUIRE(waitUntil([&] { return session.filter()->count() == 2; }, 5000));
    REQUIRE(waitUntil([&] { return item(window, QStringLiteral("fieldFacetCheck:5:Tagged")) == nullptr; }, 5000));
    const QRectF after = settled();
    CHECK(after.top() == before.top());
    CHECK(after.height() == before.height());
    session.closeWindow();
    WindowSession::checkNoWarnings();
}
