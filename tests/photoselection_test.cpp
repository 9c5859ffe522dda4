#include <catch2/catch.hpp>

#include "support/galleryfolder.h"

#include "models/photofiltermodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

TEST_CASE("the selection is a set of photos that survives filtering, sorting and rescans", "[selection]")
{
    GalleryFolder folder;
    for (int i = 0; i < 6; ++i)
        folder.add({QStringLiteral("p%1.jpg").arg(i), QStringLiteral("Photo %1").arg(i),
                    i < 3 ? QStringLiteral("Energia") : QStringLiteral("SpaceX")});
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel view;
    view.setPhotos(&photos);
    view.setSortKey(PhotoFilterModel::SortKey::Name);
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PhotoSelection &selection = *photos.selection();
    QSignalSpy roleChanges(&photos, &QAbstractItemModel::dataChanged);

    selection.selectRange(&view, 1, 3); // shift+click from p1 to p3
    CHECK(selection.count() == 3);
    CHECK(roleChanges.count() == 1); // adjacent rows: one signal
    CHECK(view.index(2, 0).data(PhotoModel::SelectedRole).toBool());

    view.setSelectedCredits({QStringLiteral("spacex")}); // p3 stays shown, p1 and p2 are hidden...
    CHECK(selection.count() == 3);                       // ...but still selected
    view.setSortOrder(Qt::DescendingOrder);
    CHECK(selection.contains(folder.filePath(QStringLiteral("p1.jpg"))));

    selection.selectAll(&view); // Ctrl+A adds what is shown
    CHECK(selection.count() == 5);
    selection.toggle(folder.filePath(QStringLiteral("p4.jpg")));
    CHECK(selection.count() == 4);
    selection.selectOnly(folder.filePath(QStringLiteral("p5.jpg")));
    CHECK(selection.paths() == QStringList{folder.filePath(QStringLiteral("p5.jpg"))});

    REQUIRE(QFile::remove(folder.filePath(QStringLiteral("p5.jpg"))));
    photos.rescan();
    waitForScan(photos);
    CHECK(selection.count() == 0); // a photo that vanished leaves the selection
    selection.clear();
    CHECK(selection.count() == 0);
}
