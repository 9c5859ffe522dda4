#include <catch2/catch.hpp>

#include "imaging/thumbnailer.h"
#include "isolation/readworker.h"
#include "metadata/metadatareader.h"
#include "metadata/photorecordcodec.h"
#include "scan/folderlister.h"
#include "scan/scanjob.h"
#include "thumbnails/previewworkers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <map>

// Metadata read in helper processes: the same records as in process, and a crash or a hang in the
// helper costs the one file it was reading.

namespace {

using namespace std::chrono_literals;

QStringList sampleNames()
{
    return QDir(QStringLiteral(BYLINE_SAMPLE_DIR)).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
}

// A folder of sample photos under the given names.
QList<PhotoFile> folderOf(const QTemporaryDir &dir, const QStringList &names)
{
    const QStringList samples = sampleNames();
    for (int i = 0; i < names.size(); ++i)
        REQUIRE(QFile::copy(QDir(QStringLiteral(BYLINE_SAMPLE_DIR)).filePath(samples.at(i % samples.size())),
                            dir.filePath(names.at(i))));
    QList<PhotoFile> files = FolderLister::list(dir.path(), false).files;
    std::sort(files.begin(), files.end(), [](const PhotoFile &a, const PhotoFile &b) { return a.path < b.path; });
    return files;
}

std::map<qsizetype, PhotoRecord> readWith(ReadWorker &worker, const QList<PhotoFile> &files)
{
    std::map<qsizetype, PhotoRecord> records;
    worker.read(files, [&records](qsizetype i, PhotoRecord record) {
        CHECK(records.count(i) == 0); // once each
        records[i] = std::move(record);
    });
    REQUIRE(records.size() == size_t(files.size()));
    return records;
}

} // namespace

TEST_CASE("byline-cli read-worker gives exactly the records read in process", "[isolation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList names;
    for (int i = 0; i < 40; ++i) // more than one batch
        names << QStringLiteral("photo-%1.jpg").arg(i, 2, 10, QLatin1Char('0'));
    const QList<PhotoFile> files = folderOf(dir, names);
    ReadWorker worker(QStringLiteral(BYLINE_CLI), ReadWorker::defaultArguments());
    const std::map<qsizetype, PhotoRecord> records = readWith(worker, files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        INFO(files[i].path.toStdString());
        CHECK(PhotoRecordCodec::encode(records.at(i)) == PhotoRecordCodec::encode(MetadataReader::read(files[i])));
    }
    CHECK(worker.starts() == 1);
}

TEST_CASE("requests larger than the socket's buffer do not deadlock with the helper's answers", "[isolation]")
{
    // 40 paths of 16 KB: two batches of requests are 512 KB, more than a socket holds, and each answer
    // (an error record naming its path) is as long, so the helper blocks writing answers while the
    // requests are still being written.
    QList<PhotoFile> files;
    for (int i = 0; i < 40; ++i) {
        PhotoFile file;
        file.path =
            QStringLiteral("/nonexistent/%1/").arg(i) + QString(16 * 1024, QLatin1Char('x')) + QStringLiteral(".jpg");
        files.append(file);
    }
    ReadWorker worker(QStringLiteral(BYLINE_CLI), ReadWorker::defaultArguments());
    QElapsedTimer timer;
    timer.start();
    const std::map<qsizetype, PhotoRecord> records = readWith(worker, files);
    for (const auto &[index, record] : records) {
        CHECK(record.path == files[index].path);
        CHECK(record.hasError());
    }
    CHECK(worker.starts() == 1); // answered by the one helper, not after timeouts and restarts
    CHECK(timer.elapsed() < 10'000);
}

TEST_CASE("a helper that crashes or hangs costs the file it was reading, and a new helper reads on", "[isolation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<PhotoFile> files =
        folderOf(dir, {QStringLiteral("a.jpg"), QStringLiteral("b-crash.jpg"), QStringLiteral("c.jpg"),
                       QStringLiteral("d-hang.jpg"), QStringLiteral("e.jpg")});
    // 3 s: time enough for a helper to start on a loaded machine, under the sanitizers too.
    ReadWorker worker(QStringLiteral(BYLINE_FAULTY_READ_WORKER), {}, 3000ms);
    QElapsedTimer timer;
    timer.start();
    const std::map<qsizetype, PhotoRecord> records = readWith(worker, files);
    CHECK(timer.elapsed() < 20000); // the hang cost its budget twice (a second chance), not forever
    for (const qsizetype i : {0, 2, 4}) {
        INFO(files[i].path.toStdString());
        CHECK(PhotoRecordCodec::encode(records.at(i)) == PhotoRecordCodec::encode(MetadataReader::read(files[i])));
    }
    CHECK(records.at(1).path == files[1].path);
    CHECK(records.at(1).error.startsWith(QStringLiteral("the metadata reader crashed on this file (")));
    CHECK(records.at(3).error.startsWith(QStringLiteral("reading its metadata took longer than 3 s and was stopped")));
    CHECK(records.at(3).fileSize == files[3].size);
    // The first; for each bad file a second chance alone and a fresh one after it.
    CHECK(worker.starts() == 5);
}

TEST_CASE("after a crash past the first batches, the files the dead helper held are read by the next", "[isolation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList names;
    for (int i = 0; i < 50; ++i)
        names << (i == 35 ? QStringLiteral("p35-crash.jpg")
                          : QStringLiteral("p%1.jpg").arg(i, 2, 10, QLatin1Char('0')));
    const QList<PhotoFile> files = folderOf(dir, names);
    ReadWorker worker(QStringLiteral(BYLINE_FAULTY_READ_WORKER), {}, 3000ms);
    const std::map<qsizetype, PhotoRecord> records = readWith(worker, files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        INFO(files[i].path.toStdString());
        if (files[i].path.endsWith(QLatin1String("p35-crash.jpg")))
            CHECK(records.at(i).error.startsWith(QStringLiteral("the metadata reader crashed on this file (")));
        else
            CHECK(PhotoRecordCodec::encode(records.at(i)) == PhotoRecordCodec::encode(MetadataReader::read(files[i])));
    }
    CHECK(worker.starts() == 3);
}

TEST_CASE("without a working helper the files are read in process", "[isolation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<PhotoFile> files = folderOf(dir, {QStringLiteral("a.jpg"), QStringLiteral("b.jpg")});
    // A program that is not there, and one that exits at once without answering (not a crash).
    for (const QString &program : {dir.filePath(QStringLiteral("no-such-helper")), QStringLiteral("/bin/false")}) {
        INFO(program.toStdString());
        ReadWorker worker(program, ReadWorker::defaultArguments());
        const std::map<qsizetype, PhotoRecord> records = readWith(worker, files);
        for (qsizetype i = 0; i < files.size(); ++i)
            CHECK(PhotoRecordCodec::encode(records.at(i)) == PhotoRecordCodec::encode(MetadataReader::read(files[i])));
        CHECK_FALSE(worker.startError().isEmpty());
    }
}

TEST_CASE("a scan through a crashing helper lists every file and catalogs the crash", "[isolation][scan]")
{
    QTemporaryDir dir, cache;
    REQUIRE(dir.isValid());
    REQUIRE(cache.isValid());
    QStringList names;
    for (int i = 0; i < 30; ++i)
        names << (i == 17 ? QStringLiteral("p17-crash.jpg")
                          : QStringLiteral("p%1.jpg").arg(i, 2, 10, QLatin1Char('0')));
    (void)folderOf(dir, names);
    const auto scan = [&](ScanStatistics &statistics) {
        ScanJob job({dir.path(), true, cache.filePath(QStringLiteral("catalog.sqlite")), false, 2,
                     QStringLiteral(BYLINE_FAULTY_READ_WORKER)});
        QList<PhotoRow> rows;
        QObject::connect(&job, &ScanJob::rowsReady, [&rows](const QList<PhotoRow> &batch) { rows += batch; });
        QObject::connect(
            &job, &ScanJob::finished,
            [&statistics](const ScanStatistics &s, const QString &, const QStringList &) { statistics = s; });
        job.run();
        return rows;
    };
    ScanStatistics first;
    const QList<PhotoRow> rows = scan(first);
    REQUIRE(rows.size() == 30);
    CHECK(first.read == 30);
    int crashed = 0;
    for (const PhotoRow &row : rows) {
        const PhotoRecord record = row.toRecord();
        if (record.path.endsWith(QLatin1String("p17-crash.jpg"))) {
            CHECK(record.error.startsWith(QStringLiteral("the metadata reader crashed on this file")));
            ++crashed;
        } else {
            CHECK_FALSE(record.hasError());
        }
    }
    CHECK(crashed == 1);
    // The catalog keeps the verdict: reopened, nothing is read again, the crash included.
    ScanStatistics second;
    CHECK(scan(second).size() == 30);
    CHECK(second.fromCatalog == 30);
    CHECK(second.read == 0);
}

TEST_CASE("previews looked up in a helper match the in-process lookup; a crash or hang costs the placeholder only",
          "[isolation][thumbnails]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<PhotoFile> files =
        folderOf(dir, {QStringLiteral("a.jpg"), QStringLiteral("b-crash.jpg"), QStringLiteral("c-hang.jpg")});
    const QString a = files[0].path, crash = files[1].path, hang = files[2].path;
    const Exiv2Extractor::Preview expected = Thumbnailer::embeddedPreview(a, 0);
    REQUIRE_FALSE(expected.data.isEmpty()); // the sample photos carry an Exif thumbnail

    PreviewWorkers real(QStringLiteral(BYLINE_CLI));
    const Exiv2Extractor::Preview viaHelper = real.lookup(a, 0);
    CHECK(viaHelper.data == expected.data);
    CHECK(viaHelper.size == expected.size);

    PreviewWorkers faulty(QStringLiteral(BYLINE_FAULTY_READ_WORKER), 3000ms);
    CHECK(faulty.lookup(crash, 0).data.isEmpty());
    QElapsedTimer timer;
    timer.start();
    CHECK(faulty.lookup(hang, 0).data.isEmpty());
    CHECK(timer.elapsed() < 10000);
    timer.restart();
    CHECK(faulty.lookup(hang, 0).data.isEmpty()); // remembered: not asked again
    CHECK(timer.elapsed() < 1000);
    CHECK(faulty.lookup(a, 0).data == expected.data); // a new helper answers the next file
    // The tile still gets its thumbnail: decoded, without the preview the helper could not give.
    const Thumbnailer::Result made = Thumbnailer::make(
        crash, 64, nullptr, [&faulty](const QString &path, int minEdge) { return faulty.lookup(path, minEdge); });
    CHECK_FALSE(made.image.isNull());
    CHECK_FALSE(made.fromPreview);
}
