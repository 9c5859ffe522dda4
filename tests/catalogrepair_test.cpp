#include <catch2/catch.hpp>

#include "support/catalogfixture.h"
#include "support/photofixture.h"

#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

// A catalog file that is damaged, from a newer Byline or of an older schema: records that no longer
// decode are dropped, a damaged or newer file is moved aside and a fresh one made, an older one migrated.

namespace {

// Runs SQL on the catalog file behind Catalog's back, the way another program or a damaged disk would.
// Runs @p statements in order on one connection, so that an ATTACH holds for those after it.
void execRawAll(const QString &databasePath, const QStringList &statements)
{
    const QString name = QStringLiteral("catalog-test-raw-all");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        REQUIRE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void execRaw(const QString &databasePath, const QString &sql)
{
    const QString name = QStringLiteral("catalog-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList setAside(const QTemporaryDir &dir, const QString &reason)
{
    return QDir(dir.path()).entryList({QStringLiteral("catalog.sqlite.%1-*").arg(reason)}, QDir::Files);
}

} // namespace

TEST_CASE("a record whose blob no longer decodes is absent, the rest are kept", "[catalog]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog catalog(path);
        REQUIRE(catalog.store({entry(QStringLiteral("/photos/a.jpg")), entry(QStringLiteral("/photos/b.jpg"))}));
    }
    execRaw(path, QStringLiteral("UPDATE photos SET record = x'ff00' WHERE path = '/photos/a.jpg'"));

    Catalog catalog(path);
    REQUIRE(catalog.isOpen());
    CHECK(catalog.warnings().isEmpty());
    CHECK(sortedPaths(catalog.entriesIn(QStringLiteral("/photos"))) == QStringList{QStringLiteral("/photos/b.jpg")});
    // A scan holds them encoded and decodes each when its file is found unchanged: the damaged one
    // decodes as nothing, so its file is read again.
    const QHash<QString, StoredEntry> stored = catalog.storedIn(QStringLiteral("/photos"));
    REQUIRE(stored.size() == 2);
    CHECK_FALSE(stored.value(QStringLiteral("/photos/a.jpg")).decode(QStringLiteral("/photos/a.jpg")));
    const std::optional<PhotoRecord> b =
        stored.value(QStringLiteral("/photos/b.jpg")).decode(QStringLiteral("/photos/b.jpg"));
    REQUIRE(b);
    CHECK(b->path == QStringLiteral("/photos/b.jpg"));
}

TEST_CASE("a file of random bytes is moved aside and a fresh catalog works", "[catalog][damage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    PhotoFixture::writeAll(path, noise);

    Catalog catalog(path);
    INFO(catalog.errorString().toStdString());
    REQUIRE(catalog.isOpen());
    REQUIRE(catalog.warnings().size() == 1);
    CHECK(catalog.warnings().constFirst().contains(QStringLiteral("damaged")));
    const QStringList broken = setAside(dir, QStringLiteral("broken"));
    REQUIRE(broken.size() == 1);
    CHECK(catalog.warnings().constFirst().contains(broken.constFirst()));
    CHECK(PhotoFixture::readAll(dir.filePath(broken.constFirst())) == noise);

    REQUIRE(catalog.store({entry(QStringLiteral("/photos/a.jpg"))}));
    CHECK(catalog.entriesIn(QStringLiteral("/photos")).size() == 1);
}

TEST_CASE("a database cut off or overwritten in the middle is moved aside and rebuilt", "[catalog][damage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog catalog(path);
        QList<CatalogEntry> entries;
        for (int i = 0; i < 2000; ++i)
            entries << entry(QStringLiteral("/photos/%1.jpg").arg(i));
        REQUIRE(catalog.store(entries));
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // all of it is in the main file
    QFile file(path);
    REQUIRE(file.size() > 100'000);

    SECTION("cut off")
    {
        REQUIRE(file.resize(file.size() / 2));
    }
    SECTION("a page overwritten")
    {
        // A data page, far from the header and the schema that opening reads anyway: only the
        // integrity check can notice this one.
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2 / 4096 * 4096));
        REQUIRE(file.write(QByteArray(4096, '\xa5')) == 4096);
        file.close();
    }

    Catalog catalog(path);
    INFO(catalog.errorString().toStdString());
    REQUIRE(catalog.isOpen());
    REQUIRE(catalog.warnings().size() == 1);
    CHECK(catalog.warnings().constFirst().contains(QStringLiteral("damaged")));
    CHECK(setAside(dir, QStringLiteral("broken")).size() == 1);
    CHECK(catalog.entriesIn(QStringLiteral("/photos")).isEmpty());
    REQUIRE(catalog.store({entry(QStringLiteral("/photos/a.jpg"))}));
    CHECK(catalog.entriesIn(QStringLiteral("/photos")).size() == 1);
}

TEST_CASE("a catalog from a newer Byline is moved aside, not overwritten", "[catalog][damage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog catalog(path);
        REQUIRE(catalog.store({entry(QStringLiteral("/photos/a.jpg"))}));
    }
    execRaw(path, QStringLiteral("PRAGMA user_version = %1").arg(Catalog::s_schemaVersion + 1));

    Catalog catalog(path);
    INFO(catalog.errorString().toStdString());
    REQUIRE(catalog.isOpen());
    REQUIRE(catalog.warnings().size() == 1);
    CHECK(catalog.warnings().constFirst().contains(QStringLiteral("newer")));
    CHECK(setAside(dir, QStringLiteral("newer")).size() == 1);
    CHECK(setAside(dir, QStringLiteral("broken")).isEmpty());
    CHECK(catalog.entriesIn(QStringLiteral("/photos")).isEmpty());
    REQUIRE(catalog.store({entry(QStringLiteral("/photos/a.jpg"))}));
}

TEST_CASE("a catalog of schema 1 is migrated in place: its records and the user's aliases are kept",
          "[catalog][aliases]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    // Schema 1 as Byline 0.1 made it, with a record (the blob as this version encodes it) and an alias.
    {
        Catalog scratch(dir.filePath(QStringLiteral("scratch.sqlite")));
        REQUIRE(scratch.store({entry(QStringLiteral("/photos/a.jpg"), 42)}));
    }
    execRawAll(
        path, {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                              " mtime INTEGER NOT NULL, record BLOB NOT NULL)"),
               QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
               QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                              " PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
               QStringLiteral("ATTACH DATABASE '%1' AS scratch").arg(dir.filePath(QStringLiteral("scratch.sqlite"))),
               QStringLiteral("INSERT INTO photos SELECT path, folder, size, stamp, record FROM scratch.photos"),
               QStringLiteral("INSERT INTO aliases VALUES('/photos', 'nasa/tim copra', 'nasa/tim kopra')"),
               QStringLiteral("PRAGMA user_version = 1")});

    Catalog catalog(path);
    INFO(catalog.errorString().toStdString());
    REQUIRE(catalog.isOpen());
    CHECK(catalog.warnings().isEmpty()); // nothing was set aside
    CHECK(setAside(dir, QStringLiteral("broken")).isEmpty());
    CHECK(catalog.aliases(QStringLiteral("/photos")) ==
          QList<CreditAlias>{{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra")}});
    const QHash<QString, CatalogEntry> entries = catalog.entriesIn(QStringLiteral("/photos"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.value(QStringLiteral("/photos/a.jpg")).stamp == 42);
    REQUIRE(catalog.store({entry(QStringLiteral("/photos/b.jpg"), 7)}));
    CHECK(catalog.entriesIn(QStringLiteral("/photos")).size() == 2);
}

TEST_CASE("a schema 2 catalog's paths with a real U+FFFD keep their rows and aliases in schema 3", "[catalog][aliases]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    const QString folder = QStringLiteral("/photos/\uFFFDt\u00E9"); // a real U+FFFD, as schema 2 stored it
    {
        Catalog scratch(dir.filePath(QStringLiteral("scratch.sqlite")));
        REQUIRE(scratch.store({entry(QStringLiteral("/photos/a.jpg"), 42)}));
    }
    execRawAll(
        path,
        {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                        " stamp INTEGER NOT NULL, record BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
         QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                        " PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
         QStringLiteral("ATTACH DATABASE '%1' AS scratch").arg(dir.filePath(QStringLiteral("scratch.sqlite"))),
         QStringLiteral("INSERT INTO photos SELECT '%1/caf\uFFFD.jpg', '%1', size, stamp, record FROM scratch.photos")
             .arg(folder),
         QStringLiteral("INSERT INTO aliases VALUES('%1', 'nasa/tim copra', 'nasa/tim kopra')").arg(folder),
         QStringLiteral("PRAGMA user_version = 2")});

    Catalog catalog(path);
    INFO(catalog.errorString().toStdString());
    REQUIRE(catalog.isOpen());
    CHECK(catalog.aliases(folder) ==
          QList<CreditAlias>{{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra")}});
    const QString photo = folder + QStringLiteral("/caf\uFFFD.jpg");
    const QHash<QString, CatalogEntry> entries = catalog.entriesIn(folder);
    REQUIRE(entries.size() == 1);
    CHECK(entries.contains(photo));
    CHECK(entries.value(photo).stamp == 42);
    // A file gone from the folder is removed by the path a scan gives, as for any other.
    REQUIRE(catalog.remove({photo}));
    CHECK(catalog.entriesIn(folder).isEmpty());
}

TEST_CASE("a schema 3 catalog gains the aliases' spellings in schema 4, its rows and aliases kept as they were",
          "[catalog][aliases]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    // Schema 3 stores a real U+FFFD doubled (NativePath's storage form): migrating to 4 must not double it again.
    const QString folder = QStringLiteral("/photos/\uFFFDt\u00E9");
    const QString stored = QStringLiteral("/photos/\uFFFD\uFFFDt\u00E9");
    {
        Catalog scratch(dir.filePath(QStringLiteral("scratch.sqlite")));
        REQUIRE(scratch.store({entry(QStringLiteral("/photos/a.jpg"), 42)}));
    }
    execRawAll(
        path, {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                              " stamp INTEGER NOT NULL, record BLOB NOT NULL)"),
               QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
               QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                              " PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
               QStringLiteral("ATTACH DATABASE '%1' AS scratch").arg(dir.filePath(QStringLiteral("scratch.sqlite"))),
               QStringLiteral("INSERT INTO photos SELECT '%1/a.jpg', '%1', size, stamp, record FROM scratch.photos")
                   .arg(stored),
               QStringLiteral("INSERT INTO aliases VALUES('%1', 'nasa/tim copra', 'nasa/tim kopra')").arg(stored),
               QStringLiteral("PRAGMA user_version = 3")});

    {
        Catalog catalog(path);
        INFO(catalog.errorString().toStdString());
        REQUIRE(catalog.isOpen());
        CHECK(catalog.warnings().isEmpty()); // migrated, not rebuilt
        CHECK(setAside(dir, QStringLiteral("broken")).isEmpty());
        // The user's alias is kept; its accepted spelling is not known yet.
        const QList<CreditAlias> aliases = catalog.aliases(folder);
        REQUIRE(aliases.size() == 1);
        CHECK(aliases.first().alias == QStringLiteral("nasa/tim copra"));
        CHECK(aliases.first().canonical == QStringLiteral("nasa/tim kopra"));
        CHECK(aliases.first().spelling.isEmpty());
        CHECK(aliases.first().aliasSpelling.isEmpty());
        const QHash<QString, CatalogEntry> entries = catalog.entriesIn(folder);
        REQUIRE(entries.size() == 1);
        CHECK(entries.contains(folder + QStringLiteral("/a.jpg")));
        // Spellings are kept from now on.
        const CreditAlias spelled{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"),
                                  QStringLiteral("NASA/Tim Kopra"), QStringLiteral("NASA/Tim Copra")};
        REQUIRE(catalog.setAlias(folder, spelled));
        CHECK(catalog.aliases(folder) == QList<CreditAlias>{spelled});
    }
    // The file says the current schema now: opening it again migrates nothing.
    {
        const QString name = QStringLiteral("catalog-test-version");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
            REQUIRE(query.next());
            CHECK(query.value(0).toInt() == Catalog::s_schemaVersion);
        }
        QSqlDatabase::removeDatabase(name);
    }
    Catalog again(path);
    REQUIRE(again.isOpen());
    CHECK(again.aliases(folder).size() == 1);
    CHECK(again.aliases(folder).first().spelling == QStringLiteral("NASA/Tim Kopra"));
}

TEST_CASE("a schema 4 catalog gains the credit book in schema 5, every row of it kept as it was",
          "[catalog][aliases][book]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog scratch(dir.filePath(QStringLiteral("scratch.sqlite")));
        REQUIRE(
            scratch.store({entry(QStringLiteral("/photos/a.jpg"), 42), entry(QStringLiteral("/photos/b.jpg"), 43)}));
    }
    // Schema 4 as the Byline before the credit book made it: two records, an alias with its spellings and
    // one from before schema 4 without.
    execRawAll(
        path,
        {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                        " stamp INTEGER NOT NULL, record BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
         QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                        " spelling TEXT, alias_spelling TEXT, PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
         QStringLiteral("ATTACH DATABASE '%1' AS scratch").arg(dir.filePath(QStringLiteral("scratch.sqlite"))),
         QStringLiteral("INSERT INTO photos SELECT path, folder, size, stamp, record FROM scratch.photos"),
         QStringLiteral("INSERT INTO aliases VALUES('/photos', 'nasa/tim copra', 'nasa/tim kopra', 'NASA/Tim Kopra',"
                        " 'NASA/Tim Copra')"),
         QStringLiteral("INSERT INTO aliases VALUES('/photos', 'enegria', 'energia', NULL, NULL)"),
         QStringLiteral("PRAGMA user_version = 4")});

    {
        Catalog catalog(path);
        INFO(catalog.errorString().toStdString());
        REQUIRE(catalog.isOpen());
        CHECK(catalog.warnings().isEmpty()); // migrated, not rebuilt
        CHECK(setAside(dir, QStringLiteral("broken")).isEmpty());
        CHECK(catalog.aliases(QStringLiteral("/photos")) ==
              QList<CreditAlias>{{QStringLiteral("enegria"), QStringLiteral("energia")},
                                 {QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"),
                                  QStringLiteral("NASA/Tim Kopra"), QStringLiteral("NASA/Tim Copra")}});
        const QHash<QString, CatalogEntry> entries = catalog.entriesIn(QStringLiteral("/photos"));
        REQUIRE(entries.size() == 2);
        CHECK(entries.value(QStringLiteral("/photos/a.jpg")).stamp == 42);
        CHECK(entries.value(QStringLiteral("/photos/a.jpg")).record.caption ==
              entry(QStringLiteral("/photos/a.jpg"), 42).record.caption);
        CHECK(entries.value(QStringLiteral("/photos/b.jpg")).stamp == 43);
        // The book starts empty and is kept from now on.
        CHECK(catalog.creditBook().isEmpty());
        REQUIRE(catalog.setBookEntry({QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}));
    }
    Catalog again(path);
    REQUIRE(again.isOpen());
    CHECK(again.warnings().isEmpty());
    CHECK(again.creditBook().houseLine(QStringLiteral("nasa/tim kopra")) == QStringLiteral("Tim Kopra/NASA"));
    CHECK(again.aliases(QStringLiteral("/photos")).size() == 2);
    CHECK(again.entriesIn(QStringLiteral("/photos")).size() == 2);
}

TEST_CASE("a schema 1 catalog migrates all the way: records and aliases kept, and a credit book", "[catalog][book]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    execRawAll(path, {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER "
                                     "NOT NULL, mtime INTEGER NOT NULL, record BLOB NOT NULL)"),
                      QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
                      QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT "
                                     "NOT NULL, PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
                      QStringLiteral("INSERT INTO aliases VALUES('/photos', 'enegria', 'energia')"),
                      QStringLiteral("PRAGMA user_version = 1")});
    Catalog catalog(path);
    REQUIRE(catalog.isOpen());
    CHECK(catalog.warnings().isEmpty());
    CHECK(catalog.aliases(QStringLiteral("/photos")).size() == 1);
    REQUIRE(catalog.setBookEntry({QStringLiteral("Energia")}));
    CHECK(catalog.creditBook().contains(QStringLiteral("energia")));
}

TEST_CASE("a schema 5 catalog gains the desk's marks in schema 6, its book, aliases and records kept",
          "[catalog][marks]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    execRawAll(
        path, {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                              " stamp INTEGER NOT NULL, record BLOB NOT NULL)"),
               QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
               QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                              " spelling TEXT, alias_spelling TEXT, PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
               QStringLiteral("CREATE TABLE credit_book(key TEXT NOT NULL PRIMARY KEY, credit TEXT NOT NULL,"
                              " house_line TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("INSERT INTO credit_book VALUES('energia', 'Energia', '')"),
               QStringLiteral("INSERT INTO aliases VALUES('/photos', 'enegria', 'energia', NULL, NULL)"),
               QStringLiteral("PRAGMA user_version = 5")});
    {
        Catalog catalog(path);
        INFO(catalog.errorString().toStdString());
        REQUIRE(catalog.isOpen());
        CHECK(catalog.warnings().isEmpty());
        CHECK(catalog.creditBook().contains(QStringLiteral("Energia")));
        CHECK(catalog.aliases(QStringLiteral("/photos")).size() == 1);
        CHECK(catalog.marksIn(QStringLiteral("/photos")).isEmpty());
        REQUIRE(catalog.setMarks({{QStringLiteral("/photos/a.jpg"), PendingMark{3, std::nullopt}}}));
    }
    Catalog again(path);
    CHECK(again.marksIn(QStringLiteral("/photos")).value(QStringLiteral("/photos/a.jpg")) ==
          PendingMark{3, std::nullopt});
}

TEST_CASE("a schema 6 catalog's marks gain the tag in schema 7, each kept as it was", "[catalog][marks]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    execRawAll(
        path,
        {QStringLiteral("CREATE TABLE photos(path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,"
                        " stamp INTEGER NOT NULL, record BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX photos_by_folder ON photos(folder)"),
         QStringLiteral("CREATE TABLE aliases(folder TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,"
                        " spelling TEXT, alias_spelling TEXT, PRIMARY KEY(folder, alias)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE credit_book(key TEXT NOT NULL PRIMARY KEY, credit TEXT NOT NULL,"
                        " house_line TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE TABLE marks(path TEXT NOT NULL PRIMARY KEY, folder TEXT NOT NULL, rating INTEGER,"
                        " label TEXT, file_rating INTEGER NOT NULL DEFAULT 0, file_label TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX marks_by_folder ON marks(folder)"),
         QStringLiteral("INSERT INTO marks VALUES('/photos/a.jpg', '/photos', 4, 'Red', 1, '')"),
         QStringLiteral("PRAGMA user_version = 6")});
    PendingMark tagged;
    tagged.tagged = true;
    {
        Catalog catalog(path);
        INFO(catalog.errorString().toStdString());
        REQUIRE(catalog.isOpen());
        CHECK(catalog.warnings().isEmpty());
        const PendingMark kept = catalog.marksIn(QStringLiteral("/photos")).value(QStringLiteral("/photos/a.jpg"));
        CHECK(kept == PendingMark{4, QStringLiteral("Red"), 1, QString()});
        CHECK_FALSE(kept.tagged); // the file's tag stands
        REQUIRE(catalog.setMarks({{QStringLiteral("/photos/b.jpg"), tagged}}));
    }
    Catalog again(path);
    CHECK(again.marksIn(QStringLiteral("/photos")).value(QStringLiteral("/photos/b.jpg")) == tagged);
}
