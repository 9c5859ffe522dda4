#include <catch2/catch.hpp>

#include "support/galleryfolder.h"

#include "models/photofiltermodel.h"
#include "models/selectiontransfer.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUrl>

#include <memory>

TEST_CASE("the selection leaves the window as attributed captions and file URLs", "[transfer]")
{
    GalleryFolder folder;
    const QString a =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("Rocket on the pad"), QStringLiteral("Energia")});
    const QString b = folder.add({QStringLiteral("b b.jpg"), QStringLiteral("Over Asia"),
                                  QStringLiteral("NASA/Tim Kopra"), FixturePhoto::CreditIn::Caption});
    const QString c = folder.add({QStringLiteral("c.jpg"), QString(), QString(), FixturePhoto::CreditIn::Nowhere});
    PhotoModel photos;
    folder.open(photos);
    PhotoFilterModel view;
    view.setPhotos(&photos);
    view.setSortKey(PhotoFilterModel::SortKey::Name);
    view.setSortOrder(Qt::DescendingOrder);
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SelectionTransfer transfer;
    transfer.setPhotos(&photos);
    transfer.setView(&view);

    // Nothing selected: the current photo, when shown.
    CHECK(transfer.shownSelection(a) == QStringList{a});
    CHECK(transfer.shownSelection().isEmpty());

    photos.selection()->selectAll(&view);
    // The order the user sees (names descending), not the selection's.
    CHECK(transfer.shownSelection(a) == QStringList({c, b, a}));
    // The photo without caption or credit gives no empty paragraph.
    CHECK(transfer.attributedText(transfer.shownSelection()) ==
          QStringLiteral("Over Asia. Credit: NASA/Tim Kopra\n\nRocket on the pad. Credit: Energia"));

    QGuiApplication::clipboard()->clear();
    CHECK(transfer.copyToClipboard(transfer.shownSelection()) == 2);
    CHECK(QGuiApplication::clipboard()->text() ==
          QStringLiteral("Over Asia. Credit: NASA/Tim Kopra\n\nRocket on the pad. Credit: Energia"));

    // A filter hides a selected photo: it is still selected, but neither copied nor dragged.
    view.setSearchText(QStringLiteral("rocket"));
    CHECK(photos.selection()->count() == 3);
    CHECK(transfer.shownSelection() == QStringList{a});
    CHECK(transfer.copyToClipboard(transfer.shownSelection(b)) == 1);

    // A photo with nothing to copy empties the clipboard: a paste never gives the photo copied before.
    QGuiApplication::clipboard()->setText(QStringLiteral("Rocket on the pad. Credit: Energia"));
    CHECK(transfer.copyToClipboard({c}) == 0);
    CHECK(QGuiApplication::clipboard()->text().isEmpty());

    view.clearFilters();
    const QVariantMap drag = transfer.dragData({b, a});
    const QString uris = drag.value(QStringLiteral("text/uri-list")).toString();
    CHECK(uris == QUrl::fromLocalFile(b).toString(QUrl::FullyEncoded) + QStringLiteral("\r\n") +
                      QUrl::fromLocalFile(a).toString(QUrl::FullyEncoded) + QStringLiteral("\r\n"));
    CHECK(uris.contains(QStringLiteral("b%20b.jpg"))); // RFC 2483: URLs, encoded
    CHECK(transfer.dragData({}).isEmpty());

    const std::unique_ptr<QMimeData> mime(transfer.mimeData({a, b}));
    CHECK(mime->urls() == QList<QUrl>({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)}));
    CHECK(mime->text().startsWith(QStringLiteral("Rocket on the pad. Credit: Energia")));
}
