#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "scan/folderlister.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

QStringList names(const FolderLister::Listing &listing, const QString &root)
{
    QStringList out;
    for (const PhotoFile &file : listing.files)
        out << QDir(root).relativeFilePath(file.path);
    return out;
}

} // namespace

TEST_CASE("photos are listed by extension or content, sorted, sidecars paired", "[lister]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString root = dir.path();
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("b.jpg")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("a.JPG")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("no-extension")));           // image by content
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("readme.txt")), "text"); // not an image
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("broken.png")), "text"); // listed: named as an image
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("a.xmp")), "<x/>");
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("b.jpg.XMP")), "<x/>");
    PhotoFixture::jpeg(dir.filePath(QStringLiteral(".hidden.jpg")));
    REQUIRE(QDir(root).mkpath(QStringLiteral("sub/deeper")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("sub/deeper/c.jpg")));
    REQUIRE(QFile::link(root, dir.filePath(QStringLiteral("sub/loop")))); // a link back up: never followed

    const FolderLister::Listing flat = FolderLister::list(root, false);
    CHECK(flat.error.isEmpty());
    CHECK(names(flat, root) == QStringList{QStringLiteral("a.JPG"), QStringLiteral("b.jpg"),
                                           QStringLiteral("broken.png"), QStringLiteral("no-extension")});
    CHECK(flat.files[0].sidecarPath == dir.filePath(QStringLiteral("a.xmp")));
    CHECK(flat.files[1].sidecarPath == dir.filePath(QStringLiteral("b.jpg.XMP")));
    CHECK(flat.files[2].sidecarPath.isEmpty());
    CHECK(flat.files[0].sidecarKnown);

    const FolderLister::Listing deep = FolderLister::list(root, true);
    CHECK(names(deep, root).contains(QStringLiteral("sub/deeper/c.jpg")));
    CHECK(deep.files.size() == 5);
}

TEST_CASE("a missing folder is an error, not an empty listing", "[lister]")
{
    const FolderLister::Listing listing = FolderLister::list(QStringLiteral("/nonexistent/folder"), true);
    CHECK_FALSE(listing.error.isEmpty());
    CHECK(listing.files.isEmpty());
}

TEST_CASE("the folders directly inside the listed one are counted, hidden ones and links aside", "[lister]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir root(dir.path());
    REQUIRE(root.mkpath(QStringLiteral("2016/launch")));
    REQUIRE(root.mkpath(QStringLiteral("2017")));
    REQUIRE(root.mkdir(QStringLiteral(".thumbnails")));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("2017")), dir.filePath(QStringLiteral("link-to-2017"))));
    PhotoFixture::writeAll(dir.filePath(QStringLiteral("2016/launch/a.jpg")), "not really");
    for (const bool recursive : {false, true}) {
        INFO("recursive " << recursive);
        const FolderLister::Listing listing = FolderLister::list(dir.path(), recursive);
        CHECK(listing.subfolders == 2); // 2016 and 2017; not 2016/launch, .thumbnails or the link
        CHECK(listing.files.size() == (recursive ? 1 : 0));
    }
}
