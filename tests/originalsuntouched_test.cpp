#include <catch2/catch.hpp>

#include "support/waituntil.h"

#include "export/exportjob.h"
#include "models/photodetails.h"
#include "models/photomodel.h"
#include "scan/folderlister.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/thumbnailprovider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

// Originals are never written: everything Byline does to a folder without being asked to write metadata
// (the scan and its catalog, thumbnails and their disk cache, the detail pane, the full-size view and an
// export) leaves every file and folder under it exactly as it was: the same entries, bytes (SHA-256),
// size, mode and mtime. The folder is the sample gallery beside the hostile corpus, whose files are
// the likeliest to send a reader down an unusual path.

namespace {

namespace fs = std::filesystem;

struct Entry
{
    std::string type; // "file", "dir", "symlink -> target" or "other"
    long long size = 0;
    unsigned mode = 0;
    long long mtimeNs = 0;
    QByteArray sha256; // for readable regular files; "unreadable" otherwise

    friend bool operator==(const Entry &, const Entry &) = default;
};

QByteArray sha256OfFile(const fs::path &path)
{
    QFile file(QFile::decodeName(path.c_str()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return "unreadable";
    return hash.result().toHex();
}

// Every entry under @p root by its byte path, without following symlinks (the corpus has loops).
std::map<std::string, Entry> snapshot(const fs::path &root)
{
    std::map<std::string, Entry> entries;
    std::error_code error;
    for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error), end;
         it != end; it.increment(error)) {
        REQUIRE_FALSE(error);
        struct stat status = {};
        REQUIRE(::lstat(it->path().c_str(), &status) == 0);
        Entry entry;
        entry.size = status.st_size;
        entry.mode = status.st_mode;
        entry.mtimeNs = (long long)status.st_mtim.tv_sec * 1000000000LL + status.st_mtim.tv_nsec;
        if (S_ISLNK(status.st_mode))
            entry.type = "symlink -> " + fs::read_symlink(it->path()).string();
        else if (S_ISDIR(status.st_mode))
            entry.type = "dir";
        else if (S_ISREG(status.st_mode))
            entry.type = "file", entry.sha256 = sha256OfFile(it->path());
        else
            entry.type = "other";
        entries[it->path().lexically_relative(root).string()] = entry;
    }
    return entries;
}

QString idOf(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path));
}

// The sample gallery and the hostile corpus, side by side in one folder.
QString makeCorpus(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("photos"));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/sample")));
    const QDir sample(QStringLiteral(BYLINE_SAMPLE_DIR));
    for (const QString &name : sample.entryList(QDir::Files))
        REQUIRE(QFile::copy(sample.filePath(name), root + QStringLiteral("/sample/") + name));
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(BYLINE_HOSTILE_GENERATOR), root + QStringLiteral("/hostile"),
                     QStringLiteral(BYLINE_HOSTILE_BASE)});
    REQUIRE(generator.waitForFinished(120000));
    INFO(generator.readAllStandardError().toStdString());
    REQUIRE(generator.exitCode() == 0);
    return root;
}

} // namespace

TEST_CASE("scan, thumbnails, detail pane, full-size view and export leave every original as it was",
          "[safety][hostile]")
{
    QTemporaryDir work;
    REQUIRE(work.isValid());
    // QDir cannot name the corpus's non-UTF-8 file; std::filesystem removes it by its bytes.
    struct RemoveAll
    {
        fs::path path;
        ~RemoveAll() { fs::remove_all(path); }
    } const cleanUp{QFile::encodeName(work.path()).toStdString()};
    const QString root = makeCorpus(work);
    const fs::path rootPath = QFile::encodeName(root).toStdString();
    const std::map<std::string, Entry> before = snapshot(rootPath);
    REQUIRE(before.size() > 60);

    // Scan twice, the second time from the catalog, and show every photo in the detail pane.
    PhotoModel model;
    model.setCatalogPath(work.filePath(QStringLiteral("catalog.sqlite")));
    model.setRecursive(true);
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 0)
            model.setFolder(root);
        else
            model.rescan();
        REQUIRE(waitUntil([&model] { return model.state() == PhotoModel::LoadingState::Ready; }, 120000));
    }
    REQUIRE(model.rowCount() > 60);
    PhotoDetails details;
    details.setPhotos(&model);
    QList<PhotoRecord> records;
    for (int row = 0; row < model.rowCount(); ++row) {
        details.setPath(model.row(row).path());
        CHECK(details.isValid());
        (void)details.attributedCaption();
        records.append(model.row(row).toRecord());
    }

    // Thumbnails (placeholder and sharp, through the disk cache, twice) and the full-size view.
    {
        std::vector<std::unique_ptr<QQuickImageResponse>> responses;
        ThumbnailProvider thumbnails(2, work.filePath(QStringLiteral("thumbnails")));
        PhotoProvider photos;
        for (int pass = 0; pass < 2; ++pass) {
            for (const PhotoRecord &record : std::as_const(records)) {
                const QString id = idOf(record.path);
                responses.emplace_back(
                    thumbnails.requestImageResponse(id + QStringLiteral("?placeholder"), {256, 256}));
                responses.emplace_back(thumbnails.requestImageResponse(id, {256, 256}));
                responses.emplace_back(photos.requestImageResponse(id, {1600, 1000}));
            }
            REQUIRE(thumbnails.waitForDone(120000));
            REQUIRE(photos.waitForDone(120000));
        }
    }

    // Export every photo: originals with their sidecars, resized copies and the caption sheet.
    ExportOptions options;
    options.destination = work.filePath(QStringLiteral("export"));
    options.originals = true;
    options.resized = true;
    options.longEdge = 512;
    options.sheet = true;
    const ExportReport report = ExportJob(records, options).run();
    CHECK(report.count(ExportReport::Photo::Status::Exported) > 13);

    const std::map<std::string, Entry> after = snapshot(rootPath);
    for (const auto &[name, entry] : before) {
        INFO(name);
        const auto found = after.find(name);
        REQUIRE(found != after.end());
        CHECK(found->second.type == entry.type);
        CHECK(found->second.size == entry.size);
        CHECK(found->second.mode == entry.mode);
        CHECK(found->second.mtimeNs == entry.mtimeNs);
        CHECK(found->second.sha256 == entry.sha256);
    }
    for (const auto &[name, entry] : after) {
        INFO(name);
        CHECK(before.count(name) == 1); // nothing new in the photo folder: no cache, no temporary file
    }
}
