#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "scan/folderlister.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <dirent.h>
#include <dlfcn.h>

// Some network, FUSE and older XFS file systems leave d_type DT_UNKNOWN, and a lister that trusts d_type
// walks "up -> .." for ever there. This executable's own readdir() stands in for libc's for the code
// linked into it and hides every entry's type, as such a file system does.

namespace {

std::atomic<bool> s_hideTypes{false};
std::atomic<int> s_hidden{0};

template<typename Entry>
Entry *withoutType(Entry *entry)
{
    if (entry && s_hideTypes) {
        entry->d_type = DT_UNKNOWN;
        ++s_hidden;
    }
    return entry;
}

} // namespace

extern "C" struct dirent *readdir(DIR *dir)
{
    using Next = struct dirent *(*)(DIR *);
    static const auto next = reinterpret_cast<Next>(::dlsym(RTLD_NEXT, "readdir"));
    return withoutType(next(dir));
}

extern "C" struct dirent64 *readdir64(DIR *dir)
{
    using Next = struct dirent64 *(*)(DIR *);
    static const auto next = reinterpret_cast<Next>(::dlsym(RTLD_NEXT, "readdir64"));
    return withoutType(next(dir));
}

TEST_CASE("without d_type, links back up are still not walked and every photo is listed once", "[lister]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir root(dir.path());
    REQUIRE(root.mkpath(QStringLiteral("sub/deeper")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("a.jpg")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("sub/b.jpg")));
    PhotoFixture::jpeg(dir.filePath(QStringLiteral("sub/deeper/c.jpg")));
    REQUIRE(QFile::link(QStringLiteral(".."), dir.filePath(QStringLiteral("sub/up"))));
    REQUIRE(QFile::link(QStringLiteral("."), dir.filePath(QStringLiteral("sub/deeper/self"))));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("sub")), dir.filePath(QStringLiteral("also-sub"))));

    s_hidden = 0;
    s_hideTypes = true;
    const FolderLister::Listing listing = FolderLister::list(dir.path(), true);
    s_hideTypes = false;
    REQUIRE(s_hidden > 0); // the lister did read through the stand-in

    CHECK(listing.error.isEmpty());
    CHECK(listing.complete);
    QStringList names;
    for (const PhotoFile &file : listing.files)
        names << root.relativeFilePath(file.path);
    CHECK(names ==
          QStringList{QStringLiteral("a.jpg"), QStringLiteral("sub/b.jpg"), QStringLiteral("sub/deeper/c.jpg")});
    CHECK(listing.subfolders == 1); // sub; the link to it is no folder of its own
}
