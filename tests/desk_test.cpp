#include <catch2/catch.hpp>

#include "support/catalogfixture.h"
#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/postgresserver.h"

#include "support/waituntil.h"

#include "catalog/catalog.h"
#include "catalog/cataloglistener.h"
#include "catalog/cataloglocation.h"
#include "models/catalogsetting.h"
#include "models/creditbookmodel.h"
#include "models/photomodel.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// The desk catalog on PostgreSQL (issue 21, docs/desk.md): where a catalog is, byline-cli --catalog and
// BYLINE_CATALOG, a schema from a newer Byline, a server that is not there. Every test that needs a
// server runs against a real one the tests start (PostgresServer), never a mock.

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// byline-cli with a cache folder of its own, so that a private SQLite catalog made by mistake is seen.
class Cli
{
public:
    Cli() { REQUIRE(m_cache.isValid()); }

    Run operator()(const QStringList &arguments, const QString &catalogVariable = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        environment.remove(QStringLiteral("BYLINE_CATALOG"));
        if (!catalogVariable.isEmpty())
            environment.insert(QStringLiteral("BYLINE_CATALOG"), catalogVariable);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BYLINE_CLI), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    /** Whether a command made the private catalog it should not have touched. */
    [[nodiscard]] bool madePrivateCatalog() const
    {
        QDirIterator files(m_cache.path(), {QStringLiteral("catalog.sqlite")}, QDir::Files,
                           QDirIterator::Subdirectories);
        return files.hasNext();
    }

private:
    QTemporaryDir m_cache;
};

QString sharedDatabase()
{
    const std::unique_ptr<PostgresServer> server = PostgresServer::shared();
    INFO("BYLINE_TEST_POSTGRES names no running test server (byline-test-postgres start)");
    REQUIRE(server);
    QString error;
    const QString url = server->createDatabase(error);
    INFO(error.toStdString());
    REQUIRE_FALSE(url.isEmpty());
    return url;
}

} // namespace

TEST_CASE("a catalog location is a SQLite file or a postgresql:// URL, shown without its password", "[desk]")
{
    const CatalogLocation file = CatalogLocation::parse(QStringLiteral("/home/desk/.cache/byline/catalog.sqlite"));
    CHECK_FALSE(file.isPostgres());
    CHECK(file.problem().isEmpty());
    CHECK(file.display() == QStringLiteral("/home/desk/.cache/byline/catalog.sqlite"));

    const CatalogLocation desk = CatalogLocation::parse(
        QStringLiteral("postgresql://editor:s3cret@db.desk.example:6543/photos?sslmode=require"));
    REQUIRE(desk.isPostgres());
    CHECK(desk.problem().isEmpty());
    CHECK(desk.host() == QStringLiteral("db.desk.example"));
    CHECK(desk.port() == 6543);
    CHECK(desk.user() == QStringLiteral("editor"));
    CHECK(desk.password() == QStringLiteral("s3cret"));
    CHECK(desk.database() == QStringLiteral("photos"));
    CHECK(desk.options() == QStringList{QStringLiteral("sslmode=require")});
    CHECK_FALSE(desk.display().contains(QStringLiteral("s3cret")));
    CHECK(desk.display().contains(QStringLiteral("editor@db.desk.example:6543/photos")));

    const CatalogLocation socket = CatalogLocation::parse(QStringLiteral("postgres:///photos?host=/run/postgresql"));
    CHECK(socket.host() == QStringLiteral("/run/postgresql"));
    CHECK(socket.port() == -1);
    const CatalogLocation service = CatalogLocation::parse(QStringLiteral("postgresql://?service=desk"));
    CHECK(service.problem().isEmpty()); // the database comes from pg_service.conf
    CHECK(service.options() == QStringList{QStringLiteral("service=desk")});

    // A typing error is refused, never dropped: "sslmod=require" would otherwise connect without TLS.
    CHECK(CatalogLocation::parse(QStringLiteral("postgresql://h/photos?sslmod=require"))
              .problem()
              .contains(QStringLiteral("sslmod")));
    CHECK_FALSE(CatalogLocation::parse(QStringLiteral("postgresql://h/")).problem().isEmpty());
    const Catalog refused(QStringLiteral("postgresql://h/photos?password=s3cret"));
    CHECK_FALSE(refused.isOpen());
    CHECK_FALSE(refused.errorString().contains(QStringLiteral("s3cret")));
}

TEST_CASE("BYLINE_CATALOG and byline-cli --catalog choose the catalog, --catalog first", "[desk]")
{
    qputenv("BYLINE_CATALOG", "postgresql://h/photos");
    CHECK(CatalogLocation::standard().text() == QStringLiteral("postgresql://h/photos"));
    CatalogLocation::setProcessDefault(QStringLiteral("/tmp/other.sqlite"));
    CHECK(CatalogLocation::standard().text() == QStringLiteral("/tmp/other.sqlite"));
    CatalogLocation::setProcessDefault(QString());
    qunsetenv("BYLINE_CATALOG");
    CHECK(CatalogLocation::standard().text() == Catalog::defaultPath());

    const Cli cli;
    const Run bad = cli({QStringLiteral("book"), QStringLiteral("--list"), QStringLiteral("--catalog"),
                         QStringLiteral("postgresql://h/photos?sslmod=require")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("sslmod")));
    const Run missing = cli({QStringLiteral("book"), QStringLiteral("--list"), QStringLiteral("--catalog")});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("two editors' byline-cli share aliases and the credit book through the desk catalog", "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    GalleryFolder folder;
    const Cli first;
    const Cli second; // another machine: a cache of its own
    const Run grouped = first({QStringLiteral("alias"), folder.path(), QStringLiteral("NASA/Tim Copra"),
                               QStringLiteral("NASA/Tim Kopra"), QStringLiteral("--catalog"), url});
    INFO(grouped.err.toStdString());
    REQUIRE(grouped.exitCode == 0);
    const Run booked = second(
        {QStringLiteral("book"), QStringLiteral("add"), QStringLiteral("Energia"), QStringLiteral("--catalog=") + url});
    INFO(booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);

    const Run aliases = second({QStringLiteral("alias"), folder.path(), QStringLiteral("--list")}, url);
    INFO(aliases.err.toStdString());
    CHECK(aliases.exitCode == 0);
    CHECK(aliases.out.contains(QStringLiteral("NASA/Tim Copra -> NASA/Tim Kopra")));
    const Run book = first({QStringLiteral("book"), QStringLiteral("--list")}, url);
    CHECK(book.out == QStringLiteral("Energia\n"));
    CHECK_FALSE(first.madePrivateCatalog());
    CHECK_FALSE(second.madePrivateCatalog());
    // Without the desk catalog, an editor's own catalog knows none of it.
    CHECK(first({QStringLiteral("book"), QStringLiteral("--list")}).out.isEmpty());
}

TEST_CASE("a scan through the desk catalog stores its records there, and the next scan reads them back",
          "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    GalleryFolder folder;
    MetadataWrite write;
    write.iptc.caption = QStringLiteral("Soyuz MS-02 rolls out. Photo credit: Energia");
    PhotoFixture::jpegWith(folder.filePath(QStringLiteral("rollout.jpg")), write);
    const Cli cli;
    const Run scan = cli({QStringLiteral("scan"), folder.path(), QStringLiteral("--json")}, url);
    INFO(scan.err.toStdString());
    REQUIRE(scan.exitCode == 0);
    CHECK(scan.out.contains(QStringLiteral("\"credit\": \"Energia\"")));
    const Catalog catalog(url);
    REQUIRE(catalog.isOpen());
    const QHash<QString, CatalogEntry> stored = catalog.entriesIn(folder.path());
    REQUIRE(stored.size() == 1);
    CHECK(stored.constBegin()->record.credit == QStringLiteral("Energia"));
    CHECK_FALSE(cli.madePrivateCatalog());
}

TEST_CASE("a desk catalog set up by a newer Byline is refused with a message, and left as it is", "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    {
        Catalog catalog(url);
        REQUIRE(catalog.isOpen());
        REQUIRE(catalog.setBookEntry({QStringLiteral("Energia")}));
    }
    {
        const CatalogLocation location = CatalogLocation::parse(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("newer"));
        db.setHostName(location.host());
        db.setUserName(location.user());
        db.setDatabaseName(location.database());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("UPDATE byline_schema SET version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    Catalog older(url);
    CHECK_FALSE(older.isOpen());
    CHECK(older.errorString().contains(QStringLiteral("newer Byline")));
    CHECK(older.errorString().contains(QStringLiteral("99")));
    CHECK_FALSE(older.setBookEntry({QStringLiteral("NASA")}));
    const Run cli = Cli()({QStringLiteral("book"), QStringLiteral("--list")}, url);
    CHECK(cli.err.contains(QStringLiteral("newer Byline")));
}

TEST_CASE("a desk catalog whose server is down is said within seconds, never waited for", "[desk][postgresql]")
{
    QString error;
    std::unique_ptr<PostgresServer> server = PostgresServer::start(error);
    INFO(error.toStdString());
    REQUIRE(server);
    const QString url = server->createDatabase(error);
    REQUIRE_FALSE(url.isEmpty());
    REQUIRE(server->stop());
    QElapsedTimer timer;
    timer.start();
    const Catalog catalog(url);
    CHECK(timer.elapsed() < 10000);
    CHECK_FALSE(catalog.isOpen());
    CHECK(catalog.errorString().contains(QStringLiteral("cannot connect to the desk catalog")));
    CHECK(catalog.entriesIn(QStringLiteral("/photos")).isEmpty());
    REQUIRE(server->restart());
    const Catalog again(url);
    INFO(again.errorString().toStdString());
    CHECK(again.isOpen());
}

TEST_CASE("an editor role set up as docs/desk.md says uses the catalog but cannot drop its tables",
          "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    {
        Catalog owner(url); // the administrator's first connection makes the tables
        REQUIRE(owner.isOpen());
    }
    const CatalogLocation location = CatalogLocation::parse(url);
    const QString editor = QStringLiteral("editor_%1").arg(location.database().right(8));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(location.host());
        db.setUserName(location.user());
        db.setDatabaseName(location.database());
        REQUIRE(db.open());
        QSqlQuery query(db);
        // docs/desk.md, "Roles": the same statements.
        for (const QString &statement :
             {QStringLiteral("CREATE ROLE %1 LOGIN").arg(editor),
              QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
              QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(location.database(), editor),
              QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(editor),
              QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                  .arg(editor)}) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));

    QString editorUrl = url;
    editorUrl.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + editor);
    {
        Catalog catalog(editorUrl);
        INFO(catalog.errorString().toStdString());
        REQUIRE(catalog.isOpen());
        CHECK(catalog.setBookEntry({QStringLiteral("Energia")}));
        CHECK(catalog.setAlias(QStringLiteral("/photos"), {QStringLiteral("copra"), QStringLiteral("kopra")}));
        CHECK(catalog.store({entry(QStringLiteral("/photos/a.jpg"))}));
        CHECK(catalog.creditBook().size() == 1);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("editor"));
    db.setHostName(location.host());
    db.setUserName(editor);
    db.setDatabaseName(location.database());
    REQUIRE(db.open());
    {
        QSqlQuery query(db);
        CHECK_FALSE(query.exec(QStringLiteral("DROP TABLE photos")));
        CHECK_FALSE(query.exec(QStringLiteral("CREATE TABLE mine(x INTEGER)")));
        CHECK(query.exec(QStringLiteral("SELECT count(*) FROM photos")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("editor"));
}

TEST_CASE("another editor's change reaches a listener within a second; this process's own do not", "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    {
        const Catalog made(url);
        REQUIRE(made.isOpen());
    }
    CatalogListener listener;
    QSignalSpy changed(&listener, &CatalogListener::changed);
    listener.watch(url);
    REQUIRE(listener.isListening());
    REQUIRE(waitUntil([&] { return listener.isConnected(); }, 10000));

    Catalog own(url); // this process's own models show its changes already
    REQUIRE(own.setBookEntry({QStringLiteral("NASA")}));
    QTest::qWait(400);
    CHECK(changed.isEmpty());

    GalleryFolder folder;
    const Run grouped = Cli()({QStringLiteral("alias"), folder.path(), QStringLiteral("NASA/Tim Copra"),
                               QStringLiteral("NASA/Tim Kopra"), QStringLiteral("--catalog"), url});
    REQUIRE(grouped.exitCode == 0);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 1000));
    INFO("seen after " << timer.elapsed() << " ms");
    CHECK(changed.first().at(0).toString() == QStringLiteral("aliases"));
    CHECK(changed.first().at(1).toString() == folder.path());

    // A SQLite catalog has no channel: nothing to listen to.
    CatalogListener file;
    file.watch(QDir::temp().filePath(QStringLiteral("catalog.sqlite")));
    CHECK_FALSE(file.isListening());
}

TEST_CASE("an alias another editor groups regroups an open folder, and a book entry shows, within a second",
          "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    GalleryFolder folder;
    for (const auto &[name, credit] : {std::pair{"a.jpg", "NASA/Tim Copra"}, std::pair{"b.jpg", "NASA/Tim Kopra"}}) {
        MetadataWrite write;
        write.iptc.caption = QStringLiteral("Expedition 47");
        write.iptc.credit = QString::fromUtf8(credit);
        PhotoFixture::jpegWith(folder.filePath(QString::fromLatin1(name)), write);
    }
    PhotoModel photos;
    photos.setCatalogPath(url);
    photos.setFolder(folder.path());
    waitForScan(photos);
    REQUIRE(photos.rowCount() == 2);
    const auto key = [&](const char *name) {
        return photos.index(photos.rowOf(folder.filePath(QString::fromLatin1(name))), 0)
            .data(PhotoModel::CreditKeyRole)
            .toString();
    };
    REQUIRE(key("a.jpg") != key("b.jpg"));
    CreditBookModel book;
    book.setCatalogPath(url);
    REQUIRE(waitUntil([&] { return book.state() == CreditBookModel::LoadingState::Ready; }, 10000));
    REQUIRE(book.rowCount() == 0);

    const Cli editor; // on another machine
    REQUIRE(editor({QStringLiteral("alias"), folder.path(), QStringLiteral("NASA/Tim Copra"),
                    QStringLiteral("NASA/Tim Kopra"), QStringLiteral("--catalog"), url})
                .exitCode == 0);
    REQUIRE(editor({QStringLiteral("book"), QStringLiteral("add"), QStringLiteral("Energia"),
                    QStringLiteral("--catalog"), url})
                .exitCode == 0);
    CHECK(waitUntil([&] { return key("a.jpg") == key("b.jpg"); }, 1500));
    CHECK(waitUntil([&] { return book.rowCount() == 1; }, 1500));
}

TEST_CASE("a listener says when the server goes, connects again by itself, and then reports everything changed",
          "[desk][postgresql]")
{
    QString error;
    std::unique_ptr<PostgresServer> server = PostgresServer::start(error);
    INFO(error.toStdString());
    REQUIRE(server);
    const QString url = server->createDatabase(error);
    REQUIRE_FALSE(url.isEmpty());
    CatalogListener listener;
    QSignalSpy changed(&listener, &CatalogListener::changed);
    listener.watch(url);
    REQUIRE(waitUntil([&] { return listener.isConnected(); }, 10000));
    REQUIRE(server->stop());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(waitUntil([&] { return !listener.isConnected(); }, 5000));
    CHECK(timer.elapsed() < 3000);
    CHECK_FALSE(listener.errorString().isEmpty());
    REQUIRE(server->restart());
    REQUIRE(waitUntil([&] { return listener.isConnected(); }, 10000));
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 1000));
    CHECK(changed.last() == QVariantList{QString(), QString()});
}

TEST_CASE("the window's catalog setting tests a URL without changing it, refuses a saved password, and switches",
          "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    CatalogSetting setting;
    CHECK_FALSE(setting.isShared());
    CHECK(setting.isConnected()); // this computer's own catalog
    QSignalSpy tested(&setting, &CatalogSetting::tested);
    const auto answer = [&](const QString &text) {
        tested.clear();
        setting.test(text);
        REQUIRE(waitUntil([&] { return !tested.isEmpty(); }, 15000));
        CHECK(tested.first().at(0).toString() == text);
        return std::pair{tested.first().at(1).toBool(), tested.first().at(2).toString()};
    };

    const auto [emptyUsable, emptyMessage] = answer(url);
    CHECK(emptyUsable);
    CHECK(emptyMessage.contains(QStringLiteral("no Byline catalog there yet")));
    CHECK(answer(url).second.contains(QStringLiteral("no Byline catalog"))); // the test made no tables
    {
        Catalog catalog(url);
        REQUIRE(catalog.isOpen());
        REQUIRE(catalog.store({entry(QStringLiteral("/photos/a.jpg")), entry(QStringLiteral("/photos/b.jpg"))}));
    }
    CHECK(answer(url).second.contains(QStringLiteral("a desk catalog of 2 photo records")));
    const auto [downUsable, downMessage] = answer(QStringLiteral("postgresql:///photos?host=/nonexistent-socket-dir"));
    CHECK_FALSE(downUsable);
    CHECK(downMessage.contains(QStringLiteral("cannot connect")));
    CHECK_FALSE(answer(QStringLiteral("postgresql://h/photos?sslmod=require")).first);

    CHECK(setting.use(QStringLiteral("postgresql://alice:s3cret@h/photos")).contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(setting.use(QStringLiteral("/tmp/elsewhere.sqlite")).isEmpty());
    CHECK(CatalogLocation::configured().isEmpty());

    QSignalSpy switched(&setting, &CatalogSetting::locationChanged);
    REQUIRE(setting.use(url).isEmpty());
    CHECK(switched.size() == 1);
    CHECK(setting.isShared());
    CHECK(CatalogLocation::configured() == url);
    CHECK(QSettings().value(QStringLiteral("catalog/location")).toString() == url);
    CHECK(waitUntil([&] { return setting.isConnected(); }, 10000));
    CatalogLocation::setProcessDefault(QString());
    CatalogSetting::applySaved(); // the next start
    CHECK(CatalogLocation::configured() == url);

    REQUIRE(setting.use(QString()).isEmpty()); // back to this computer's own
    CHECK_FALSE(setting.isShared());
    CHECK(CatalogLocation::configured().isEmpty());
    CHECK_FALSE(QSettings().contains(QStringLiteral("catalog/location")));
}

TEST_CASE("every listener of one desk catalog in a process shares one connection", "[desk][postgresql]")
{
    const QString url = sharedDatabase();
    CatalogListener photos, book, setting; // what one window holds
    for (CatalogListener *listener : {&photos, &book, &setting})
        listener->watch(url);
    REQUIRE(waitUntil([&] { return photos.isConnected() && book.isConnected() && setting.isConnected(); }, 10000));
    const CatalogLocation location = CatalogLocation::parse(url);
    int connections = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("count"));
        db.setHostName(location.host());
        db.setUserName(location.user());
        db.setDatabaseName(location.database());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                          "application_name = 'byline'")
                               .arg(location.database())));
        REQUIRE(query.next());
        connections = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    CHECK(connections == 1);
    // A listener that joins later is told at once that the channel is connected.
    CatalogListener late;
    QSignalSpy told(&late, &CatalogListener::connectedChanged);
    late.watch(url);
    CHECK(late.isConnected());
    CHECK(told.size() == 1);
}
