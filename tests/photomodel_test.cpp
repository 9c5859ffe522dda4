#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/modelsignalcounter.h"
#include "support/photofixture.h"
#include "support/rawfixture.h"
#include "support/waituntil.h"

#include "models/photomodel.h"
#include "thumbnails/imageid.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace {

using Tester = QAbstractItemModelTester;

void fill(GalleryFolder &folder, int count)
{
    for (int i = 0; i < count; ++i)
        folder.add({QStringLiteral("p%1.jpg").arg(i, 3, 10, QChar('0')), QStringLiteral("Photo %1").arg(i),
                    i % 2 ? QStringLiteral("Energia") : QStringLiteral("NASA/Tim Kopra"), FixturePhoto::CreditIn::Xmp});
}

QString roleText(const PhotoModel &model, int row, PhotoModel::Role role)
{
    return model.index(row).data(role).toString();
}

} // namespace

TEST_CASE("a folder loads in batches, with every role filled", "[photomodel]")
{
    GalleryFolder folder;
    fill(folder, 40);
    folder.add({QStringLiteral("inferred.jpg"), QStringLiteral("Lift-off."), QStringLiteral("Roscosmos"),
                FixturePhoto::CreditIn::Caption});
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("broken.jpg")), "not a photo");

    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    ModelSignalCounter counter(&model);
    QSignalSpy states(&model, &PhotoModel::stateChanged);
    folder.open(model);

    REQUIRE(model.rowCount() == 42);
    CHECK(model.state() == PhotoModel::LoadingState::Ready);
    CHECK(states.count() >= 2); // Scanning, then Ready
    CHECK(counter.insertedRows == 42);
    CHECK(counter.insertSignals > 1);  // batches...
    CHECK(counter.insertSignals < 10); // ...not one per file
    CHECK(counter.resets == 1);        // opening the folder
    CHECK(model.errorCount() == 1);
    CHECK(model.progress() == 42);
    CHECK(model.total() == 42);
    CHECK(model.lastScan().read == 42);

    const int inferred = model.rowOf(folder.filePath(QStringLiteral("inferred.jpg")));
    REQUIRE(inferred >= 0);
    CHECK(roleText(model, inferred, PhotoModel::CreditRole) == QStringLiteral("Roscosmos"));
    CHECK(model.index(inferred).data(PhotoModel::CreditInferredRole).toBool());
    CHECK(roleText(model, inferred, PhotoModel::CreditSourceRole) == QStringLiteral("caption"));
    CHECK(roleText(model, inferred, PhotoModel::CreditKeyRole) == QStringLiteral("roscosmos"));
    CHECK(roleText(model, inferred, PhotoModel::FileNameRole) == QStringLiteral("inferred.jpg"));
    CHECK(roleText(model, inferred, PhotoModel::FormatRole) == QStringLiteral("jpeg"));
    CHECK(model.index(inferred).data(PhotoModel::WidthRole).toInt() == 32);
    CHECK(model.index(inferred)
              .data(PhotoModel::ProvenanceRole)
              .toMap()
              .value(QStringLiteral("credit"))
              .toMap()
              .value(QStringLiteral("source")) == QStringLiteral("caption"));
    CHECK(roleText(model, inferred, PhotoModel::ThumbnailSourceRole).startsWith(QStringLiteral("image://thumb/")));
    CHECK(ImageId::parse(roleText(model, inferred, PhotoModel::ThumbnailSourceRole).mid(14)).path ==
          model.row(inferred).path());
    const int broken = model.rowOf(folder.filePath(QStringLiteral("broken.jpg")));
    CHECK(roleText(model, broken, PhotoModel::ErrorRole) == QStringLiteral("not an image: the content is text"));
}

TEST_CASE("reopening reads nothing; a changed file is re-read and updated in place", "[photomodel][catalog]")
{
    GalleryFolder folder;
    fill(folder, 30);
    {
        PhotoModel first;
        folder.open(first);
        REQUIRE(first.lastScan().read == 30);
    }
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    ModelSignalCounter counter(&model);
    folder.open(model);
    CHECK(model.rowCount() == 30);
    CHECK(model.lastScan().read == 0);
    CHECK(model.lastScan().fromCatalog == 30);

    // Rewrite one photo (new caption, new mtime), remove another, add a third.
    QTest::qWait(20); // a different mtime even on coarse file systems
    folder.add({QStringLiteral("p007.jpg"), QStringLiteral("Edited caption"), QStringLiteral("ESA/Tim Peake")});
    REQUIRE(QFile::remove(folder.filePath(QStringLiteral("p008.jpg"))));
    folder.add({QStringLiteral("new.jpg"), QStringLiteral("New photo"), QStringLiteral("SpaceX")});
    counter.reset();
    model.rescan();
    waitForScan(model);
    CHECK(model.lastScan().read == 2);
    CHECK(model.lastScan().fromCatalog == 28);
    CHECK(model.lastScan().removed == 1);
    CHECK(model.rowCount() == 30);
    CHECK(counter.resets == 0);
    CHECK(counter.insertedRows == 1);
    CHECK(counter.removedRows == 1);
    const int edited = model.rowOf(folder.filePath(QStringLiteral("p007.jpg")));
    CHECK(roleText(model, edited, PhotoModel::CaptionRole) == QStringLiteral("Edited caption"));
    CHECK(model.rowOf(folder.filePath(QStringLiteral("p008.jpg"))) == -1);
}

TEST_CASE("a file replaced by another of the same size and mtime is read again, not taken from the catalog",
          "[photomodel][catalog]")
{
    GalleryFolder folder;
    const QString path =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("First caption"), QStringLiteral("Energia")});
    const QString other =
        folder.add({QStringLiteral("b.jpg"), QStringLiteral("Other caption"), QStringLiteral("NASA")});
    {
        PhotoModel first;
        folder.open(first);
        REQUIRE(first.lastScan().read == 2);
    }
    // b's bytes, padded to a's size, over a, with a's mtime back: size and mtime are as catalogued
    // (cp -p, touch -r, or two files swapped by name).
    const QDateTime mtime = QFileInfo(path).lastModified();
    const qint64 size = qMax(QFileInfo(path).size(), QFileInfo(other).size());
    QByteArray bytes = PhotoFixture::readAll(other);
    bytes += QByteArray(size - bytes.size(), '\0');
    const QByteArray mine = PhotoFixture::readAll(path);
    PhotoFixture::writeAll(path, mine + QByteArray(size - mine.size(), '\0'));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    { // catalogue a at its padded size first, so only the content changes below
        PhotoModel padded;
        folder.open(padded);
    }
    const QString replacement = folder.filePath(QStringLiteral("replacement.tmp"));
    PhotoFixture::writeAll(replacement, bytes);
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::rename(replacement, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    file.close();
    REQUIRE(QFileInfo(path).size() == size);
    REQUIRE(QFileInfo(path).lastModified() == mtime);

    PhotoModel model;
    folder.open(model);
    CHECK(model.lastScan().read == 1);
    CHECK(roleText(model, model.rowOf(path), PhotoModel::CaptionRole) == QStringLiteral("Other caption"));
    CHECK(roleText(model, model.rowOf(path), PhotoModel::CreditRole) == QStringLiteral("NASA"));
}

TEST_CASE("a sidecar edit re-reads its photo", "[photomodel][catalog]")
{
    GalleryFolder folder;
    fill(folder, 3);
    PhotoModel model;
    folder.open(model);
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("p001.xmp")),
                           PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"),
                                                                                 QStringLiteral("Roscosmos"))}));
    model.rescan();
    waitForScan(model);
    CHECK(model.lastScan().read == 1);
    CHECK(roleText(model, model.rowOf(folder.filePath(QStringLiteral("p001.jpg"))), PhotoModel::CreditRole) ==
          QStringLiteral("Roscosmos"));
}

TEST_CASE("cancel stops the scan and leaves a consistent model", "[photomodel]")
{
    GalleryFolder folder;
    fill(folder, 300);
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setCatalogPath(folder.catalogPath());
    model.setFolder(folder.path());
    REQUIRE(model.state() == PhotoModel::LoadingState::Scanning);
    model.cancel();
    CHECK(model.state() != PhotoModel::LoadingState::Scanning);
    const int rowsAtCancel = model.rowCount();
    QTest::qWait(300); // whatever the cancelled job still sends must not arrive
    CHECK(model.rowCount() == rowsAtCancel);
    CHECK(rowsAtCancel < 300);

    model.rescan(); // and the folder can still be loaded completely
    waitForScan(model);
    CHECK(model.rowCount() == 300);
}

TEST_CASE("opening another folder during a scan shows only the new folder", "[photomodel]")
{
    GalleryFolder first, second;
    fill(first, 200);
    fill(second, 5);
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setCatalogPath(first.catalogPath());
    model.setFolder(first.path());
    model.setFolder(second.path());
    waitForScan(model);
    QTest::qWait(200);
    REQUIRE(model.rowCount() == 5);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(roleText(model, row, PhotoModel::PathRole).startsWith(second.path()));
}

TEST_CASE("results a cancelled scan already sent are ignored", "[photomodel]")
{
    GalleryFolder first, second;
    fill(first, 300);
    fill(second, 4);
    for (int attempt = 0; attempt < 3; ++attempt) {
        PhotoModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setCatalogPath(first.catalogPath());
        model.setFolder(first.path());
        REQUIRE(waitUntil([&] { return model.rowCount() > 0; })); // the first scan is sending rows
        model.setFolder(second.path());
        waitForScan(model);
        QTest::qWait(100);
        REQUIRE(model.rowCount() == 4);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(roleText(model, row, PhotoModel::PathRole).startsWith(second.path()));
        CHECK(model.state() == PhotoModel::LoadingState::Ready);
    }
}

TEST_CASE("a rescan without the catalog still removes vanished files and signals only changes", "[photomodel]")
{
    GalleryFolder folder;
    fill(folder, 10);
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setUseCatalog(false);
    folder.open(model);
    REQUIRE(model.rowCount() == 10);
    REQUIRE(QFile::remove(folder.filePath(QStringLiteral("p003.jpg"))));
    ModelSignalCounter counter(&model);
    model.rescan();
    waitForScan(model);
    CHECK(model.rowCount() == 9);
    CHECK(counter.removedRows == 1);
    CHECK(counter.changedRows == 0); // the nine unchanged photos were re-read, but nothing changed
}

TEST_CASE("the folder is watched: added, changed and removed files show up", "[photomodel][watch]")
{
    GalleryFolder folder;
    fill(folder, 3);
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setWatchDelay(50);
    folder.open(model);
    REQUIRE(model.rowCount() == 3);

    folder.add({QStringLiteral("added.jpg"), QStringLiteral("Added"), QStringLiteral("SpaceX")});
    REQUIRE(waitUntil([&] { return model.rowCount() == 4; }));
    waitForScan(model);

    QTest::qWait(20);
    folder.add({QStringLiteral("p000.jpg"), QStringLiteral("Changed on disk"), QStringLiteral("NASA/Tim Kopra")});
    const int changed = model.rowOf(folder.filePath(QStringLiteral("p000.jpg")));
    REQUIRE(waitUntil(
        [&] { return roleText(model, changed, PhotoModel::CaptionRole) == QStringLiteral("Changed on disk"); }));
    waitForScan(model);

    REQUIRE(QFile::remove(folder.filePath(QStringLiteral("p001.jpg"))));
    REQUIRE(waitUntil([&] { return model.rowCount() == 3; }));
    CHECK(model.rowOf(folder.filePath(QStringLiteral("p001.jpg"))) == -1);
}

TEST_CASE("two folders scanned at once share the catalog safely", "[photomodel][catalog]")
{
    GalleryFolder a, b;
    fill(a, 60);
    fill(b, 60);
    PhotoModel first, second;
    first.setCatalogPath(a.catalogPath());
    second.setCatalogPath(a.catalogPath()); // the same database file
    first.setFolder(a.path());
    second.setFolder(b.path());
    waitForScan(first);
    waitForScan(second);
    CHECK(first.rowCount() == 60);
    CHECK(second.rowCount() == 60);
    CHECK(first.warnings().isEmpty());
    CHECK(second.warnings().isEmpty());

    PhotoModel reopened;
    reopened.setCatalogPath(a.catalogPath());
    reopened.setFolder(b.path());
    waitForScan(reopened);
    CHECK(reopened.lastScan().fromCatalog == 60);
}

TEST_CASE("a folder that cannot be read is an error state", "[photomodel]")
{
    GalleryFolder folder;
    PhotoModel model;
    model.setCatalogPath(folder.catalogPath());
    model.setFolder(folder.filePath(QStringLiteral("does-not-exist")));
    waitForScan(model);
    CHECK(model.state() == PhotoModel::LoadingState::Error);
    CHECK_FALSE(model.errorString().isEmpty());
    CHECK(model.rowCount() == 0);
}

namespace {

// A RAW+JPEG pair (the RAW's caption in its ImageDescription, the JPEG's credit in its XMP), a RAW alone
// and a JPEG alone.
void addPairFolder(GalleryFolder &folder)
{
    folder.add({QStringLiteral("IMG_1.JPG"), {}, QStringLiteral("Reuters"), FixturePhoto::CreditIn::Xmp});
    RawFixture::Spec raw;
    raw.preview = QImage(320, 240, QImage::Format_RGB32);
    raw.preview.fill(Qt::darkCyan);
    raw.caption = QStringLiteral("Crew at the pad");
    RawFixture::tiffRaw(folder.filePath(QStringLiteral("img_1.nef")), raw);
    RawFixture::tiffRaw(folder.filePath(QStringLiteral("lone.nef")), raw);
    folder.add({QStringLiteral("solo.jpg"), QStringLiteral("Alone"), QStringLiteral("AP")});
}

} // namespace

TEST_CASE("a RAW+JPEG pair is one row, and the setting regroups the open folder in place", "[photomodel][pairs]")
{
    GalleryFolder folder;
    addPairFolder(folder);
    const QString jpeg = folder.filePath(QStringLiteral("IMG_1.JPG"));
    const QString nef = folder.filePath(QStringLiteral("img_1.nef"));

    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setWatchDelay(60'000); // no rescan but the ones the setting starts
    CHECK(model.pairRawJpeg());  // on by default
    folder.open(model);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.rowOf(nef) < 0);
    const int pair = model.rowOf(jpeg);
    REQUIRE(pair >= 0);
    CHECK(roleText(model, pair, PhotoModel::CompanionPathRole) == nef);
    CHECK(model.index(pair).data(PhotoModel::CompanionSizeRole).toLongLong() == QFileInfo(nef).size());
    CHECK(roleText(model, pair, PhotoModel::CaptionRole) == QStringLiteral("Crew at the pad"));
    CHECK(roleText(model, pair, PhotoModel::CreditRole) == QStringLiteral("Reuters"));
    CHECK(roleText(model, pair, PhotoModel::FormatRole) == QStringLiteral("jpeg"));
    CHECK(model.index(pair)
              .data(PhotoModel::ProvenanceRole)
              .toMap()
              .value(QStringLiteral("caption"))
              .toMap()
              .value(QStringLiteral("source")) == QStringLiteral("raw-companion"));
    // The tile's picture is the JPEG's, versioned by the JPEG's own stamp.
    CHECK(ImageId::parse(roleText(model, pair, PhotoModel::ThumbnailSourceRole).mid(14)).path == jpeg);
    CHECK(roleText(model, model.rowOf(folder.filePath(QStringLiteral("lone.nef"))), PhotoModel::CompanionPathRole)
              .isEmpty());
    model.selection()->select(jpeg);

    ModelSignalCounter counter(&model);
    QSignalSpy changed(&model, &PhotoModel::pairRawJpegChanged);
    model.setPairRawJpeg(false);
    CHECK(changed.count() == 1);
    waitForScan(model);
    REQUIRE(model.rowCount() == 4);
    CHECK(counter.resets == 0); // regrouped in place: the grid keeps its place and selection
    CHECK(counter.insertedRows == 1);
    CHECK(counter.removedRows == 0);
    REQUIRE(model.rowOf(nef) >= 0);
    CHECK(roleText(model, model.rowOf(nef), PhotoModel::CaptionRole) == QStringLiteral("Crew at the pad"));
    CHECK(roleText(model, model.rowOf(jpeg), PhotoModel::CompanionPathRole).isEmpty());
    CHECK(roleText(model, model.rowOf(jpeg), PhotoModel::CaptionRole).isEmpty());
    CHECK(model.selection()->contains(jpeg));

    counter.reset();
    model.setPairRawJpeg(true);
    waitForScan(model);
    REQUIRE(model.rowCount() == 3);
    CHECK(counter.resets == 0);
    CHECK(counter.removedRows == 1);
    CHECK(counter.insertedRows == 0);
    CHECK(model.rowOf(nef) < 0);
    CHECK(roleText(model, model.rowOf(jpeg), PhotoModel::CompanionPathRole) == nef);
    CHECK(model.selection()->contains(jpeg));
    CHECK(model.lastScan().fromCatalog == 4); // regrouping reads no file again

    model.setPairRawJpeg(true); // no change, no signal, no scan
    CHECK(changed.count() == 2);
    CHECK(model.state() == PhotoModel::LoadingState::Ready);
}

TEST_CASE("a pair whose RAW changes is read again and its row changes", "[photomodel][pairs]")
{
    GalleryFolder folder;
    addPairFolder(folder);
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setWatchDelay(60'000); // the rescan below is the only one
    folder.open(model);
    const QString jpeg = folder.filePath(QStringLiteral("IMG_1.JPG"));
    REQUIRE(model.rowOf(jpeg) >= 0);

    // The RAW's own sidecar (the long form, so the JPEG does not read it) now gives a headline.
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("img_1.nef.xmp")),
                           PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(QStringLiteral("photoshop:Headline"),
                                                                                 QStringLiteral("Soyuz rollout"))}));
    ModelSignalCounter counter(&model);
    model.rescan();
    waitForScan(model);
    REQUIRE(model.rowCount() == 3);
    CHECK(counter.changedRows >= 1);
    CHECK(counter.insertedRows == 0);
    CHECK(roleText(model, model.rowOf(jpeg), PhotoModel::HeadlineRole) == QStringLiteral("Soyuz rollout"));
    CHECK(model.lastScan().read == 1); // the RAW only; the JPEG came from the catalog
}

TEST_CASE("Subfolders adds and removes the subfolders' rows in place, keeping the selection", "[photomodel]")
{
    GalleryFolder folder;
    folder.add({QStringLiteral("top.jpg"), QStringLiteral("At the top"), QStringLiteral("NASA")});
    REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("day2")));
    folder.add({QStringLiteral("day2/inside.jpg"), QStringLiteral("Inside"), QStringLiteral("Energia")});
    const QString top = folder.filePath(QStringLiteral("top.jpg"));
    PhotoModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setWatchDelay(60'000);
    folder.open(model);
    REQUIRE(model.rowCount() == 1);
    model.selection()->select(top);

    ModelSignalCounter counter(&model);
    model.setRecursive(true);
    waitForScan(model);
    REQUIRE(model.rowCount() == 2);
    CHECK(counter.resets == 0);
    CHECK(counter.insertedRows == 1);
    CHECK(model.rowOf(folder.filePath(QStringLiteral("day2/inside.jpg"))) >= 0);
    CHECK(model.selection()->contains(top));

    counter.reset();
    model.setRecursive(false);
    waitForScan(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(counter.resets == 0);
    CHECK(counter.removedRows == 1);
    CHECK(model.rowOf(folder.filePath(QStringLiteral("day2/inside.jpg"))) < 0);
    CHECK(model.selection()->contains(top));
    CHECK(model.count() == 1);
}
