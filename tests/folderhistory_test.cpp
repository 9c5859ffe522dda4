#include <catch2/catch.hpp>

#include "folderhistory.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

TEST_CASE("recent folders are remembered most recent first, and byline starts on the right one", "[history]")
{
    QTemporaryDir settings;
    REQUIRE(settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QTemporaryDir a, b;
    REQUIRE(a.isValid());
    REQUIRE(b.isValid());
    const QString sample = QStringLiteral("/sample");
    {
        FolderHistory history;
        REQUIRE(history.recentFolders().isEmpty());
        // First run: the sample; a folder on the command line always wins.
        CHECK(history.startFolder({QStringLiteral("byline")}, sample) == sample);
        CHECK(history.startFolder({QStringLiteral("byline"), a.path() + QStringLiteral("/./")}, sample) ==
              QDir::cleanPath(a.path()));

        QSignalSpy changes(&history, &FolderHistory::recentFoldersChanged);
        history.remember(a.path());
        history.remember(b.path());
        history.remember(a.path());
        history.remember(a.path()); // already first: no change
        CHECK(changes.count() == 3);
        CHECK(history.recentFolders() == QStringList({a.path(), b.path()}));
        for (int i = 0; i < FolderHistory::s_maxRecent + 5; ++i)
            history.remember(QStringLiteral("/photos/%1").arg(i));
        CHECK(history.recentFolders().size() == FolderHistory::s_maxRecent);
        history.remember(b.path());
    }
    FolderHistory again; // read back from QSettings
    CHECK(again.lastFolder() == b.path());
    CHECK(again.startFolder({QStringLiteral("byline")}, sample) == b.path());
    const QString gone = b.path();
    b.remove();
    CHECK(again.startFolder({QStringLiteral("byline")}, sample) == sample); // the last folder vanished
    CHECK(again.lastFolder() == gone);
    again.clear();
    CHECK(FolderHistory().recentFolders().isEmpty());
}

TEST_CASE("dialog and drop URLs become local folders", "[history]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("photo.jpg"));
    CHECK(FolderHistory::localPath(QUrl::fromLocalFile(folder.path() + QStringLiteral("/"))) ==
          QDir::cleanPath(folder.path()));
    CHECK(FolderHistory::localPath(QUrl(QStringLiteral("https://example.org/photos"))).isEmpty());
    CHECK(FolderHistory::droppedFolder({QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder.path())}) ==
          QDir::cleanPath(folder.path()));
    CHECK(FolderHistory::droppedFolder({QUrl::fromLocalFile(file)}).isEmpty()); // no such folder
}
