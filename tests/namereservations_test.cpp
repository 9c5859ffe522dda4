#include <catch2/catch.hpp>

#include "export/filenametemplate.h"
#include "export/namereservations.h"

#include "support/photofixture.h"

#include <QTemporaryDir>

TEST_CASE("a name taken on disk or planned before gets a numbered suffix", "[export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("launch.jpg")), "x");
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("launch (2).jpg")), "x");
    NameReservations names(folder.path());
    CHECK(names.reserve(QStringLiteral("launch.jpg")) == QStringLiteral("launch (3).jpg"));
    CHECK(names.reserve(QStringLiteral("launch.jpg")) == QStringLiteral("launch (4).jpg"));
    CHECK(names.reserve(QStringLiteral("dock.jpg")) == QStringLiteral("dock.jpg"));
    // Case-insensitive volumes: "DOCK.JPG" would be the same file.
    CHECK(names.reserve(QStringLiteral("DOCK.JPG")) == QStringLiteral("DOCK (2).JPG"));
    CHECK_FALSE(names.tryReserve(QStringLiteral("dock.jpg")));
    CHECK(names.tryReserve(QStringLiteral("dock.xmp")));
}

TEST_CASE("a file in the folder takes its name in any case", "[export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("Launch.JPG")), "x");
    NameReservations names(folder.path());
    CHECK(names.reserve(QStringLiteral("launch.jpg")) == QStringLiteral("launch (2).jpg"));
}

TEST_CASE("a numbered suffix keeps the name within the byte cap", "[export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    NameReservations names(folder.path());
    const QString longName = FileNameTemplate::sanitise(QString(300, u'a') + QStringLiteral(".jpg"));
    REQUIRE(longName.toUtf8().size() == FileNameTemplate::s_maxNameBytes);
    CHECK(names.reserve(longName) == longName);
    const QString second = names.reserve(longName);
    CHECK(second.endsWith(QStringLiteral(" (2).jpg")));
    CHECK(second.toUtf8().size() <= FileNameTemplate::s_maxNameBytes);
}

TEST_CASE("a group of names (a RAW+JPEG pair and its sidecar) is reserved whole or not at all", "[export][pairs]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("IMG_1.NEF")), "x");
    NameReservations names(folder.path());
    const QStringList first = {QStringLiteral("IMG_1.JPG"), QStringLiteral("IMG_1.nef"), QStringLiteral("IMG_1.xmp")};
    CHECK_FALSE(names.tryReserveAll(first)); // the RAW's name is taken, in another case
    // Nothing of the refused group was reserved: the JPEG's name alone is still free.
    CHECK(names.tryReserve(QStringLiteral("IMG_1.JPG")));
    CHECK_FALSE(names.tryReserveAll({QStringLiteral("a.jpg"), QStringLiteral("A.JPG")})); // one name twice
    CHECK(names.tryReserve(QStringLiteral("a.jpg")));

    QStringList second;
    for (const QString &name : first)
        second.append(NameReservations::numbered(name, 2));
    CHECK(second == QStringList({QStringLiteral("IMG_1 (2).JPG"), QStringLiteral("IMG_1 (2).nef"),
                                 QStringLiteral("IMG_1 (2).xmp")}));
    CHECK(names.tryReserveAll(second));
    CHECK_FALSE(names.tryReserve(QStringLiteral("img_1 (2).NEF")));
    CHECK(NameReservations::numbered(QStringLiteral("x.jpg"), 1) == QStringLiteral("x.jpg"));
}
