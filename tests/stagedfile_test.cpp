#include <catch2/catch.hpp>

#include "export/stagedfile.h"

#include "support/photofixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("a staged file appears under its final name only when committed", "[export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString target = folder.filePath(QStringLiteral("photo.jpg"));
    StagedFile staged(folder.path());
    REQUIRE(staged.create().isEmpty());
    CHECK(QFileInfo(staged.tempPath()).fileName().startsWith(u'.'));
    CHECK(staged.tempPath().endsWith(StagedFile::s_tempSuffix));
    PhotoFixture::writeAll(staged.tempPath(), "complete");
    CHECK_FALSE(QFile::exists(target));
    REQUIRE(staged.commit(target).isEmpty());
    CHECK(PhotoFixture::readAll(target) == "complete");
    CHECK(entries(folder.path()) == QStringList{QStringLiteral("photo.jpg")});
    // Like any new file, not the 0600 of a temporary one.
    CHECK(QFileInfo(target).permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("a staged file never replaces an existing file", "[export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString target = folder.filePath(QStringLiteral("photo.jpg"));
    PhotoFixture::writeAll(target, "the desk's own file");
    {
        StagedFile staged(folder.path());
        REQUIRE(staged.create().isEmpty());
        PhotoFixture::writeAll(staged.tempPath(), "export");
        const QString error = staged.commit(target);
        CHECK(error.contains(QStringLiteral("photo.jpg")));
        CHECK(error.contains(QStringLiteral("exists")));
    }
    CHECK(PhotoFixture::readAll(target) == "the desk's own file");
    CHECK(entries(folder.path()) == QStringList{QStringLiteral("photo.jpg")}); // the temporary file is gone
}

TEST_CASE("an abandoned staged file leaves nothing behind", "[export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    {
        StagedFile staged(folder.path());
        REQUIRE(staged.create().isEmpty());
        PhotoFixture::writeAll(staged.tempPath(), "half");
        REQUIRE(QFile::exists(staged.tempPath()));
    }
    CHECK(entries(folder.path()).isEmpty());
    StagedFile nowhere(folder.filePath(QStringLiteral("missing/folder")));
    CHECK(nowhere.create().contains(QStringLiteral("cannot create a file in")));
}
