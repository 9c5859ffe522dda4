#include <catch2/catch.hpp>

#include "support/galleryfolder.h"

#include "support/waituntil.h"

#include "catalog/catalog.h"
#include "credits/attributedcaption.h"
#include "models/photofiltermodel.h"
#include "models/selectiontransfer.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

TEST_CASE("a caption naming another credit than its photo's is copied whole and counted", "[transfer]")
{
    GalleryFolder folder;
    const QString docking = folder.add(
        {QStringLiteral("d.jpg"), QStringLiteral("Docking. Credit: NASA/Tim Kopra"), QStringLiteral("Roscosmos")});
    const QString same =
        folder.add({QStringLiteral("s.jpg"), QStringLiteral("Liftoff. Credit: Energia"), QStringLiteral("Energia")});
    const QString plain =
        folder.add({QStringLiteral("p.jpg"), QStringLiteral("On the pad"), QStringLiteral("Energia")});
    PhotoModel photos;
    folder.open(photos);
    SelectionTransfer transfer;
    transfer.setPhotos(&photos);
    transfer.setView(&photos);

    // The author's words stay: both credits are printed, so the window must say so when it copies.
    CHECK(transfer.attributedText({docking}) == QStringLiteral("Docking. Credit: NASA/Tim Kopra. Credit: Roscosmos"));
    CHECK(transfer.contradictions({docking, same, plain}) == 1);
    CHECK(transfer.contradictions({same, plain}) == 0);
    CHECK(AttributedCaption::otherCredit(QStringLiteral("Docking. Credit: NASA/Tim Kopra"),
                                         QStringLiteral("Roscosmos")) == QStringLiteral("NASA/Tim Kopra"));
    CHECK_FALSE(AttributedCaption::otherCredit(QStringLiteral("Docking. Credit: NASA/Tim Kopra"), QString()));
}

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

TEST_CASE("Ctrl+C copies the credit line in the desk's house style, a house line over the style", "[transfer][book]")
{
    GalleryFolder folder;
    const QString a =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("Rocket on the pad"), QStringLiteral("Energia")});
    // Credited in the caption: "Over Asia. Credit: NASA/Tim Kopra", whose own credit line gives way to the house one.
    const QString b = folder.add({QStringLiteral("b.jpg"), QStringLiteral("Over Asia"),
                                  QStringLiteral("NASA/Tim Kopra"), FixturePhoto::CreditIn::Caption});
    const QString c =
        folder.add({QStringLiteral("c.jpg"), QStringLiteral("Docking"), QStringLiteral("NASA/ESA/Tim Peake")});
    PhotoModel photos;
    folder.open(photos);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString catalogPath = dir.filePath(QStringLiteral("book.sqlite"));
    REQUIRE(Catalog(catalogPath).storeBook({{QStringLiteral("Energia"), QStringLiteral("RSC Energia")}}, true));
    CreditBookModel book;
    book.setCatalogPath(catalogPath);
    REQUIRE(waitUntil([&] { return book.count() == 1; }));
    SelectionTransfer transfer;
    transfer.setPhotos(&photos);
    transfer.setView(&photos);

    // Without the book: Byline's line, as always.
    CHECK(transfer.attributedText({a, b, c}) ==
          QStringLiteral("Rocket on the pad. Credit: Energia\n\nOver Asia. Credit: NASA/Tim Kopra\n\n"
                         "Docking. Credit: NASA/ESA/Tim Peake"));
    transfer.setBook(&book);
    CHECK(transfer.attributedText({a}) == QStringLiteral("Rocket on the pad. Credit: RSC Energia"));
    book.setStyle(CreditBookModel::Style::PersonOrganisation);
    // The caption's own credit line is replaced, not printed twice; a credit no style can rearrange is as written.
    CHECK(transfer.attributedText({a, b, c}) ==
          QStringLiteral("Rocket on the pad. Credit: RSC Energia\n\nOver Asia. Credit: Tim Kopra/NASA\n\n"
                         "Docking. Credit: NASA/ESA/Tim Peake"));
    QGuiApplication::clipboard()->clear();
    CHECK(transfer.copyToClipboard({b}) == 1);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("Over Asia. Credit: Tim Kopra/NASA"));
    CHECK(transfer.dragData({b}).value(QStringLiteral("text/plain")).toString() ==
          QStringLiteral("Over Asia. Credit: Tim Kopra/NASA"));
}
