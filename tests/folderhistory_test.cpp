#include <catch2/catch.hpp>

#include "folderhistory.h"

#include <QDir>
#include <QFile>
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

TEST_CASE("folders with #, ? and % in their names round-trip through dialog URLs", "[history]")
{
    QTemporaryDir parent;
    REQUIRE(parent.isValid());
    for (const QString &name : {QStringLiteral("Launch #3"), QStringLiteral("what?"), QStringLiteral("100% crop"),
                                QStringLiteral("a%20b"), QStringLiteral("x#y?z%25")}) {
        const QString folder = parent.filePath(name);
        REQUIRE(QDir().mkpath(folder));
        const QUrl url = FolderHistory::localUrl(folder);
        INFO(url.toString().toStdString());
        CHECK(url.isLocalFile());
        CHECK(url.fragment().isEmpty());
        CHECK(url.query().isEmpty());
        CHECK(FolderHistory::localPath(url) == folder);
        // What a string-built "file://" + path gives, for contrast: the name is cut or decoded ("100% crop"
        // alone survives, by the tolerance of QUrl's parser).
        if (name != QStringLiteral("100% crop"))
            CHECK(FolderHistory::localPath(QUrl(QStringLiteral("file://") + folder)) != folder);
    }
    CHECK(FolderHistory::localUrl(QString()).isEmpty());
}

TEST_CASE("byline PHOTO opens the photo's folder with that photo first, from a path or a file:// URL", "[history]")
{
    QTemporaryDir settings;
    REQUIRE(settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString photo = QDir(folder.path()).filePath(QStringLiteral("launch day.jpg"));
    QFile file(photo);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString sample = QStringLiteral("/sample");
    const QString program = QStringLiteral("byline");
    FolderHistory history;

    CHECK(history.startFolder({program, photo}, sample) == QDir::cleanPath(folder.path()));
    CHECK(FolderHistory::startPhoto({program, photo}) == photo);
    const QString url = QUrl::fromLocalFile(photo).toString(); // "launch%20day.jpg", as %U passes it
    CHECK(history.startFolder({program, url}, sample) == QDir::cleanPath(folder.path()));
    CHECK(FolderHistory::startPhoto({program, url}) == photo);

    // A folder, or no argument, shows no photo first; a folder URL opens that folder.
    CHECK(FolderHistory::startPhoto({program, folder.path()}).isEmpty());
    CHECK(FolderHistory::startPhoto({program}).isEmpty());
    CHECK(history.startFolder({program, QUrl::fromLocalFile(folder.path()).toString()}, sample) ==
          QDir::cleanPath(folder.path()));
}
