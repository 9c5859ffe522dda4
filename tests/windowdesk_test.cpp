#include <catch2/catch.hpp>

#include "support/catalogfixture.h"
#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/postgresserver.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "catalog/catalog.h"
#include "catalog/cataloglocation.h"
#include "models/catalogsetting.h"
#include "models/creditbookmodel.h"

#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// The desk catalog in the real window (issue 21, docs/desk.md): the Catalog dialog reached from the
// credit book, its connection test, switching the window to a desk catalog, and the toolbar's desk
// button when the server goes away and comes back. A real PostgreSQL server of the test's own.

TEST_CASE("window: the Catalog dialog tests a desk catalog, switches to it, and the desk button says when it "
          "goes and comes back",
          "[window][desk][postgresql]")
{
    QString error;
    std::unique_ptr<PostgresServer> server = PostgresServer::start(error);
    INFO(error.toStdString());
    REQUIRE(server);
    const QString url = server->createDatabase(error);
    REQUIRE_FALSE(url.isEmpty());
    {
        Catalog desk(url); // another editor's book
        REQUIRE(desk.isOpen());
        REQUIRE(desk.setBookEntry({QStringLiteral("Energia")}));
    }
    GalleryFolder folder;
    MetadataWrite write;
    write.iptc.caption = QStringLiteral("Soyuz MS-02 rolls out. Photo credit: Energia");
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("rollout.jpg")), write);

    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    auto *book = session.find<CreditBookModel>("creditBook");
    auto *setting = session.find<CatalogSetting>("catalogSetting");
    REQUIRE(waitUntil([&] { return book->state() == CreditBookModel::LoadingState::Ready; }));
    CHECK(book->count() == 0); // this computer's own catalog
    CHECK_FALSE(item(window, QStringLiteral("deskButton"))->isVisible());

    click(window, visibleItem(window, QStringLiteral("creditBookButton")));
    CHECK(visibleItem(window, QStringLiteral("bookCatalog"))
              ->property("text")
              .toString()
              .contains(QStringLiteral("this computer's catalog")));
    click(window, visibleItem(window, QStringLiteral("bookCatalogButton")));
    QQuickItem *location = visibleItem(window, QStringLiteral("catalogLocation"));
    QQuickItem *use = visibleItem(window, QStringLiteral("catalogUse"));
    click(window, location);
    typeText(window, url);
    CHECK_FALSE(use->isEnabled()); // not before a test
    click(window, visibleItem(window, QStringLiteral("catalogTest")));
    QQuickItem *result = visibleItem(window, QStringLiteral("catalogTestResult"));
    CHECK(result->property("text").toString().contains(QStringLiteral("a desk catalog of 0 photo records")));
    REQUIRE(waitUntil([&] { return use->isEnabled(); }, 5000));
    click(window, use);
    QObject *dialog = session.find<QObject>("catalogDialog");
    REQUIRE(waitUntil([&] { return !dialog->property("opened").toBool(); }, 3000));
    CHECK(setting->isShared());
    CHECK(waitUntil([&] { return book->count() == 1; }, 5000)); // the desk's book
    QQuickItem *desk = visibleItem(window, QStringLiteral("deskButton"));
    REQUIRE(waitUntil([&] { return desk->property("text").toString() == QStringLiteral("● Desk"); }, 10000));
    // The folder is scanned again into the desk catalog.
    CHECK(waitUntil([&] { return !Catalog(url).entriesIn(folder.path()).isEmpty(); }, 10000));

    REQUIRE(server->stop());
    CHECK(waitUntil([&] { return desk->property("text").toString() == QStringLiteral("○ Desk offline"); }, 5000));
    CHECK(item(window, QStringLiteral("notice"))
              ->property("text")
              .toString()
              .contains(QStringLiteral("cannot be reached")));
    CHECK(session.photos()->rowCount() == 1); // the window keeps what it shows
    REQUIRE(server->restart());
    CHECK(waitUntil([&] { return desk->property("text").toString() == QStringLiteral("● Desk"); }, 10000));

    REQUIRE(setting->use(QString()).isEmpty()); // leave the next test this computer's own catalog
    session.closeWindow();
    WindowSession::checkNoWarnings();
}
