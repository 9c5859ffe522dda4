#include <catch2/catch.hpp>

#include "support/catalogfixture.h"
#include "support/photofixture.h"

#include "catalog/catalog.h"
#include "metadata/photorecordcodec.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

// The record codec and the catalog at work: entries stored, found, replaced and removed, aliases, and
// two catalogs on one file. Damaged, newer and older catalog files: catalogrepair_test.

namespace {

// Collects Qt's warnings, so a test can show that closing a catalog leaves none behind.
QMutex s_messagesMutex;
QStringList s_messages;

void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker locker(&s_messagesMutex);
    s_messages << message;
}

} // namespace

TEST_CASE("a fully populated record survives encoding", "[catalog][codec]")
{
    PhotoRecord record = fullRecord(QStringLiteral("/photos/iss047e000001.jpg"));
    const auto decoded = PhotoRecordCodec::decode(PhotoRecordCodec::encode(record));
    REQUIRE(decoded);
    CHECK(*decoded == record);
    CHECK(decoded->mtime.toMSecsSinceEpoch() == 1'461'332'710'123); // the same instant, given back in UTC
    CHECK_FALSE(decoded->provenanceOf(MetadataField::Orientation));
    CHECK(decoded->warnings[1].isNull());

    record.mtime = QDateTime::fromMSecsSinceEpoch(1'461'332'710'123, Qt::OffsetFromUTC, -5 * 3600);
    const auto withOffset = PhotoRecordCodec::decode(PhotoRecordCodec::encode(record));
    REQUIRE(withOffset);
    CHECK(withOffset->mtime == record.mtime);
    CHECK(withOffset->mtime.offsetFromUtc() == -5 * 3600);

    record.mtime = QDateTime::fromMSecsSinceEpoch(1'461'332'710'123, Qt::UTC);
    const auto inUtc = PhotoRecordCodec::decode(PhotoRecordCodec::encode(record));
    REQUIRE(inUtc);
    CHECK(inUtc->mtime.timeSpec() == Qt::UTC);
}

TEST_CASE("an empty record survives encoding with its absent text still null", "[catalog][codec]")
{
    const PhotoRecord empty;
    const auto decoded = PhotoRecordCodec::decode(PhotoRecordCodec::encode(empty));
    REQUIRE(decoded);
    CHECK(*decoded == empty);
    CHECK(decoded->caption.isNull());
    CHECK(decoded->path.isNull());
    CHECK_FALSE(decoded->mtime.isValid());

    PhotoRecord blank;
    blank.caption = QLatin1String(""); // present but empty is not absent
    const auto decodedBlank = PhotoRecordCodec::decode(PhotoRecordCodec::encode(blank));
    REQUIRE(decodedBlank);
    CHECK_FALSE(decodedBlank->caption.isNull());
    CHECK(decodedBlank->caption.isEmpty());
}

TEST_CASE("text is stored as UTF-8, so a blob is little more than its text", "[catalog][codec]")
{
    PhotoRecord record;
    record.caption = QString(300, QLatin1Char('x')); // UTF-16 would take 600 bytes for this alone
    // The rest is the record's fixed part, about 125 bytes since the wire fields (format 7): a 4-byte length
    // for each absent text, a byte of provenance per field, the numbers.
    CHECK(PhotoRecordCodec::encode(record).size() < 300 + 150);
}

TEST_CASE("damaged, truncated or foreign blobs decode as absent", "[catalog][codec]")
{
    const QByteArray blob = PhotoRecordCodec::encode(fullRecord(QStringLiteral("/photos/a.jpg")));
    REQUIRE(PhotoRecordCodec::decode(blob));

    CHECK_FALSE(PhotoRecordCodec::decode(QByteArrayView()));
    for (qsizetype size = 1; size < blob.size(); ++size) {
        INFO("truncated to " << size << " of " << blob.size() << " bytes");
        CHECK_FALSE(PhotoRecordCodec::decode(blob.left(size)));
    }
    CHECK_FALSE(PhotoRecordCodec::decode(blob + '\0')); // trailing bytes

    QByteArray otherVersion = blob;
    otherVersion[0] = char(PhotoRecordCodec::s_formatVersion + 1);
    CHECK_FALSE(PhotoRecordCodec::decode(otherVersion));

    QByteArray garbage(512, Qt::Uninitialized);
    QRandomGenerator random(47);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    garbage[0] = char(PhotoRecordCodec::s_formatVersion); // past the version check, into the fields
    CHECK_FALSE(PhotoRecordCodec::decode(garbage));
}

TEST_CASE("enum values outside their range decode as absent", "[catalog][codec]")
{
    PhotoRecord badSource;
    badSource.creditSource = static_cast<CreditSource>(9);
    CHECK_FALSE(PhotoRecordCodec::decode(PhotoRecordCodec::encode(badSource)));

    PhotoRecord badStore;
    badStore.setProvenance(MetadataField::Credit, {static_cast<MetadataStore>(42), false});
    CHECK_FALSE(PhotoRecordCodec::decode(PhotoRecordCodec::encode(badStore)));

    PhotoRecord badOrientation;
    badOrientation.orientation = 9;
    CHECK_FALSE(PhotoRecordCodec::decode(PhotoRecordCodec::encode(badOrientation)));

    PhotoRecord badRating;
    badRating.rating = 6; // xmp:Rating is -1 to 5
    CHECK_FALSE(PhotoRecordCodec::decode(PhotoRecordCodec::encode(badRating)));
    badRating.rating = -2;
    CHECK_FALSE(PhotoRecordCodec::decode(PhotoRecordCodec::encode(badRating)));
}

TEST_CASE("the wire fields survive encoding, an unrated photo apart from one rated 0", "[catalog][codec]")
{
    const PhotoRecord full = fullRecord(QStringLiteral("/photos/a.jpg"));
    REQUIRE(full.keywords.size() == 3);
    const auto decoded = PhotoRecordCodec::decode(PhotoRecordCodec::encode(full));
    REQUIRE(decoded);
    CHECK(decoded->keywords == full.keywords);
    CHECK(decoded->rating == -1);
    CHECK(decoded->countryCode == QStringLiteral("XSP"));
    CHECK(decoded->country.isNull());
    CHECK_FALSE(decoded->state.isNull()); // present but empty stays so
    CHECK(decoded->provenanceOf(MetadataField::Keywords) == full.provenanceOf(MetadataField::Keywords));

    PhotoRecord unrated, ratedZero;
    ratedZero.rating = 0;
    CHECK_FALSE(PhotoRecordCodec::decode(PhotoRecordCodec::encode(unrated))->rating.has_value());
    CHECK(PhotoRecordCodec::decode(PhotoRecordCodec::encode(ratedZero))->rating == 0);
}

TEST_CASE("the default catalog lives in the cache folder", "[catalog]")
{
    const QString path = Catalog::defaultPath();
    CHECK(path.endsWith(QStringLiteral("/catalog.sqlite")));
    CHECK(QFileInfo(path).absolutePath() == QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).isDir());
}

TEST_CASE("entries are stored, found by folder, replaced and removed", "[catalog][store]")
{
    const TestCatalogLocation place;
    Catalog catalog(place.location());
    INFO(catalog.errorString().toStdString());
    REQUIRE(catalog.isOpen());
    CHECK(catalog.warnings().isEmpty());

    const QStringList paths = {QStringLiteral("/photos/a.jpg"),     QStringLiteral("/photos/b.jpg"),
                               QStringLiteral("/photos/sub/c.jpg"), QStringLiteral("/photos/sub/deep/d.jpg"),
                               QStringLiteral("/photos-old/e.jpg"), QStringLiteral("/photos.x/f.jpg"),
                               QStringLiteral("/Photos/g.jpg"),     QStringLiteral("/photo/h.jpg")};
    QList<CatalogEntry> entries;
    for (const QString &path : paths)
        entries << entry(path, paths.indexOf(path) + 1);
    REQUIRE(catalog.store(entries));

    const auto flat = catalog.entriesIn(QStringLiteral("/photos"));
    CHECK(sortedPaths(flat) == QStringList{QStringLiteral("/photos/a.jpg"), QStringLiteral("/photos/b.jpg")});
    REQUIRE(flat.contains(QStringLiteral("/photos/b.jpg")));
    CHECK(flat[QStringLiteral("/photos/b.jpg")].record == entries[1].record);
    CHECK(flat[QStringLiteral("/photos/b.jpg")].stamp == 2);
    CHECK(catalog.entriesIn(QStringLiteral("/photos/")).size() == 2);

    const auto deep = catalog.entriesIn(QStringLiteral("/photos"), true);
    CHECK(sortedPaths(deep) == QStringList{QStringLiteral("/photos/a.jpg"), QStringLiteral("/photos/b.jpg"),
                                           QStringLiteral("/photos/sub/c.jpg"),
                                           QStringLiteral("/photos/sub/deep/d.jpg")});
    CHECK(catalog.entriesIn(QStringLiteral("/"), true).size() == paths.size());
    CHECK(catalog.entriesIn(QStringLiteral("/nowhere"), true).isEmpty());

    CatalogEntry changed = entry(QStringLiteral("/photos/a.jpg"), 99);
    changed.record.caption = QStringLiteral("edited");
    changed.record.fileSize = 12;
    REQUIRE(catalog.store({changed}));
    const auto afterChange = catalog.entriesIn(QStringLiteral("/photos"));
    REQUIRE(afterChange.contains(QStringLiteral("/photos/a.jpg")));
    CHECK(afterChange[QStringLiteral("/photos/a.jpg")].record == changed.record);
    CHECK(afterChange[QStringLiteral("/photos/a.jpg")].stamp == 99);

    REQUIRE(catalog.remove(
        {QStringLiteral("/photos/a.jpg"), QStringLiteral("/photos/sub/c.jpg"), QStringLiteral("/never/stored.jpg")}));
    CHECK(sortedPaths(catalog.entriesIn(QStringLiteral("/photos"), true)) ==
          QStringList{QStringLiteral("/photos/b.jpg"), QStringLiteral("/photos/sub/deep/d.jpg")});
    CHECK(catalog.store({}));
    CHECK(catalog.remove({}));
}

TEST_CASE("a batch that fails part way is not stored at all", "[catalog][store]")
{
    const TestCatalogLocation place;
    Catalog catalog(place.location());
    REQUIRE(catalog.isOpen());
    REQUIRE(catalog.store({entry(QStringLiteral("/photos/kept.jpg"))}));

    // The relative path comes after two good entries, so they were written before it failed.
    CHECK_FALSE(catalog.store({entry(QStringLiteral("/photos/a.jpg")), entry(QStringLiteral("/photos/b.jpg")),
                               entry(QStringLiteral("relative.jpg"))}));
    CHECK(sortedPaths(catalog.entriesIn(QStringLiteral("/"), true)) == QStringList{QStringLiteral("/photos/kept.jpg")});
    CHECK(catalog.store({entry(QStringLiteral("/photos/a.jpg"))})); // and the catalog is not left in a transaction
}

TEST_CASE("folder names with LIKE wildcards match only themselves", "[catalog][store]")
{
    const TestCatalogLocation place;
    Catalog catalog(place.location());
    REQUIRE(catalog.isOpen());
    REQUIRE(
        catalog.store({entry(QStringLiteral("/x/50%_off/a.jpg")), entry(QStringLiteral("/x/50%_off/deeper/b.jpg")),
                       entry(QStringLiteral("/x/50abcXoff/c.jpg")), entry(QStringLiteral("/x/50abcXoff/deeper/d.jpg")),
                       entry(QStringLiteral("/x/50%_off_too/e.jpg"))}));

    CHECK(sortedPaths(catalog.entriesIn(QStringLiteral("/x/50%_off"))) ==
          QStringList{QStringLiteral("/x/50%_off/a.jpg")});
    CHECK(sortedPaths(catalog.entriesIn(QStringLiteral("/x/50%_off"), true)) ==
          QStringList{QStringLiteral("/x/50%_off/a.jpg"), QStringLiteral("/x/50%_off/deeper/b.jpg")});
    CHECK(catalog.entriesIn(QStringLiteral("/x/50_"), true).isEmpty());
}

TEST_CASE("a second catalog on the same file sees the data, and closing leaves no warning", "[catalog][store]")
{
    const TestCatalogLocation place;
    const QString path = place.location();
    {
        s_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
        {
            Catalog first(path);
            REQUIRE(first.isOpen());
            REQUIRE(first.store({entry(QStringLiteral("/photos/a.jpg"))}));
            const Catalog second(path);
            REQUIRE(second.isOpen());
            CHECK(second.entriesIn(QStringLiteral("/photos")).contains(QStringLiteral("/photos/a.jpg")));
        }
        qInstallMessageHandler(previous);
        INFO(s_messages.join(QLatin1Char('\n')).toStdString());
        CHECK(s_messages.isEmpty());
    }
    const Catalog reopened(path);
    REQUIRE(reopened.isOpen());
    CHECK(reopened.entriesIn(QStringLiteral("/photos")).size() == 1);
    CHECK(reopened.warnings().isEmpty());
}

TEST_CASE("two threads, each with its own catalog, write the same file at once", "[catalog][threads][store]")
{
    const TestCatalogLocation place;
    const QString path = place.location();
    constexpr int s_batches = 20;
    constexpr int s_batchSize = 100;
    std::atomic<int> failures{0}; // Catch2's assertions are not thread-safe: count, then REQUIRE

    // Both threads also race to create the database and its schema, which nobody has made yet.
    const auto writer = [&](const QString &folder) {
        Catalog catalog(path);
        if (!catalog.isOpen())
            ++failures;
        for (int batch = 0; batch < s_batches; ++batch) {
            QList<CatalogEntry> entries;
            for (int i = 0; i < s_batchSize; ++i)
                entries << entry(QStringLiteral("%1/%2.jpg").arg(folder).arg(batch * s_batchSize + i));
            if (!catalog.store(entries))
                ++failures;
        }
    };
    std::thread one(writer, QStringLiteral("/one"));
    std::thread two(writer, QStringLiteral("/two"));
    one.join();
    two.join();
    REQUIRE(failures == 0);

    const Catalog catalog(path);
    REQUIRE(catalog.isOpen());
    CHECK(catalog.entriesIn(QStringLiteral("/one")).size() == s_batches * s_batchSize);
    CHECK(catalog.entriesIn(QStringLiteral("/two")).size() == s_batches * s_batchSize);
}

TEST_CASE("aliases are kept per folder", "[catalog][aliases][store]")
{
    const TestCatalogLocation place;
    const QString path = place.location();
    const QString mission = QStringLiteral("/photos/mission");
    const QString other = QStringLiteral("/photos/other");
    {
        Catalog catalog(path);
        REQUIRE(catalog.isOpen());
        REQUIRE(catalog.setAlias(mission, {QStringLiteral("nasa/tim peak"), QStringLiteral("nasa/tim peake")}));
        REQUIRE(catalog.setAlias(mission, {QStringLiteral("esa/t. peake"), QStringLiteral("nasa/tim peake")}));
        REQUIRE(catalog.setAlias(other, {QStringLiteral("roscosmos"), QStringLiteral("energia")}));
    }
    Catalog catalog(path);
    REQUIRE(catalog.isOpen());
    CHECK(catalog.aliases(mission) ==
          QList<CreditAlias>{{QStringLiteral("esa/t. peake"), QStringLiteral("nasa/tim peake")},
                             {QStringLiteral("nasa/tim peak"), QStringLiteral("nasa/tim peake")}});
    CHECK(catalog.aliases(other) == QList<CreditAlias>{{QStringLiteral("roscosmos"), QStringLiteral("energia")}});
    CHECK(catalog.aliases(QStringLiteral("/photos")).isEmpty());

    REQUIRE(catalog.setAlias(mission, {QStringLiteral("nasa/tim peak"), QStringLiteral("esa/tim peake")}));
    REQUIRE(catalog.removeAlias(mission, QStringLiteral("esa/t. peake")));
    REQUIRE(catalog.removeAlias(other, QStringLiteral("nasa/tim peak"))); // not there: nothing to do
    CHECK(catalog.aliases(mission) ==
          QList<CreditAlias>{{QStringLiteral("nasa/tim peak"), QStringLiteral("esa/tim peake")}});
    CHECK(catalog.aliases(other).size() == 1);
}

TEST_CASE("the credit book is the desk's: one for every folder, one entry per credit, seen by every connection",
          "[catalog][book][store]")
{
    const TestCatalogLocation place;
    const QString path = place.location();
    Catalog window(path);
    Catalog cli(path); // another connection: another window or byline-cli
    REQUIRE(window.isOpen());
    REQUIRE(cli.isOpen());
    CHECK(window.creditBook().isEmpty());
    REQUIRE(window.setBookEntry({QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}));
    REQUIRE(window.setBookEntry({QStringLiteral("Energia")}));
    CHECK(cli.creditBook().entries() ==
          QList<CreditBookEntry>{{QStringLiteral("Energia")},
                                 {QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}});
    // The same credit spelled otherwise replaces its entry; the house line can be taken away.
    REQUIRE(cli.setBookEntry({QStringLiteral("nasa / tim kopra"), QString()}));
    CHECK(window.creditBook().size() == 2);
    CHECK(window.creditBook().find(QStringLiteral("NASA/Tim Kopra"))->credit == QStringLiteral("nasa / tim kopra"));
    CHECK(window.creditBook().houseLine(QStringLiteral("NASA/Tim Kopra")).isEmpty());
    // Removed by any spelling; removing what is not there succeeds, as for aliases.
    REQUIRE(window.removeBookEntry(QStringLiteral("NASA/TIM KOPRA")));
    REQUIRE(window.removeBookEntry(QStringLiteral("NASA/Tim Kopra")));
    CHECK(cli.creditBook().entries() == QList<CreditBookEntry>{{QStringLiteral("Energia")}});
    // An entry a book cannot hold is not written.
    CHECK_FALSE(window.setBookEntry({QStringLiteral("a\tb")}));
    CHECK_FALSE(window.setBookEntry({QString()}));
    CHECK(cli.creditBook().size() == 1);
    // Aliases are untouched by the book, and the book by aliases.
    REQUIRE(window.setAlias(QStringLiteral("/photos"), {QStringLiteral("energia"), QStringLiteral("roscosmos")}));
    CHECK(cli.creditBook().size() == 1);
}

TEST_CASE("a book is stored all or nothing, added to or replaced", "[catalog][book][store]")
{
    const TestCatalogLocation place;
    Catalog catalog(place.location());
    REQUIRE(catalog.isOpen());
    REQUIRE(catalog.setBookEntry({QStringLiteral("Energia"), QStringLiteral("RSC Energia")}));
    // A merge takes the file's spelling but never erases a house line the file does not give.
    const std::optional<CreditBookMerge> merge =
        catalog.storeBook({{QStringLiteral("NASA/Tim Kopra")}, {QStringLiteral("ENERGIA")}}, false);
    REQUIRE(merge);
    CHECK(*merge == CreditBookMerge{1, 0, 1});
    CHECK(catalog.creditBook().entries() ==
          QList<CreditBookEntry>{{QStringLiteral("ENERGIA"), QStringLiteral("RSC Energia")},
                                 {QStringLiteral("NASA/Tim Kopra")}});
    // One bad entry: nothing of the batch is written, the book is as it was.
    CHECK_FALSE(catalog.storeBook({{QStringLiteral("ESA")}, {QStringLiteral("a\nb")}}, true));
    CHECK(catalog.creditBook().size() == 2);
    CHECK_FALSE(catalog.creditBook().contains(QStringLiteral("ESA")));
    REQUIRE(catalog.storeBook({{QStringLiteral("ESA"), QStringLiteral("European Space Agency")}}, true));
    CHECK(catalog.creditBook().entries() ==
          QList<CreditBookEntry>{{QStringLiteral("ESA"), QStringLiteral("European Space Agency")}});
    REQUIRE(catalog.storeBook({}, true));
    CHECK(catalog.creditBook().isEmpty());
}

TEST_CASE("a catalog that cannot be opened says why and does nothing", "[catalog]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("blocker")), "a file, not a folder");
    const QString underFile = dir.filePath(QStringLiteral("blocker/catalog.sqlite"));
    const QString isFolder = dir.filePath(QStringLiteral("folder"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder")));

    for (const QString &path : {underFile, isFolder, QString()}) {
        INFO(path.toStdString());
        Catalog catalog(path);
        CHECK_FALSE(catalog.isOpen());
        CHECK_FALSE(catalog.errorString().isEmpty());
        CHECK(catalog.warnings().isEmpty());
        CHECK(catalog.entriesIn(QStringLiteral("/photos"), true).isEmpty());
        CHECK_FALSE(catalog.store({entry(QStringLiteral("/photos/a.jpg"))}));
        CHECK_FALSE(catalog.remove({QStringLiteral("/photos/a.jpg")}));
        CHECK(catalog.aliases(QStringLiteral("/photos")).isEmpty());
        CHECK_FALSE(catalog.setAlias(QStringLiteral("/photos"), {QStringLiteral("a"), QStringLiteral("b")}));
        CHECK_FALSE(catalog.removeAlias(QStringLiteral("/photos"), QStringLiteral("a")));
        CHECK(catalog.creditBook().isEmpty());
        CHECK_FALSE(catalog.setBookEntry({QStringLiteral("NASA")}));
        CHECK_FALSE(catalog.removeBookEntry(QStringLiteral("NASA")));
        CHECK_FALSE(catalog.storeBook({{QStringLiteral("NASA")}}, false));
    }
    CHECK(QFileInfo(isFolder).isDir()); // not mistaken for a damaged database and moved aside
    CHECK(PhotoFixture::readAll(dir.filePath(QStringLiteral("blocker"))) == "a file, not a folder");
}

TEST_CASE("the desk's pending marks are kept per photo, found by folder, changed and forgotten",
          "[catalog][marks][store]")
{
    const TestCatalogLocation place;
    Catalog catalog(place.location());
    REQUIRE(catalog.isOpen());
    const QString a = QStringLiteral("/take/a.jpg"), b = QStringLiteral("/take/b.jpg"),
                  deep = QStringLiteral("/take/day2/c.jpg"), other = QStringLiteral("/take2/d.jpg");
    REQUIRE(catalog.setMarks({{a, PendingMark{5, std::nullopt}},
                              {b, PendingMark{std::nullopt, QStringLiteral("Red")}},
                              {deep, PendingMark{-1, QString()}}, // rejected, and its label taken away
                              {other, PendingMark{1, std::nullopt}}}));
    const QHash<QString, PendingMark> flat = catalog.marksIn(QStringLiteral("/take"));
    CHECK(flat.size() == 2);
    CHECK(flat.value(a) == PendingMark{5, std::nullopt});
    CHECK(flat.value(b) == PendingMark{std::nullopt, QStringLiteral("Red")});
    const QHash<QString, PendingMark> all = catalog.marksIn(QStringLiteral("/take"), true);
    CHECK(all.size() == 3); // "/take2" is not below "/take"
    REQUIRE(all.value(deep).label);
    CHECK(all.value(deep).label->isEmpty()); // "" clears, unlike nullopt, which leaves the file's
    CHECK(all.value(deep).rating == -1);

    REQUIRE(catalog.setMarks({{a, PendingMark{2, QStringLiteral("Blue")}}, {b, PendingMark{}}}));
    const QHash<QString, PendingMark> changed = catalog.marksIn(QStringLiteral("/take"));
    CHECK(changed.size() == 1); // an empty mark forgets the photo's
    CHECK(changed.value(a) == PendingMark{2, QStringLiteral("Blue")});

    // The tag alone, and an untagging of a file that was tagged (false is a mark, unlike nullopt).
    PendingMark tagged;
    tagged.tagged = true;
    PendingMark untagged;
    untagged.tagged = false;
    untagged.fileTagged = true;
    REQUIRE(catalog.setMarks({{b, tagged}, {deep, untagged}}));
    const QHash<QString, PendingMark> tags = catalog.marksIn(QStringLiteral("/take"), true);
    CHECK(tags.value(b) == tagged);
    CHECK(tags.value(deep) == untagged);
    CHECK(tags.value(a) == PendingMark{2, QStringLiteral("Blue")}); // untouched: no tag of its own
}
