#include <catch2/catch.hpp>

#include "export/exportjob.h"
#include "export/exportrequest.h"
#include "metadata/nativepath.h"

#include "support/exportfixture.h"
#include "support/photofixture.h"
#include "support/unprivilegedscope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

// The whole export, on real files: every test ends with ExportFixture checking that no original changed.

namespace {

ExportOptions originalsTo(const QString &destination)
{
    ExportOptions options;
    options.destination = destination;
    options.originals = true;
    return options;
}

QStringList outputFiles(const ExportReport &report, const QString &destination)
{
    QStringList files;
    for (const ExportReport::Photo &photo : report.photos) {
        for (const ExportReport::Output &output : photo.outputs)
            files.append(QDir(destination).relativeFilePath(output.path));
    }
    for (const ExportReport::Output &output : report.documents)
        files.append(QDir(destination).relativeFilePath(output.path));
    files.sort();
    return files;
}

// Every file the report names exists with the size and SHA-256 it states.
void checkOutputs(const ExportReport &report)
{
    for (const ExportReport::Photo &photo : report.photos) {
        for (const ExportReport::Output &output : photo.outputs) {
            INFO(output.path.toStdString());
            CHECK(QFileInfo(output.path).size() == output.size);
            CHECK(sha256Of(output.path) == output.sha256);
        }
    }
}

bool hasTemporaryFile(const QStringList &files)
{
    return std::any_of(files.cbegin(), files.cend(),
                       [](const QString &f) { return f.endsWith(QStringLiteral(".tmp")); });
}

const ExportReport::Photo &photoNamed(const ExportReport &report, const QString &name)
{
    const auto found = std::find_if(report.photos.cbegin(), report.photos.cend(), [&](const ExportReport::Photo &p) {
        return QFileInfo(p.record.path).fileName() == name;
    });
    REQUIRE(found != report.photos.cend());
    return *found;
}

bool canCreateFileIn(const QString &folder)
{
    QFile probe(folder + QStringLiteral("/probe"));
    const bool created = probe.open(QIODevice::WriteOnly);
    if (created)
        probe.remove();
    return created;
}

} // namespace

TEST_CASE("originals are copied byte for byte with their sidecars", "[export]")
{
    ExportFixture fixture;
    const PhotoRecord a = fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    const PhotoRecord b = fixture.add(QStringLiteral("b.JPG"), QStringLiteral("Second."), QStringLiteral("ESA"));
    PhotoFixture::writeAll(fixture.source() + QStringLiteral("/b.xmp"),
                           PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"),
                                                                                 QStringLiteral("ESA"))}));
    PhotoFixture::writeAll(fixture.source() + QStringLiteral("/a.jpg.xmp"), PhotoFixture::xmpPacket({}));

    ExportOptions options = originalsTo(fixture.destination());
    options.nameTemplate = QStringLiteral("{n:02}-{name}.{ext}");
    const ExportReport report = ExportJob(fixture.records(), options).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.succeeded());
    CHECK(fixture.destinationFiles() == QStringList({QStringLiteral("01-a.jpg"), QStringLiteral("01-a.jpg.xmp"),
                                                     QStringLiteral("02-b.JPG"), QStringLiteral("02-b.xmp")}));
    CHECK(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/01-a.jpg")) == PhotoFixture::readAll(a.path));
    CHECK(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/02-b.JPG")) == PhotoFixture::readAll(b.path));
    CHECK(sha256Of(fixture.destination() + QStringLiteral("/02-b.xmp")) ==
          sha256Of(fixture.source() + QStringLiteral("/b.xmp")));
    CHECK(photoNamed(report, QStringLiteral("a.jpg")).output(ExportReport::Output::Kind::Original)->sha256 ==
          sha256Of(a.path));
    checkOutputs(report);
    fixture.checkOriginalsUnchanged();
}

TEST_CASE("an export never overwrites a file: a taken name gets a suffix", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    fixture.add(QStringLiteral("b.jpg"), QStringLiteral("Second."), QStringLiteral("NASA"));
    PhotoFixture::writeAll(fixture.destination() + QStringLiteral("/a.jpg"), "the desk's own file");
    PhotoFixture::writeAll(fixture.destination() + QStringLiteral("/NASA.jpg"), "another");

    const ExportReport first = ExportJob(fixture.records(), originalsTo(fixture.destination())).run();
    REQUIRE(first.succeeded());
    CHECK(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/a.jpg")) == "the desk's own file");
    CHECK(QFile::exists(fixture.destination() + QStringLiteral("/a (2).jpg")));

    // Two photos with the same credit under "{credit}": the second one and the existing file both count.
    ExportOptions byCredit = originalsTo(fixture.destination());
    byCredit.nameTemplate = QStringLiteral("{credit}");
    const ExportReport second = ExportJob(fixture.records(), byCredit).run();
    REQUIRE(second.succeeded());
    CHECK(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/NASA.jpg")) == "another");
    CHECK(fixture.destinationFiles() ==
          QStringList({QStringLiteral("NASA (2).jpg"), QStringLiteral("NASA (3).jpg"), QStringLiteral("NASA.jpg"),
                       QStringLiteral("a (2).jpg"), QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
}

TEST_CASE("originals, resized copies, the caption sheet and the manifests in one export", "[export]")
{
    ExportFixture fixture;
    const QString tricky = QString::fromUtf8("Crews at <Baikonur> & \"Zvezda\" \xE2\x80\x94 K\xC3\xB6ln's team.");
    fixture.add(QStringLiteral("a.jpg"), tricky, QStringLiteral("NASA/Tim Kopra"), {800, 600});
    fixture.addInferred(QStringLiteral("b.jpg"), QStringLiteral("Liftoff at 16:23. Photo credit: Energia"), {600, 800});
    ExportOptions options = originalsTo(fixture.destination());
    options.resized = true;
    options.longEdge = 256;
    options.sheet = true;
    options.title = QStringLiteral("Progress <MS-02>");
    options.intro = QStringLiteral("Launch day & docking.");

    const ExportReport report = ExportJob(fixture.records(), options).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.succeeded());
    CHECK(fixture.destinationFiles() ==
          QStringList({QStringLiteral("index.html"), QStringLiteral("manifest.csv"), QStringLiteral("manifest.json"),
                       QStringLiteral("originals/a.jpg"), QStringLiteral("originals/b.jpg"),
                       QStringLiteral("resized/a.jpg"), QStringLiteral("resized/b.jpg")}));
    checkOutputs(report);

    const QString html =
        QString::fromUtf8(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/index.html")));
    CHECK(html.contains(QStringLiteral("<h1>Progress &lt;MS-02&gt;</h1>")));
    CHECK(html.contains(QStringLiteral("Launch day &amp; docking.")));
    CHECK(html.contains(
        QString::fromUtf8("Crews at &lt;Baikonur&gt; &amp; &quot;Zvezda&quot; \xE2\x80\x94 K\xC3\xB6ln's team.")));
    CHECK_FALSE(html.contains(QStringLiteral("<Baikonur>")));
    CHECK(html.contains(QStringLiteral("<span class=\"credit\">Credit: NASA/Tim Kopra</span>")));
    // The inferred credit is printed once, as the credit line, not again inside the caption.
    CHECK(html.contains(QStringLiteral("Liftoff at 16:23. <span class=\"credit\">Credit: Energia</span>")));
    CHECK(html.count(QStringLiteral("src=\"data:image/jpeg;base64,")) == 2);
    CHECK(html.contains(QStringLiteral("@media print")));

    const QJsonArray rows =
        QJsonDocument::fromJson(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/manifest.json")))
            .array();
    REQUIRE(rows.size() == 4);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString file = fixture.destination() + u'/' + row[QStringLiteral("file")].toString();
        INFO(file.toStdString());
        CHECK(row[QStringLiteral("sha256")].toString().toLatin1() == sha256Of(file));
        CHECK(row[QStringLiteral("size")].toInteger() == QFileInfo(file).size());
    }
    CHECK(rows[0].toObject()[QStringLiteral("caption")].toString() == tricky);
    CHECK(rows[3].toObject()[QStringLiteral("creditSource")].toString() == QStringLiteral("caption"));
    const QString csv =
        QString::fromUtf8(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/manifest.csv")));
    CHECK(csv.contains(QStringLiteral("\"Crews at <Baikonur> & \"\"Zvezda\"\"")));
    for (const QJsonValue &value : rows)
        CHECK(csv.contains(value.toObject()[QStringLiteral("sha256")].toString()));
}

TEST_CASE("cancelling mid-export leaves no partial file and says what was exported", "[export]")
{
    ExportFixture fixture;
    for (int i = 0; i < 10; ++i)
        fixture.add(QStringLiteral("p%1.jpg").arg(i), QStringLiteral("Photo %1.").arg(i), QStringLiteral("NASA"),
                    {1600, 1200});
    ExportOptions options = originalsTo(fixture.destination());
    options.resized = true;
    options.longEdge = 1024;
    options.sheet = true;
    ExportJob job(fixture.records(), options);
    const ExportReport report = job.run([&job](int done, int) {
        if (done == 2)
            job.cancel();
    });
    INFO(report.summary().toStdString());
    REQUIRE(report.cancelled);
    CHECK(report.count(ExportReport::Photo::Status::Exported) >= 2);
    CHECK(report.count(ExportReport::Photo::Status::NotStarted) >= 1);
    CHECK(report.documents.isEmpty());
    // Exactly the files the report lists exist, each complete; nothing else, no temporary file.
    const QStringList files = fixture.destinationFiles();
    CHECK(files == outputFiles(report, fixture.destination()));
    CHECK_FALSE(hasTemporaryFile(files));
    checkOutputs(report);
    for (const ExportReport::Photo &photo : report.photos) {
        if (photo.status == ExportReport::Photo::Status::Exported)
            CHECK(photo.outputs.size() == 2);
        if (photo.status == ExportReport::Photo::Status::NotStarted)
            CHECK(photo.outputs.isEmpty());
    }
    CHECK(report.summary().contains(QStringLiteral("not exported (cancelled)")));
}

TEST_CASE("a source that vanished before its turn is reported for that file only", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    const PhotoRecord b = fixture.add(QStringLiteral("b.jpg"), QStringLiteral("Second."), QStringLiteral("NASA"));
    fixture.add(QStringLiteral("c.jpg"), QStringLiteral("Third."), QStringLiteral("NASA"));
    fixture.forget(b.path);
    REQUIRE(QFile::remove(b.path)); // read into the selection, then gone
    ExportOptions options = originalsTo(fixture.destination());
    options.resized = true;
    options.longEdge = 100;

    const ExportReport report = ExportJob(fixture.records(), options).run();
    CHECK_FALSE(report.succeeded());
    CHECK(report.count(ExportReport::Photo::Status::Exported) == 2);
    const ExportReport::Photo &gone = photoNamed(report, QStringLiteral("b.jpg"));
    CHECK(gone.status == ExportReport::Photo::Status::Failed);
    CHECK(gone.outputs.isEmpty());
    CHECK(gone.errors.size() == 2); // the original and the resized copy, each with its reason
    CHECK(gone.errors.first().contains(QStringLiteral("b.jpg")));
    CHECK(report.summary().contains(QStringLiteral("FAILED    ") + b.path));
    CHECK(fixture.destinationFiles() ==
          QStringList({QStringLiteral("originals/a.jpg"), QStringLiteral("originals/c.jpg"),
                       QStringLiteral("resized/a.jpg"), QStringLiteral("resized/c.jpg")}));
}

TEST_CASE("a source removed after planning, while others are copied, fails alone", "[export]")
{
    ExportFixture fixture;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg"})
        fixture.add(QString::fromLatin1(name), QStringLiteral("Photo."), QStringLiteral("NASA"));
    const QString c = fixture.source() + QStringLiteral("/c.jpg");
    fixture.forget(c);
    ExportOptions options = originalsTo(fixture.destination());
    options.threads = 1; // photos in order: c's name is planned, a is done, then c vanishes
    const ExportReport report = ExportJob(fixture.records(), options).run([&c](int done, int) {
        if (done == 1)
            CHECK(QFile::remove(c)); // on a worker thread: CHECK, since a throw there would abort
    });
    CHECK(photoNamed(report, QStringLiteral("a.jpg")).status == ExportReport::Photo::Status::Exported);
    CHECK(photoNamed(report, QStringLiteral("c.jpg")).status == ExportReport::Photo::Status::Failed);
    CHECK(photoNamed(report, QStringLiteral("c.jpg")).errors.first().contains(QStringLiteral("No such file")));
    CHECK(fixture.destinationFiles() == QStringList({QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
}

TEST_CASE("a read-only destination fails every file with the reason, and writes nothing", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    fixture.add(QStringLiteral("b.jpg"), QStringLiteral("Second."), QStringLiteral("NASA"));
    const QString readOnly = fixture.destination() + QStringLiteral("/read-only");
    REQUIRE(QDir().mkpath(readOnly));
    // Open to everyone for reading, writable by no one but root; root is made "nobody" below.
    REQUIRE(QFile::setPermissions(fixture.source(), QFileDevice::Permissions::fromInt(0x7755)));
    REQUIRE(QFile::setPermissions(fixture.destination(), QFileDevice::Permissions::fromInt(0x7755)));
    REQUIRE(QFile::setPermissions(readOnly, QFileDevice::Permissions::fromInt(0x5555)));
    ExportReport report;
    {
        UnprivilegedScope unprivileged;
        if (canCreateFileIn(readOnly)) {
            QFile::setPermissions(readOnly, QFileDevice::Permissions::fromInt(0x7755));
            BYLINE_SKIP("permissions are not enforced for this user (root with capabilities kept)");
        }
        report = ExportJob(fixture.records(), originalsTo(readOnly)).run();
    }
    REQUIRE(QFile::setPermissions(readOnly, QFileDevice::Permissions::fromInt(0x7755)));
    INFO(report.summary().toStdString());
    CHECK(report.count(ExportReport::Photo::Status::Failed) == 2);
    for (const ExportReport::Photo &photo : report.photos) {
        CHECK(photo.outputs.isEmpty());
        REQUIRE(photo.errors.size() == 1);
        CHECK(photo.errors.first().contains(QStringLiteral("cannot create a file in")));
        CHECK(photo.errors.first().contains(QStringLiteral("Permission denied")));
    }
    CHECK(QDir(readOnly).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a destination that is a file fails every photo with the reason", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    const QString file = fixture.destination() + QStringLiteral("/not-a-folder");
    PhotoFixture::writeAll(file, "x");
    const ExportReport report = ExportJob(fixture.records(), originalsTo(file)).run();
    REQUIRE(report.photos.size() == 1);
    CHECK(report.photos.first().status == ExportReport::Photo::Status::Failed);
    CHECK(report.photos.first().errors.first().contains(QStringLiteral("cannot create the folder")));
    CHECK(PhotoFixture::readAll(file) == "x");
}

TEST_CASE("a write that fails part-way (file too large) leaves no file under the final name", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("small.jpg"), QStringLiteral("Small."), QStringLiteral("NASA"), {160, 120});
    const PhotoRecord big =
        fixture.add(QStringLiteral("big.jpg"), QStringLiteral("Big."), QStringLiteral("NASA"), {2400, 1800});
    const qint64 limit = 32 * 1024;
    REQUIRE(big.fileSize > 2 * limit);
    // RLIMIT_FSIZE makes write() fail past the limit with EFBIG, as a full disk fails with ENOSPC;
    // unlike chmod it binds root too. The signal it raises is ignored so write() returns the error.
    rlimit old{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = limit;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const ExportReport report = ExportJob(fixture.records(), originalsTo(fixture.destination())).run();
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, oldHandler);

    INFO(report.summary().toStdString());
    CHECK(photoNamed(report, QStringLiteral("small.jpg")).status == ExportReport::Photo::Status::Exported);
    const ExportReport::Photo &failed = photoNamed(report, QStringLiteral("big.jpg"));
    CHECK(failed.status == ExportReport::Photo::Status::Failed);
    CHECK(failed.errors.first().contains(QStringLiteral("cannot write the copy")));
    CHECK(fixture.destinationFiles() == QStringList{QStringLiteral("small.jpg")});
}

TEST_CASE("a photo that could not be read is reported, not exported", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    PhotoRecord broken;
    broken.path = fixture.source() + QStringLiteral("/broken.jpg");
    broken.error = QStringLiteral("truncated");
    const ExportReport report = ExportJob(fixture.records() << broken, originalsTo(fixture.destination())).run();
    CHECK(report.count(ExportReport::Photo::Status::Exported) == 1);
    CHECK(photoNamed(report, QStringLiteral("broken.jpg")).errors ==
          QStringList{QStringLiteral("not exported: truncated")});
}

TEST_CASE("bad options fail every photo with one clear reason", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("First."), QStringLiteral("NASA"));
    ExportOptions nothing;
    nothing.destination = fixture.destination();
    CHECK(ExportJob(fixture.records(), nothing).run().errors.first().contains(QStringLiteral("nothing to export")));
    ExportOptions badTemplate = originalsTo(fixture.destination());
    badTemplate.nameTemplate = QStringLiteral("{what}");
    CHECK(ExportJob(fixture.records(), badTemplate).run().errors.first().contains(QStringLiteral("{what}")));
    CHECK(fixture.destinationFiles().isEmpty());
}

TEST_CASE("a relative destination gives the same links and manifest paths as an absolute one", "[export]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("a.jpg"), QStringLiteral("Rollout."), QStringLiteral("NASA/Bill Ingalls"), {800, 600});
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(QFileInfo(fixture.destination()).absolutePath()));
    ExportOptions options = originalsTo(QFileInfo(fixture.destination()).fileName()); // "--to out"
    options.resized = true;
    options.longEdge = 256;
    options.sheet = true;
    options.embedThumbnails = false; // links to the copies: what went wrong
    const ExportReport report = ExportJob(fixture.records(), options).run();
    QDir::setCurrent(before);
    INFO(report.summary().toStdString());
    REQUIRE(report.succeeded());
    CHECK(fixture.destinationFiles().contains(QStringLiteral("resized/a.jpg")));
    const QString csv =
        QString::fromUtf8(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/manifest.csv")));
    CHECK(csv.contains(QStringLiteral("\noriginals/a.jpg,")));
    CHECK(csv.contains(QStringLiteral("\nresized/a.jpg,")));
    const QString html =
        QString::fromUtf8(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/index.html")));
    CHECK(html.contains(QStringLiteral("href=\"resized/a.jpg\"")));
    CHECK_FALSE(html.contains(QFileInfo(fixture.destination()).fileName() + QStringLiteral("/resized")));
}

TEST_CASE("a RAW+JPEG pair's originals are both copied, byte for byte, under one name", "[export][pairs]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("IMG_1.JPG"), QStringLiteral("Liftoff."), QStringLiteral("NASA"));
    const PhotoRecord pair = fixture.addRawCompanion(QStringLiteral("img_1.nef"));
    REQUIRE(pair.hasCompanion());
    fixture.add(QStringLiteral("solo.jpg"), QStringLiteral("Alone."), QStringLiteral("ESA"));
    // The RAW's own sidecar (long form) goes with it; the JPEG has none.
    const QString rawSidecar = fixture.source() + QStringLiteral("/img_1.nef.xmp");
    PhotoFixture::writeAll(rawSidecar, PhotoFixture::xmpPacket({}));
    fixture.track(rawSidecar);
    const QStringList sourceBefore = fixture.sourceFiles();

    ExportOptions options = originalsTo(fixture.destination());
    options.resized = true;
    options.longEdge = 64;
    options.sheet = true;
    options.nameTemplate = QStringLiteral("{n:02}-{name}.{ext}");
    const ExportReport report = ExportJob(fixture.records(), options).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.succeeded());
    REQUIRE(report.photos.size() == 2); // one photo, not two
    // The RAW keeps its own extension and the JPEG's name; the resized copy is made once, from the JPEG.
    CHECK(fixture.destinationFiles() ==
          QStringList({QStringLiteral("index.html"), QStringLiteral("manifest.csv"), QStringLiteral("manifest.json"),
                       QStringLiteral("originals/01-IMG_1.JPG"), QStringLiteral("originals/01-IMG_1.nef"),
                       QStringLiteral("originals/01-IMG_1.nef.xmp"), QStringLiteral("originals/02-solo.jpg"),
                       QStringLiteral("resized/01-IMG_1.jpg"), QStringLiteral("resized/02-solo.jpg")}));
    CHECK(sha256Of(fixture.destination() + QStringLiteral("/originals/01-IMG_1.nef")) == sha256Of(pair.companionPath));
    CHECK(sha256Of(fixture.destination() + QStringLiteral("/originals/01-IMG_1.JPG")) == sha256Of(pair.path));
    CHECK(sha256Of(fixture.destination() + QStringLiteral("/originals/01-IMG_1.nef.xmp")) == sha256Of(rawSidecar));
    const ExportReport::Photo &exported = photoNamed(report, QStringLiteral("IMG_1.JPG"));
    REQUIRE(exported.output(ExportReport::Output::Kind::Companion));
    CHECK(exported.output(ExportReport::Output::Kind::Companion)->sha256 == sha256Of(pair.companionPath));
    checkOutputs(report);
    CHECK(report.summary().contains(QStringLiteral("img_1.nef -> ")));

    // The manifests list the pair once per image file, naming the RAW copy.
    const QJsonArray rows =
        QJsonDocument::fromJson(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/manifest.json")))
            .array();
    REQUIRE(rows.size() == 4); // two originals, two resized copies
    int withCompanion = 0;
    for (const QJsonValue &row : rows) {
        const QJsonValue companion = row.toObject()[QStringLiteral("companion")];
        if (!companion.isObject())
            continue;
        ++withCompanion;
        CHECK(companion[QStringLiteral("file")].toString() == QStringLiteral("originals/01-IMG_1.nef"));
    }
    CHECK(withCompanion == 2);

    // Nothing else was touched: the source folder holds what it held, each file unchanged.
    CHECK(fixture.sourceFiles() == sourceBefore);
    fixture.checkOriginalsUnchanged();
}

TEST_CASE("a pair takes the first name free for both files and their sidecars", "[export][pairs]")
{
    ExportFixture fixture;
    fixture.add(QStringLiteral("IMG_1.JPG"), QStringLiteral("Liftoff."), QStringLiteral("NASA"));
    const PhotoRecord pair = fixture.addRawCompanion(QStringLiteral("IMG_1.CR2"));
    // A sidecar both files share ("IMG_1.xmp" is the short name of each) is copied once.
    const QString shared = fixture.source() + QStringLiteral("/IMG_1.xmp");
    PhotoFixture::writeAll(shared, PhotoFixture::xmpPacket({}));
    fixture.track(shared);
    // Only the RAW's name is taken in the destination (in another case): both move on to " (2)".
    PhotoFixture::writeAll(fixture.destination() + QStringLiteral("/img_1.cr2"), "the desk's own RAW");

    const ExportReport first = ExportJob(fixture.records(), originalsTo(fixture.destination())).run();
    INFO(first.summary().toStdString());
    REQUIRE(first.succeeded());
    CHECK(fixture.destinationFiles() == QStringList({QStringLiteral("IMG_1 (2).CR2"), QStringLiteral("IMG_1 (2).JPG"),
                                                     QStringLiteral("IMG_1 (2).xmp"), QStringLiteral("img_1.cr2")}));
    CHECK(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/img_1.cr2")) == "the desk's own RAW");
    CHECK(sha256Of(fixture.destination() + QStringLiteral("/IMG_1 (2).CR2")) == sha256Of(pair.companionPath));

    // Again: every name of the first export is taken now, so the pair moves on together to " (3)".
    const ExportReport second = ExportJob(fixture.records(), originalsTo(fixture.destination())).run();
    REQUIRE(second.succeeded());
    CHECK(fixture.destinationFiles().size() == 7);
    CHECK(QFile::exists(fixture.destination() + QStringLiteral("/IMG_1 (3).JPG")));
    CHECK(QFile::exists(fixture.destination() + QStringLiteral("/IMG_1 (3).CR2")));
    CHECK(QFile::exists(fixture.destination() + QStringLiteral("/IMG_1 (3).xmp")));
    fixture.checkOriginalsUnchanged();
}

TEST_CASE("the export preview numbers names that collide before a destination is chosen", "[export]")
{
    // Two folders' "a.jpg", and two Latin-1 names that both become "caf_.jpg".
    QList<PhotoRecord> records;
    for (const QString &path : {QStringLiteral("/one/a.jpg"), QStringLiteral("/two/a.jpg"),
                                NativePath::decode("/one/caf\xE9.jpg"), NativePath::decode("/one/caf\xE8.jpg")}) {
        PhotoRecord record;
        record.path = path;
        records.append(record);
    }
    ExportRequest request;
    request.setRecords(QVariant::fromValue(records));
    request.setOriginals(true);
    CHECK(request.namePreview() == QStringList({QStringLiteral("a.jpg"), QStringLiteral("a (2).jpg"),
                                                QStringLiteral("caf_.jpg"), QStringLiteral("caf_ (2).jpg")}));
}

TEST_CASE("the export request lists the photos whose instructions restrict them, with what they say", "[export][wire]")
{
    QList<PhotoRecord> records(3);
    records[0].path = QStringLiteral("/take/embargoed.jpg");
    records[0].instructions = QStringLiteral("EMBARGOED UNTIL 0001 GMT 8 DEC.\nNO SALES");
    records[1].path = QStringLiteral("/take/plain.jpg");
    records[1].instructions = QStringLiteral("Pool photo, please share");
    records[2].path = QStringLiteral("/take/credit.jpg");
    records[2].instructions = QStringLiteral("MANDATORY CREDIT: NASA/Bill Ingalls ") + QString(300, u'x');
    ExportRequest request;
    request.setRecords(QVariant::fromValue(records));
    CHECK(request.restrictedPaths() == QStringList{records[0].path, records[2].path});
    const QStringList lines = request.restrictedLines();
    REQUIRE(lines.size() == 2);
    CHECK(
        lines[0] ==
        QStringLiteral(
            "embargoed.jpg: Embargo until 0001 GMT 8 DEC \u00B7 No sales (EMBARGOED UNTIL 0001 GMT 8 DEC. NO SALES)"));
    CHECK(lines[1].startsWith(QStringLiteral("credit.jpg: Mandatory credit: NASA/Bill Ingalls")));
    CHECK(lines[1].contains(QStringLiteral("(MANDATORY CREDIT: NASA/Bill Ingalls xxx")));
    CHECK(lines[1].contains(QStringLiteral("(the photo has no credit)"))); // whom to credit, and that it is not done
    CHECK(lines[1].endsWith(QStringLiteral("\u2026)"))); // the instructions are cut, never the verdict
    CHECK(lines[1].size() < 260); // the name, the verdict (its credit cut to a phrase) and 160 of the words

    // The stores disagree: what either says restricts, and the line gives both.
    QList<PhotoRecord> disagreeing(1);
    disagreeing[0].path = QStringLiteral("/take/disagreeing.jpg");
    disagreeing[0].instructions = QStringLiteral("EDITORIAL USE ONLY");
    disagreeing[0].setProvenance(MetadataField::Instructions,
                                 {MetadataStore::Xmp, true, MetadataStore::Iptc, QStringLiteral("OUT: FRANCE")});
    request.setRecords(QVariant::fromValue(disagreeing));
    CHECK(request.restrictedLines() ==
          QStringList{QStringLiteral(
              "disagreeing.jpg: Out: FRANCE \u00B7 Editorial use only (EDITORIAL USE ONLY / OUT: FRANCE)")});
}
