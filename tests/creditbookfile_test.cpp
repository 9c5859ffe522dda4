#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "catalog/creditbookfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

// CreditBookFile: the tab-separated file a desk shares, read whole and judged whole, every bad line named.

namespace {

QList<CreditBookEntry> entriesOf(const char *text)
{
    const CreditBookFile::Load load = CreditBookFile::parse(QByteArray(text));
    INFO(load.problems.join(u'\n').toStdString() << load.error.toStdString());
    REQUIRE(load.ok());
    return load.entries;
}

} // namespace

TEST_CASE("a desk's file: credits, house lines after a tab, comments and blank lines", "[catalog][book][file]")
{
    CHECK(
        entriesOf("# Our credit book\n"
                  "NASA/Tim Kopra\tTim Kopra/NASA\n"
                  "\n"
                  "   # indented comment\n"
                  "Energia\n"
                  "ESA/Tim Peake\t\n"
                  "  Roscosmos  \t  Roscosmos/Handout  \n"
                  "Роскосмос/Олег Артемьев\tОлег Артемьев/Роскосмос") ==
        QList<CreditBookEntry>{{QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")},
                               {QStringLiteral("Energia")},
                               {QStringLiteral("ESA/Tim Peake")},
                               {QStringLiteral("Roscosmos"), QStringLiteral("Roscosmos/Handout")},
                               {QStringLiteral("Роскосмос/Олег Артемьев"), QStringLiteral("Олег Артемьев/Роскосмос")}});
    // A spreadsheet's export: a byte-order mark and CR LF line ends.
    CHECK(entriesOf("\xEF\xBB\xBFNASA/Tim Kopra\tTim Kopra/NASA\r\nEnergia\r\n") ==
          QList<CreditBookEntry>{{QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")},
                                 {QStringLiteral("Energia")}});
    // A credit listed twice the same way is harmless; a '#' inside a line is text.
    CHECK(entriesOf("Energia\nenergia\nC# Weekly\tC# Weekly/Staff\n") ==
          QList<CreditBookEntry>{{QStringLiteral("Energia")},
                                 {QStringLiteral("C# Weekly"), QStringLiteral("C# Weekly/Staff")}});
    CHECK(entriesOf("").isEmpty());
    CHECK(entriesOf("# only a comment\n\n").isEmpty());
}

TEST_CASE("every bad line is reported with its number, and a file with one is not usable", "[catalog][book][file]")
{
    const QByteArray text = "NASA/Tim Kopra\tTim Kopra/NASA\n" // 1 good
                            "a\tb\tc\n"                        // 2 three columns
                            "\tTim Kopra/NASA\n"               // 3 no credit
                            "Energia\n"                        // 4 good
                            "caf\xE9\n"                        // 5 Latin-1, not UTF-8
                            "nasa/tim kopra\tNASA/Tim Kopra\n" // 6 again, another house line
                            "Bell\x07 Labs\n"                  // 7 a control character
                            + QByteArray(501, 'x') +
                            "\n"                                // 8 too long
                            "NASA/Tim Kopra\tTim Kopra/NASA\n"; // 9 the same line again: fine
    const CreditBookFile::Load load = CreditBookFile::parse(text);
    CHECK_FALSE(load.ok());
    CHECK(load.error.isEmpty());
    INFO(load.problems.join(u'\n').toStdString());
    REQUIRE(load.problems.size() == 6);
    CHECK(load.problems.at(0).startsWith(QStringLiteral("line 2: more than one tab")));
    CHECK(load.problems.at(1) == QStringLiteral("line 3: the credit is empty"));
    CHECK(load.problems.at(2) == QStringLiteral("line 5: not UTF-8 text"));
    CHECK(load.problems.at(3) ==
          QStringLiteral("line 6: 'nasa/tim kopra' is on line 1 already, with another house line"));
    CHECK(load.problems.at(4).startsWith(QStringLiteral("line 7: the credit holds")));
    CHECK(load.problems.at(5) == QStringLiteral("line 8: longer than 500 characters"));
}

TEST_CASE("what is no credit book is an error, not a list of bad lines", "[catalog][book][file]")
{
    CHECK(CreditBookFile::parse(QByteArray("NASA\0ESA", 8)).error.contains(QStringLiteral("NUL")));
    CHECK(CreditBookFile::parse(QByteArray(CreditBookFile::s_maxBytes + 1, 'a'))
              .error.contains(QStringLiteral("at most")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(CreditBookFile::load(dir.filePath(QStringLiteral("missing.txt")))
              .error.contains(QStringLiteral("missing.txt")));
    CHECK(CreditBookFile::load(dir.path()).error.contains(QStringLiteral("folder")));
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    PhotoFixture::writeAll(bad, "a\tb\tc\n");
    const CreditBookFile::Load load = CreditBookFile::load(bad);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems.first().startsWith(bad + QStringLiteral(": line 1: ")));
}

TEST_CASE("a book saved and read again is the same book, and a failed save keeps the old file", "[catalog][book][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CreditBook book({{QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")},
                           {QStringLiteral("Energia")},
                           {QStringLiteral("Роскосмос")}});
    const QString path = dir.filePath(QStringLiteral("book.txt"));
    REQUIRE(CreditBookFile::save(path, book).isEmpty());
    const QByteArray saved = PhotoFixture::readAll(path);
    CHECK(saved.startsWith("# Byline credit book"));
    CHECK(saved.contains("NASA/Tim Kopra\tTim Kopra/NASA\n"));
    CHECK(saved.contains("\nEnergia\n"));
    const CreditBookFile::Load load = CreditBookFile::load(path);
    REQUIRE(load.ok());
    CHECK(CreditBook(load.entries) == book);
    CHECK(CreditBook(load.entries).houseLine(QStringLiteral("NASA/Tim Kopra")) == QStringLiteral("Tim Kopra/NASA"));

    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    const QString locked = dir.filePath(QStringLiteral("locked/book.txt"));
    PhotoFixture::writeAll(locked, "Energia\n");
    REQUIRE(QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner));
    const QString error = CreditBookFile::save(locked, book);
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (::geteuid() == 0)
        return; // root writes anyway
    CHECK(error.contains(QStringLiteral("cannot write")));
    CHECK(PhotoFixture::readAll(locked) == "Energia\n");
}
