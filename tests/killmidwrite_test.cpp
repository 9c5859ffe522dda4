#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "catalog/catalog.h"
#include "metadata/imagedatafingerprint.h"
#include "metadata/metadatareader.h"
#include "thumbnails/thumbnailprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <functional>
#include <memory>
#include <random>
#include <vector>

// The catalog, the thumbnail cache and the photos whose metadata Byline writes survive their writer being killed at any
// moment: a process that writes them is killed (SIGKILL, no chance to clean up) at random points of its work, and after
// each kill the next reader opens them whole, with no half-written entry under a final name.

namespace {

constexpr int s_kills = 8;

// A folder of @p count photos with captions and credits; @p size is each photo's size.
QString makePhotos(const QTemporaryDir &dir, int count, QSize size)
{
    const QString folder = dir.filePath(QStringLiteral("photos"));
    REQUIRE(QDir().mkpath(folder));
    for (int i = 0; i < count; ++i) {
        MetadataWrite spec;
        spec.iptc.caption = QStringLiteral("Launch photo %1 over the steppe.").arg(i);
        spec.xmp.credit = i % 2 ? QStringLiteral("Energia") : QStringLiteral("NASA/Tim Kopra");
        PhotoFixture::jpegWith(QStringLiteral("%1/p%2.jpg").arg(folder).arg(i, 4, 10, QLatin1Char('0')), spec, size);
    }
    return folder;
}

// Gives every photo a new mtime, so the next scan reads and catalogs all of them again.
void touchAll(const QString &folder, int round)
{
    const QDateTime when = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(round * 60);
    QDirIterator it(folder, {QStringLiteral("*.jpg")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
    }
}

// Starts @p program, lets it run for @p ms and kills it; false when it had already finished.
bool killAfter(QProcess &process, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && process.state() != QProcess::NotRunning)
        QThread::usleep(500);
    if (process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    REQUIRE(process.waitForFinished(10000));
    return true;
}

int msOfFullRun(QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return int(timer.elapsed());
}

std::mt19937 seededRandom()
{
    const unsigned seed = std::random_device{}();
    UNSCOPED_INFO("random seed " << seed);
    return std::mt19937(seed);
}

QProcessEnvironment cacheEnvironment(const QString &cacheHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    return environment;
}

using Starter = std::function<void(QProcess &)>;

// Runs the process @p start starts once to the end, to learn how long a whole run takes; then s_kills
// times over the touched @p folder, killing it at a random point of such a run and calling @p check
// after each kill. Most kills must land while the process is still writing.
void killRepeatedly(const QString &folder, const Starter &start, const std::function<void()> &check)
{
    int fullMs = 0;
    {
        QProcess first;
        start(first);
        fullMs = msOfFullRun(first);
    }
    std::mt19937 random = seededRandom();
    int killed = 0;
    for (int round = 1; round <= s_kills; ++round) {
        touchAll(folder, round); // every cached result is stale: the process writes them all again
        QProcess process;
        start(process);
        const int at = std::uniform_int_distribution<int>(0, fullMs)(random);
        INFO("round " << round << ", killed after " << at << " of " << fullMs << " ms");
        killed += killAfter(process, at) ? 1 : 0;
        check();
    }
    CHECK(killed >= s_kills / 2);
}

} // namespace

TEST_CASE("the catalog opens whole after byline-cli is killed mid-write, again and again", "[safety][catalog]")
{
    QTemporaryDir dir, cache;
    REQUIRE(dir.isValid());
    REQUIRE(cache.isValid());
    const QString folder = makePhotos(dir, 300, {64, 48});
    const QString catalogPath = cache.filePath(QStringLiteral("Byline/byline/catalog.sqlite"));
    const auto startScan = [&](QProcess &process) {
        process.setProcessEnvironment(cacheEnvironment(cache.path()));
        process.start(QStringLiteral(BYLINE_CLI), {QStringLiteral("scan"), QStringLiteral("--json"), folder});
        REQUIRE(process.waitForStarted());
    };
    killRepeatedly(folder, startScan, [&] {
        Catalog catalog(catalogPath);
        REQUIRE(catalog.isOpen());
        CHECK(catalog.warnings().isEmpty()); // not found damaged, not moved aside
        const QHash<QString, CatalogEntry> entries = catalog.entriesIn(folder);
        CHECK(entries.size() == 300); // each entry is the old or the new record, never missing
        for (const CatalogEntry &entry : entries)
            CHECK(entry.record.caption.startsWith(QStringLiteral("Launch photo ")));
    });

    // Scanned once more to the end, the catalog serves the same records a fresh read gives.
    QProcess last, fresh;
    startScan(last);
    msOfFullRun(last);
    fresh.setProcessEnvironment(cacheEnvironment(cache.path()));
    fresh.start(QStringLiteral(BYLINE_CLI),
                {QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--no-cache"), folder});
    msOfFullRun(fresh);
    CHECK(last.readAllStandardOutput() == fresh.readAllStandardOutput());
}

// Run by the test below in a child process: makes the thumbnails of BYLINE_KILL_FOLDER into the
// cache at BYLINE_KILL_CACHE, as the window does, until it is killed.
TEST_CASE("thumbnail writer (child process)", "[.killchild]")
{
    const QString folder = qEnvironmentVariable("BYLINE_KILL_FOLDER");
    REQUIRE(!folder.isEmpty());
    ThumbnailProvider provider(2, qEnvironmentVariable("BYLINE_KILL_CACHE"));
    std::vector<std::unique_ptr<QQuickImageResponse>> responses;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(QDir(folder).filePath(name)));
        responses.emplace_back(provider.requestImageResponse(id, QSize(256, 256)));
    }
    REQUIRE(provider.waitForDone(120000));
}

TEST_CASE("the thumbnail cache holds only whole entries after its writer is killed", "[safety][thumbnails]")
{
    QTemporaryDir dir, cache;
    REQUIRE(dir.isValid());
    REQUIRE(cache.isValid());
    const QString folder = makePhotos(dir, 60, {1600, 1200});
    const auto startWriter = [&](QProcess &process) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BYLINE_KILL_FOLDER"), folder);
        environment.insert(QStringLiteral("BYLINE_KILL_CACHE"), cache.path());
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.killchild]")});
        REQUIRE(process.waitForStarted());
    };
    killRepeatedly(folder, startWriter, [&] {
        // Every PNG under a final name decodes completely and names its source.
        QDirIterator it(cache.path(), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        int entries = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            INFO(path.toStdString());
            QImageReader reader(path, "png");
            QImage image;
            REQUIRE(reader.read(&image));
            CHECK(image.text(QStringLiteral("Thumb::URI")).startsWith(QUrl::fromLocalFile(folder).toString()));
            CHECK(!image.text(QStringLiteral("Thumb::MTime")).isEmpty());
            ++entries;
        }
        CHECK(entries == 60);
    });

    // The killed writers' temporary files, once old, go at the next start of a thumbnailer.
    QStringList leftovers;
    QDirIterator it(cache.path(), {QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        leftovers << file.fileName();
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
    }
    UNSCOPED_INFO(leftovers.size() << " temporary files left by the kills");
    {
        ThumbnailProvider provider(1, cache.path());
        REQUIRE(provider.waitForDone(10000));
    }
    for (const QString &path : std::as_const(leftovers))
        CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a photo whose metadata is being written is old or new, never half, after a kill", "[safety][editor]")
{
    QTemporaryDir dir, data;
    REQUIRE(dir.isValid());
    REQUIRE(data.isValid());
    const QString folder = makePhotos(dir, 40, {1600, 1200});
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QHash<QString, QByteArray> originals, pixels;
    for (const QString &name : names) {
        originals.insert(name, PhotoFixture::readAll(QDir(folder).filePath(name)));
        QString error;
        pixels.insert(name, ImageDataFingerprint::of(originals.value(name), error));
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path()); // the backup store
    const auto cli = [&](QProcess &process, const QStringList &arguments) {
        process.setProcessEnvironment(environment);
        QStringList paths;
        for (const QString &name : names)
            paths.append(QDir(folder).filePath(name));
        process.start(QStringLiteral(BYLINE_CLI), arguments + paths);
        REQUIRE(process.waitForStarted());
    };
    int round = 0;
    const auto startWrite = [&](QProcess &process) {
        cli(process, {QStringLiteral("set"), QStringLiteral("--credit"), QStringLiteral("Round %1").arg(++round)});
    };
    killRepeatedly(folder, startWrite, [&] {
        // Only the photos and, from a kill before a rename, hidden temporaries: nothing under another name.
        CHECK(QDir(folder).entryList(QDir::Files, QDir::Name) == names);
        for (const QString &name : names) {
            INFO(name.toStdString());
            const QString path = QDir(folder).filePath(name);
            const QByteArray bytes = PhotoFixture::readAll(path);
            if (bytes == originals.value(name))
                continue;
            QString error;
            CHECK(ImageDataFingerprint::of(bytes, error) == pixels.value(name)); // a whole JPEG, same picture
            const PhotoRecord record = MetadataReader::read(path);
            CHECK(record.credit.startsWith(QStringLiteral("Round ")));
            CHECK(record.caption.startsWith(QStringLiteral("Launch photo ")));
        }
    });

    // Whatever the kills interrupted, revert puts every original back, byte for byte.
    QProcess revert;
    cli(revert, {QStringLiteral("revert")});
    REQUIRE(revert.waitForFinished(60000));
    INFO(revert.readAllStandardError().toStdString());
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(PhotoFixture::readAll(QDir(folder).filePath(name)) == originals.value(name));
    }
}
