// ParallelEdits: a batch of writes on several threads writes every photo once, keeps every original and
// restores it, never runs a photo's companions (which share a sidecar) on two threads, and the backup
// store never evicts the entry of a write still running.
#include "support/photofixture.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "editing/paralleledits.h"
#include "metadata/metadatareader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <mutex>
#include <thread>
#include <vector>

namespace {

MetadataWrite captioned(const QString &credit)
{
    StoreValues values;
    values.caption = QStringLiteral("The Soyuz rocket launches from Baikonur.");
    values.credit = credit;
    MetadataWrite spec;
    spec.iptc = values;
    spec.xmp = values;
    return spec;
}

EditRequest creditOf(const QString &credit)
{
    return EditRequest{{{EditField::Credit, FieldEdit::Mode::Replace, {credit}}}, false};
}

} // namespace

TEST_CASE("parallel edits: each photo is written once, companions on one thread in order, every original kept",
          "[editor][parallel]")
{
    QTemporaryDir dir;
    QTemporaryDir store;
    QStringList paths;
    for (int i = 0; i < 12; ++i)
        paths.append(PhotoFixture::jpegWith(dir.filePath(QStringLiteral("p%1.jpg").arg(i)),
                                            captioned(QStringLiteral("NASA/Tim Copra"))));
    // Companions by name before the first dot, whatever the case of the rest: one thread, in this order.
    paths.insert(3, PhotoFixture::jpegWith(dir.filePath(QStringLiteral("p5.edited.jpeg")),
                                           captioned(QStringLiteral("NASA/Tim Copra"))));
    QHash<QString, QByteArray> originals;
    for (const QString &path : paths)
        originals.insert(path, PhotoFixture::readAll(path));

    BackupStore backups(store.path());
    std::vector<std::thread::id> ranOn(std::size_t(paths.size()));
    std::vector<int> order(std::size_t(paths.size()), -1);
    std::vector<bool> written(std::size_t(paths.size()), false);
    std::mutex mutex;
    int ran = 0;
    ParallelEdits::run(
        backups, paths,
        [&](MetadataEditor &editor, qsizetype i) {
            written[std::size_t(i)] =
                editor.write(editor.plan(paths.at(i), creditOf(QStringLiteral("NASA/Tim Kopra")))).written;
            ranOn[std::size_t(i)] = std::this_thread::get_id();
            const std::lock_guard lock(mutex);
            order[std::size_t(i)] = ran++;
        },
        2);

    CHECK(ran == paths.size());
    for (std::size_t i = 0; i < written.size(); ++i) {
        INFO(paths.at(qsizetype(i)).toStdString());
        CHECK(written[i]);
        CHECK(MetadataReader::read(paths.at(qsizetype(i))).credit == QStringLiteral("NASA/Tim Kopra"));
    }
    const qsizetype companion = 3, first = paths.indexOf(dir.filePath(QStringLiteral("p5.jpg")));
    REQUIRE(first > companion);
    CHECK(ranOn[std::size_t(companion)] == ranOn[std::size_t(first)]);
    CHECK(order[std::size_t(companion)] < order[std::size_t(first)]);
    // Two threads did the work (twelve groups for two threads).
    CHECK(std::count(ranOn.cbegin(), ranOn.cend(), ranOn.front()) < qsizetype(ranOn.size()));

    CHECK(backups.entries().size() == paths.size());
    MetadataEditor reverter(backups);
    for (const QString &path : paths) {
        INFO(path.toStdString());
        CHECK(reverter.revert(path).written);
        CHECK(PhotoFixture::readAll(path) == originals.value(path));
    }
}

TEST_CASE("parallel edits: making room never removes the entry of a write still running", "[editor][parallel][backup]")
{
    QTemporaryDir dir;
    QTemporaryDir store;
    QStringList paths;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg"})
        paths.append(
            PhotoFixture::jpegWith(dir.filePath(QLatin1String(name)), captioned(QStringLiteral("ESA")), {400, 300}));
    const qint64 size = PhotoFixture::readAll(paths.first()).size();
    BackupStore backups(store.path(), size * 2 + 4096); // room for two originals
    MetadataEditor editor(backups);
    REQUIRE(editor.write(editor.plan(paths[0], creditOf(QStringLiteral("NASA")))).written);
    {
        const BackupStore::Pin running(backups, paths[0]);
        REQUIRE(editor.write(editor.plan(paths[1], creditOf(QStringLiteral("NASA")))).written);
        REQUIRE(editor.write(editor.plan(paths[2], creditOf(QStringLiteral("NASA")))).written);
        CHECK(backups.entry(paths[0]).has_value());       // the oldest, but pinned
        CHECK_FALSE(backups.entry(paths[1]).has_value()); // the next oldest went instead
    }
    // Unpinned, it is the oldest again and goes first.
    REQUIRE(editor.write(editor.plan(paths[1], creditOf(QStringLiteral("ESA")))).written);
    CHECK_FALSE(backups.entry(paths[0]).has_value());
    CHECK(backups.entry(paths[2]).has_value());
}

TEST_CASE("parallel edits: another process's running write keeps its entry too", "[editor][parallel][backup]")
{
    QTemporaryDir dir;
    QTemporaryDir store;
    QStringList paths;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg"})
        paths.append(
            PhotoFixture::jpegWith(dir.filePath(QLatin1String(name)), captioned(QStringLiteral("ESA")), {400, 300}));
    const qint64 size = PhotoFixture::readAll(paths.first()).size();
    // Two stores on one folder share nothing in memory, as the window and byline-cli do not.
    BackupStore window(store.path(), size * 2 + 4096);
    BackupStore cli(store.path(), size * 2 + 4096);
    MetadataEditor windowEditor(window);
    MetadataEditor cliEditor(cli);
    REQUIRE(windowEditor.write(windowEditor.plan(paths[0], creditOf(QStringLiteral("NASA")))).written);
    {
        const BackupStore::Pin running(window, paths[0]);
        REQUIRE(cliEditor.write(cliEditor.plan(paths[1], creditOf(QStringLiteral("NASA")))).written);
        REQUIRE(cliEditor.write(cliEditor.plan(paths[2], creditOf(QStringLiteral("NASA")))).written);
        CHECK(cli.entry(paths[0]).has_value());
        CHECK_FALSE(cli.entry(paths[1]).has_value());
    }
    REQUIRE(cliEditor.write(cliEditor.plan(paths[1], creditOf(QStringLiteral("ESA")))).written);
    CHECK_FALSE(cli.entry(paths[0]).has_value());
    // No lock file is left for an entry that is gone.
    CHECK(QDir(store.path() + QStringLiteral("/.pins")).entryList(QDir::Files | QDir::Hidden).size() ==
          cli.entries().size());
}

TEST_CASE("parallel edits: two writes of one file, through a symbolic link or from two processes, keep its original",
          "[editor][parallel][backup]")
{
    QTemporaryDir dir;
    QTemporaryDir store;
    const QString photo =
        PhotoFixture::jpegWith(dir.filePath(QStringLiteral("a.jpg")), captioned(QStringLiteral("NASA/Tim Copra")));
    const QString link = dir.filePath(QStringLiteral("b.jpg"));
    REQUIRE(QFile::link(photo, link));
    const QByteArray original = PhotoFixture::readAll(photo);

    SECTION("one batch holding both spellings")
    {
        BackupStore backups(store.path());
        const QStringList paths{photo, link};
        std::vector<bool> written(2, false);
        ParallelEdits::run(
            backups, paths,
            [&](MetadataEditor &editor, qsizetype i) {
                const QString credit = i == 0 ? QStringLiteral("NASA") : QStringLiteral("ESA");
                written[std::size_t(i)] = editor.write(editor.plan(paths.at(i), creditOf(credit))).written;
            },
            2);
        CHECK(written[0]);
        CHECK(written[1]);
        CHECK(MetadataReader::read(photo).credit == QStringLiteral("ESA"));
        MetadataEditor reverter(backups);
        REQUIRE(reverter.revert(photo).written);
        CHECK(PhotoFixture::readAll(photo) == original);
    }
    SECTION("two writers planned from the same read, at once, each with its own store object")
    {
        for (int round = 0; round < 10; ++round) {
            INFO("round " << round);
            PhotoFixture::writeAll(photo, original);
            BackupStore first(store.path()), second(store.path());
            MetadataEditor one(first), other(second);
            const FilePlan planOne = one.plan(photo, creditOf(QStringLiteral("NASA")));
            const FilePlan planOther = other.plan(link, creditOf(QStringLiteral("ESA")));
            WriteOutcome outOne, outOther;
            std::thread racing([&] { outOther = other.write(planOther); });
            outOne = one.write(planOne);
            racing.join();
            // One of them wins; the other finds the file changed. Either way the original is kept.
            CHECK(outOne.written != outOther.written);
            MetadataEditor reverter(first);
            const WriteOutcome reverted = reverter.revert(photo);
            INFO(reverted.error.toStdString());
            REQUIRE(reverted.written);
            CHECK(PhotoFixture::readAll(photo) == original);
        }
    }
}
