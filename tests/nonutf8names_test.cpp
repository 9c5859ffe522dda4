#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/waituntil.h"

#include "catalog/catalog.h"
#include "export/exportjob.h"
#include "imaging/thumbnailer.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"
#include "metadata/textdecoding.h"
#include "metadata/xmpsidecar.h"
#include "models/photomodel.h"
#include "scan/folderlister.h"
#include "thumbnails/imageid.h"
#include "thumbnails/thumbnaildiskcache.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

// Shares filled from old archives hold names in Latin-1: "caf\xE9.jpg" is not UTF-8. Two such names that
// differ in that byte must stay two photos everywhere, each with its own caption (docs/metadata.md, "File
// names that are not UTF-8").

namespace {

// Removes everything under @p native, whatever the names: QTemporaryDir cannot remove names it cannot spell.
void removeTree(const QByteArray &native)
{
    if (DIR *dir = ::opendir(native.constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name == "." || name == "..")
                continue;
            const QByteArray path = native + '/' + name;
            struct stat status
            {
            };
            if (::lstat(path.constData(), &status) == 0 && S_ISDIR(status.st_mode))
                removeTree(path);
            else
                ::unlink(path.constData());
        }
        ::closedir(dir);
    }
    ::rmdir(native.constData());
}

// A folder with three photos: two Latin-1 names that differ in one byte, and a UTF-8 one.
struct Latin1Folder
{
    QTemporaryDir dir;
    QByteArray native;
    QString e9; // "café.jpg" in Latin-1
    QString e8; // "cafè.jpg" in Latin-1

    Latin1Folder() : native(QFile::encodeName(dir.path()))
    {
        REQUIRE(dir.isValid());
        e9 = add("caf\xE9.jpg", QStringLiteral("Acute accent. Credit: NASA/Tim Kopra"));
        e8 = add("caf\xE8.jpg", QStringLiteral("Grave accent. Credit: Energia"));
        add("plain.jpg", QStringLiteral("Plain name. Credit: Roscosmos"));
    }
    ~Latin1Folder() { removeTree(native); }

    // Writes the photo under a UTF-8 name (the fixture uses Qt), then gives it its real name (which may be
    // in a subfolder of any name, made here).
    QString add(const QByteArray &name, const QString &caption)
    {
        if (const qsizetype slash = name.lastIndexOf('/'); slash > 0)
            ::mkdir((native + '/' + name.left(slash)).constData(), 0700);
        const QString staging = dir.filePath(QStringLiteral("staging.jpg"));
        MetadataWrite spec;
        spec.xmp.caption = caption;
        PhotoFixture::jpegWith(staging, spec, {96, 64});
        REQUIRE(::rename(QFile::encodeName(staging).constData(), (native + '/' + name).constData()) == 0);
        return NativePath::decode(native + '/' + name);
    }
};

QString captionOf(const QList<PhotoFile> &files, const QString &path)
{
    for (const PhotoFile &file : files) {
        if (file.path == path)
            return MetadataReader::read(file).caption;
    }
    return QStringLiteral("(not listed)");
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &arguments)
{
    QTemporaryDir cache;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BYLINE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("names that are not UTF-8 are listed and read, each its own photo", "[nonutf8]")
{
    Latin1Folder folder;
    const FolderLister::Listing listing = FolderLister::list(folder.dir.path(), false);
    REQUIRE(listing.files.size() == 3);
    CHECK(captionOf(listing.files, folder.e9) == QStringLiteral("Acute accent. Credit: NASA/Tim Kopra"));
    CHECK(captionOf(listing.files, folder.e8) == QStringLiteral("Grave accent. Credit: Energia"));

    const PhotoRecord record = MetadataReader::read(folder.e9);
    CHECK_FALSE(record.hasError());
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(record.width == 96);
    CHECK(record.warnings.join(u' ').contains(QStringLiteral("not valid UTF-8")));
    CHECK(NativePath::display(record.path).endsWith(QStringLiteral("/caf\uFFFD.jpg")));
    CHECK_FALSE(MetadataReader::read(folder.dir.filePath(QStringLiteral("plain.jpg")))
                    .warnings.join(u' ')
                    .contains(QStringLiteral("UTF-8")));

    // A subfolder's name counts too, when the listing goes into subfolders.
    const QString nested = folder.add("\xC9t\xE9/inside.jpg", QStringLiteral("In a Latin-1 folder."));
    const FolderLister::Listing recursive = FolderLister::list(folder.dir.path(), true);
    CHECK(recursive.files.size() == 4);
    CHECK(captionOf(recursive.files, nested) == QStringLiteral("In a Latin-1 folder."));
}

TEST_CASE("a sidecar with a name that is not UTF-8 is found beside its photo", "[nonutf8]")
{
    Latin1Folder folder;
    const QByteArray packet = PhotoFixture::xmpPacket(
        {PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"), QStringLiteral("Sidecar Agency"))});
    FILE *sidecar = std::fopen((folder.native + "/caf\xE9.xmp").constData(), "wb");
    REQUIRE(sidecar);
    std::fwrite(packet.constData(), 1, size_t(packet.size()), sidecar);
    std::fclose(sidecar);

    CHECK(XmpSidecar::find(folder.e9) == NativePath::decode(folder.native + "/caf\xE9.xmp"));
    CHECK(XmpSidecar::find(folder.e8).isEmpty());
    const FolderLister::Listing listing = FolderLister::list(folder.dir.path(), false);
    REQUIRE(listing.files.size() == 3); // the sidecar is not a photo
    for (const PhotoFile &file : listing.files) {
        const PhotoRecord record = MetadataReader::read(file);
        CHECK((record.credit == QStringLiteral("Sidecar Agency")) == (file.path == folder.e9));
    }
    CHECK(MetadataReader::read(folder.e9).credit == QStringLiteral("Sidecar Agency"));
}

TEST_CASE("the catalog keeps two names that differ in a byte that is not UTF-8 apart", "[nonutf8]")
{
    Latin1Folder folder;
    QTemporaryDir catalogDir;
    {
        Catalog catalog(catalogDir.filePath(QStringLiteral("catalog.sqlite")));
        REQUIRE(catalog.isOpen());
        REQUIRE(catalog.store({{MetadataReader::read(folder.e9), 1}, {MetadataReader::read(folder.e8), 2}}));
    }
    Catalog reopened(catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    const QHash<QString, CatalogEntry> entries = reopened.entriesIn(folder.dir.path());
    REQUIRE(entries.size() == 2);
    REQUIRE(entries.contains(folder.e9));
    REQUIRE(entries.contains(folder.e8));
    CHECK(entries.value(folder.e9).record.caption.startsWith(QStringLiteral("Acute")));
    CHECK(entries.value(folder.e8).record.caption.startsWith(QStringLiteral("Grave")));
    CHECK(entries.value(folder.e9).record.path == folder.e9);
    REQUIRE(reopened.remove({folder.e9}));
    CHECK(reopened.entriesIn(folder.dir.path()).keys() == QList<QString>{folder.e8});
}

TEST_CASE("thumbnails of names that are not UTF-8 are made, addressed and cached apart", "[nonutf8]")
{
    Latin1Folder folder;
    for (const QString &path : {folder.e9, folder.e8}) {
        const Thumbnailer::Result thumbnail = Thumbnailer::make(path, 64);
        INFO(thumbnail.error.toStdString());
        CHECK(thumbnail.error.isEmpty());
        CHECK_FALSE(thumbnail.image.isNull());
        CHECK(ImageId::parse(ImageId::url(u"thumb", path, 1, 2).mid(14)).path == path);
    }
    CHECK(ThumbnailDiskCache::uriOf(folder.e9) != ThumbnailDiskCache::uriOf(folder.e8));
    CHECK(ThumbnailDiskCache::uriOf(folder.e9).endsWith(QStringLiteral("/caf%E9.jpg")));
}

TEST_CASE("the model shows names that are not UTF-8 with replacement marks and finds each row", "[nonutf8]")
{
    Latin1Folder folder;
    PhotoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUseCatalog(false);
    model.setFolder(folder.dir.path());
    REQUIRE(waitUntil([&] { return model.state() == PhotoModel::LoadingState::Ready; }));
    REQUIRE(model.rowCount() == 3);
    for (const QString &path : {folder.e9, folder.e8}) {
        const int row = model.rowOf(path);
        REQUIRE(row >= 0);
        CHECK(model.index(row).data(PhotoModel::PathRole).toString() == path);
        CHECK(model.index(row).data(PhotoModel::FileNameRole).toString().contains(QChar(QChar::ReplacementCharacter)));
        CHECK(model.row(row)
                  .text(PhotoRow::Text::Caption)
                  .startsWith(path == folder.e9 ? QStringLiteral("Acute") : QStringLiteral("Grave")));
    }
    CHECK(model.rowOf(folder.e9) != model.rowOf(folder.e8));

    // A RAW+JPEG pair's companion is a path too, kept by its bytes in the row.
    PhotoRecord pair = MetadataReader::read(folder.e9);
    pair.companionPath = NativePath::decode(folder.native + "/caf\xE9.NEF");
    const PhotoRow row = PhotoRow::fromRecord(pair);
    CHECK(row.path() == folder.e9);
    CHECK(row.companionPath() == pair.companionPath);
    CHECK(row.toRecord().companionPath == pair.companionPath);
}

TEST_CASE("exported originals of names that are not UTF-8 get safe names and the same bytes", "[nonutf8]")
{
    Latin1Folder folder;
    QTemporaryDir destination;
    ExportOptions options;
    options.destination = destination.path();
    options.originals = true;
    const ExportReport report =
        ExportJob({MetadataReader::read(folder.e9), MetadataReader::read(folder.e8)}, options).run();
    REQUIRE(report.succeeded());
    REQUIRE(report.photos.size() == 2);
    QStringList written;
    for (const ExportReport::Photo &photo : report.photos) {
        REQUIRE(photo.outputs.size() == 1);
        const QString target = photo.outputs.constFirst().path;
        CHECK_FALSE(NativePath::hasEscapes(target));
        CHECK(TextDecoding::isValidUtf8(QFile::encodeName(target)));
        written.append(target.section(u'/', -1));
        QFile copy(target);
        REQUIRE(copy.open(QIODevice::ReadOnly));
        QFile original;
        REQUIRE(NativePath::openForReading(original, photo.record.path).isEmpty());
        CHECK(copy.readAll() == original.readAll());
    }
    written.sort();
    CHECK(written == QStringList{QStringLiteral("caf_ (2).jpg"), QStringLiteral("caf_.jpg")});
}

TEST_CASE("byline-cli scans names that are not UTF-8: U+FFFD in the path, the bytes in the uri", "[nonutf8][cli]")
{
    Latin1Folder folder;
    const CliRun run = cli({QStringLiteral("scan"), folder.dir.path(), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonArray photos = QJsonDocument::fromJson(run.out, &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(photos.size() == 3);
    int latin1 = 0;
    for (const QJsonValue &value : photos) {
        const QJsonObject photo = value.toObject();
        const QString path = photo.value(QStringLiteral("path")).toString();
        if (!path.contains(QChar(QChar::ReplacementCharacter))) {
            CHECK_FALSE(photo.contains(QStringLiteral("uri")));
            continue;
        }
        ++latin1;
        const QString uri = photo.value(QStringLiteral("uri")).toString();
        CHECK((uri.endsWith(QStringLiteral("/caf%E9.jpg")) || uri.endsWith(QStringLiteral("/caf%E8.jpg"))));
        CHECK(photo.value(QStringLiteral("credit")).toString() ==
              (uri.endsWith(QStringLiteral("%E9.jpg")) ? QStringLiteral("NASA/Tim Kopra") : QStringLiteral("Energia")));
    }
    CHECK(latin1 == 2);
}

TEST_CASE("byline-cli takes a folder whose own name is not UTF-8", "[nonutf8][cli]")
{
    Latin1Folder folder;
    folder.add("\xC9t\xE9/inside.jpg", QStringLiteral("In a Latin-1 folder. Credit: Glavkosmos"));
    // QProcess would convert the argument through UTF-8; the shell passes the bytes as they are.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QTemporaryDir cache;
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("exec \"$1\" scan \"$2/$(printf '\\311t\\351')\" --json"),
                   QStringLiteral("sh"), QStringLiteral(BYLINE_CLI), folder.dir.path()});
    REQUIRE(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QJsonArray photos = QJsonDocument::fromJson(out).array();
    REQUIRE(photos.size() == 1);
    CHECK(photos.at(0).toObject().value(QStringLiteral("credit")).toString() == QStringLiteral("Glavkosmos"));
    CHECK(photos.at(0)
              .toObject()
              .value(QStringLiteral("uri"))
              .toString()
              .endsWith(QStringLiteral("/%C9t%E9/inside.jpg")));
}

TEST_CASE("a relative folder inside a Latin-1 working folder, and an export folder of such a name", "[nonutf8]")
{
    Latin1Folder folder;
    folder.add("\xC9t\xE9/inside.jpg", QStringLiteral("In a Latin-1 folder."));
    const QString before = QDir::currentPath();
    REQUIRE(::chdir((folder.native + "/\xC9t\xE9").constData()) == 0);
    // "byline-cli scan ." there: the working folder's bytes, not Qt's U+FFFD spelling of them.
    CHECK(NativePath::absolute(QStringLiteral(".")) == NativePath::decode(folder.native + "/\xC9t\xE9"));
    const FolderLister::Listing listing = FolderLister::list(QStringLiteral("."), false);
    QDir::setCurrent(before);
    REQUIRE(listing.files.size() == 1);
    CHECK(captionOf(listing.files, NativePath::decode(folder.native + "/\xC9t\xE9/inside.jpg")) ==
          QStringLiteral("In a Latin-1 folder."));

    // Exports are written through Qt, so a destination it cannot spell is refused, never written elsewhere.
    ExportOptions options;
    options.destination = NativePath::decode(folder.native + "/\xC9t\xE9");
    options.originals = true;
    const ExportReport report = ExportJob({MetadataReader::read(folder.e9)}, options).run();
    CHECK_FALSE(report.succeeded());
    CHECK(report.summary().contains(QStringLiteral("name is not valid UTF-8")));
}
