#include <catch2/catch.hpp>

#include "support/modelsignalcounter.h"
#include "support/photofixture.h"
#include "support/waituntil.h"

#include "catalog/catalog.h"
#include "models/creditbookmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// CreditBookModel: the window's credit book over a real catalog file, shared with byline-cli.

namespace {

using Tester = QAbstractItemModelTester;

QStringList credits(const CreditBookModel &book)
{
    QStringList out;
    for (int row = 0; row < book.rowCount(); ++row)
        out.append(book.data(book.index(row), CreditBookModel::CreditRole).toString());
    return out;
}

/** A catalog of its own and a model over it, loaded, with a tester. */
struct Desk
{
    QTemporaryDir dir;
    QString catalogPath;
    std::unique_ptr<CreditBookModel> book;
    std::unique_ptr<Tester> tester;

    explicit Desk(const QList<CreditBookEntry> &entries = {})
    {
        REQUIRE(dir.isValid());
        catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            Catalog catalog(catalogPath);
            REQUIRE(catalog.isOpen());
            REQUIRE(catalog.storeBook(entries, true));
        }
        open();
    }
    void open()
    {
        tester.reset();
        book = std::make_unique<CreditBookModel>();
        book->setCatalogPath(catalogPath);
        tester = std::make_unique<Tester>(book.get(), Tester::FailureReportingMode::Fatal);
        REQUIRE(waitUntil([&] { return book->state() == CreditBookModel::LoadingState::Ready; }));
    }
    /** The book as the catalog holds it, once every write has reached it. */
    CreditBook stored() const
    {
        const CreditBook shown = book->book();
        waitUntil([&] { return Catalog(catalogPath).creditBook() == shown; }, 5000);
        return Catalog(catalogPath).creditBook();
    }
};

} // namespace

TEST_CASE("the book is read from the catalog, one row per credit, with its house line and printed line",
          "[book][models]")
{
    Desk desk({{QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra for NASA")},
               {QStringLiteral("Energia")},
               {QStringLiteral("AP Photo/Evan Vucci")}});
    CreditBookModel &book = *desk.book;
    REQUIRE(book.count() == 3);
    CHECK(credits(book) == QStringList{QStringLiteral("AP Photo/Evan Vucci"), QStringLiteral("Energia"),
                                       QStringLiteral("NASA/Tim Kopra")});
    const QModelIndex kopra = book.index(2);
    CHECK(book.data(kopra, CreditBookModel::HouseLineRole).toString() == QStringLiteral("Tim Kopra for NASA"));
    CHECK(book.data(kopra, CreditBookModel::KeyRole).toString() == QStringLiteral("nasa/tim kopra"));
    CHECK(book.data(kopra, CreditBookModel::LineRole).toString() == QStringLiteral("Credit: Tim Kopra for NASA"));
    CHECK(book.data(book.index(0), CreditBookModel::LineRole).toString() ==
          QStringLiteral("Credit: AP Photo/Evan Vucci"));
    CHECK(book.roleNames().value(CreditBookModel::LineRole) == "line");
    CHECK_FALSE(book.data(book.index(3), CreditBookModel::CreditRole).isValid());
    CHECK(book.contains(QStringLiteral("energia")));
    CHECK_FALSE(book.contains(QStringLiteral("NASA")));
}

TEST_CASE("adding, changing and removing show at once, in sorted place, and reach the catalog", "[book][models]")
{
    Desk desk({{QStringLiteral("Energia")}});
    CreditBookModel &book = *desk.book;
    ModelSignalCounter counter(&book);
    QSignalSpy bookChanged(&book, &CreditBookModel::bookChanged);

    CHECK(book.add(QStringLiteral("NASA/Tim Kopra")).isEmpty());
    CHECK(book.add(QStringLiteral("AP Photo/Evan Vucci"), QStringLiteral("Evan Vucci/AP")).isEmpty());
    CHECK(credits(book) == QStringList{QStringLiteral("AP Photo/Evan Vucci"), QStringLiteral("Energia"),
                                       QStringLiteral("NASA/Tim Kopra")});
    CHECK(counter.insertSignals == 2);
    CHECK(counter.resets == 0);
    CHECK(book.status() == QStringLiteral("'AP Photo/Evan Vucci' is in the credit book"));

    // A house line changes in place; a new spelling of a credit moves it to where it sorts.
    counter.reset();
    CHECK(book.setHouseLine(QStringLiteral("nasa/tim kopra"), QStringLiteral("Tim Kopra/NASA")).isEmpty());
    CHECK(counter.dataChangedSignals == 1);
    CHECK(counter.insertSignals == 0);
    CHECK(book.data(book.index(2), CreditBookModel::HouseLineRole).toString() == QStringLiteral("Tim Kopra/NASA"));
    CHECK(book.add(QStringLiteral("ENERGIA")).isEmpty());
    CHECK(credits(book) == QStringList{QStringLiteral("AP Photo/Evan Vucci"), QStringLiteral("ENERGIA"),
                                       QStringLiteral("NASA/Tim Kopra")});
    CHECK(book.count() == 3);

    // What cannot be in a book is refused, with the reason, and changes nothing.
    counter.reset();
    CHECK(book.add(QStringLiteral("  ")) == QStringLiteral("the credit is empty"));
    CHECK(book.add(QStringLiteral("NASA\tESA")).contains(QStringLiteral("tab")));
    CHECK(book.setHouseLine(QStringLiteral("ESA"), QStringLiteral("x"))
              .contains(QStringLiteral("not in the credit book")));
    CHECK_FALSE(book.remove(QStringLiteral("ESA")));
    CHECK(counter.insertSignals + counter.removeSignals + counter.dataChangedSignals + counter.resets == 0);

    CHECK(book.remove(QStringLiteral("ap photo / evan vucci")));
    CHECK(counter.removeSignals == 1);
    CHECK(book.count() == 2);
    CHECK(bookChanged.count() >= 5);

    const CreditBook stored = desk.stored();
    CHECK(stored.entries() ==
          QList<CreditBookEntry>{{QStringLiteral("ENERGIA")},
                                 {QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}});
    // Another window opening the same catalog sees the same book.
    desk.open();
    CHECK(credits(*desk.book) == QStringList{QStringLiteral("ENERGIA"), QStringLiteral("NASA/Tim Kopra")});
}

TEST_CASE("the style and pattern print every line, and a pattern that is not valid says why", "[book][models][style]")
{
    Desk desk({{QStringLiteral("NASA/Tim Kopra")},
               {QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("NASA/JPL/MSSS")}});
    CreditBookModel &book = *desk.book;
    QSignalSpy styleChanged(&book, &CreditBookModel::styleChanged);
    QSignalSpy houseStyleChanged(&book, &CreditBookModel::houseStyleChanged);
    ModelSignalCounter counter(&book);

    CHECK(book.lineFor(QStringLiteral("Tim Kopra/NASA")) == QStringLiteral("Credit: Tim Kopra/NASA"));
    book.setStyle(CreditBookModel::Style::PhotoPersonOrganisation);
    CHECK(styleChanged.count() == 1);
    CHECK(houseStyleChanged.count() == 1);
    CHECK(counter.dataChangedSignals == 1);
    CHECK(counter.changedRows == 2);
    CHECK(book.lineFor(QStringLiteral("Tim Kopra/NASA")) == QStringLiteral("Photo: Tim Kopra, NASA"));
    CHECK(book.data(book.index(1), CreditBookModel::LineRole).toString() == QStringLiteral("Photo: Tim Kopra, NASA"));
    CHECK(book.data(book.index(0), CreditBookModel::LineRole).toString() == QStringLiteral("Photo: NASA/JPL/MSSS"));
    book.setStyle(CreditBookModel::Style::PhotoPersonOrganisation); // the same: no signal
    CHECK(styleChanged.count() == 1);

    book.setCustomPattern(QStringLiteral("{person}")); // kept, but not used until Custom is chosen
    CHECK(book.patternError().isEmpty());
    book.setStyle(CreditBookModel::Style::Custom);
    CHECK(book.patternError().contains(QStringLiteral("not {organisation}")));
    CHECK(book.lineFor(QStringLiteral("NASA/Tim Kopra")) == QStringLiteral("Credit: NASA/Tim Kopra"));
    book.setCustomPattern(QStringLiteral("{person} ({organisation})"));
    CHECK(book.patternError().isEmpty());
    CHECK(book.lineFor(QStringLiteral("NASA/Tim Kopra")) == QStringLiteral("Tim Kopra (NASA)"));
    CHECK(book.houseStyleValue().value<HouseStyle>().line(QStringLiteral("NASA/Tim Kopra")) ==
          QStringLiteral("Tim Kopra (NASA)"));
}

namespace {

// importFile() and exportFile() answer on their signals, once the file is read or written off the GUI thread.
QStringList importOf(CreditBookModel &book, const QString &path, bool replace)
{
    QSignalSpy done(&book, &CreditBookModel::imported);
    book.importFile(path, replace);
    REQUIRE(done.wait(10000));
    return done.first().first().toStringList();
}

QString exportOf(CreditBookModel &book, const QString &path)
{
    QSignalSpy done(&book, &CreditBookModel::exported);
    book.exportFile(path);
    REQUIRE(done.wait(10000));
    return done.first().first().toString();
}

} // namespace

TEST_CASE("a book file is imported whole or not at all, and exported as the desk's file", "[book][models][file]")
{
    Desk desk({{QStringLiteral("Energia"), QStringLiteral("RSC Energia")}, {QStringLiteral("ESA")}});
    CreditBookModel &book = *desk.book;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    PhotoFixture::writeAll(bad, "NASA/Tim Kopra\n\tempty\n");
    const QStringList problems = importOf(book, bad, false);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().endsWith(QStringLiteral("line 2: the credit is empty")));
    CHECK(book.count() == 2);
    CHECK(book.status() == QStringLiteral("Nothing imported: 1 bad line(s)"));

    const QString good = dir.filePath(QStringLiteral("good.txt"));
    PhotoFixture::writeAll(good, "# desk\nNASA/Tim Kopra\tTim Kopra/NASA\nenergia\n");
    CHECK(importOf(book, good, false).isEmpty());
    CHECK(credits(book) ==
          QStringList{QStringLiteral("energia"), QStringLiteral("ESA"), QStringLiteral("NASA/Tim Kopra")});
    // The file's spelling is taken, but a merge never erases: the file gives Energia no house line, so
    // the book's stays (review finding: it was erased).
    CHECK(book.book().houseLine(QStringLiteral("Energia")) == QStringLiteral("RSC Energia"));
    CHECK(book.status() == QStringLiteral("2 credit(s) imported: 1 new, 0 house line(s) changed, 1 house line(s) "
                                          "kept (the file gives none)"));
    CHECK(desk.stored() == book.book());

    CHECK(importOf(book, good, true).isEmpty());
    CHECK(credits(book) == QStringList{QStringLiteral("energia"), QStringLiteral("NASA/Tim Kopra")});
    CHECK(book.book().houseLine(QStringLiteral("Energia")).isEmpty()); // replacing makes the book the file
    CHECK(desk.stored() == book.book());

    const QString saved = dir.filePath(QStringLiteral("saved.txt"));
    CHECK(exportOf(book, saved).isEmpty());
    CHECK(PhotoFixture::readAll(saved).endsWith("energia\nNASA/Tim Kopra\tTim Kopra/NASA\n"));
    CHECK(importOf(book, dir.filePath(QStringLiteral("missing.txt")), false)
              .first()
              .contains(QStringLiteral("cannot read")));
    CHECK_FALSE(exportOf(book, dir.filePath(QStringLiteral("no/such/folder/book.txt"))).isEmpty());

    // The window exports into a folder: a new file each time, never over another.
    QTemporaryDir folder;
    for (const char *name : {"credit-book.txt", "credit-book (2).txt"}) {
        QSignalSpy done(&book, &CreditBookModel::exported);
        book.exportToFolder(folder.path());
        REQUIRE(done.wait(10000));
        CHECK(done.first().first().toString().isEmpty());
        CHECK(PhotoFixture::readAll(folder.filePath(QLatin1String(name))) == PhotoFixture::readAll(saved));
    }
    CHECK(book.status().endsWith(folder.filePath(QStringLiteral("credit-book (2).txt"))));
}

TEST_CASE("a catalog that cannot be written: the change is undone and the failure shown", "[book][models]")
{
    Desk desk({{QStringLiteral("Energia")}});
    CreditBookModel &book = *desk.book;
    // The catalog becomes unusable: where it was to be is a file now, not a folder.
    desk.book->setCatalogPath(desk.dir.filePath(QStringLiteral("blocker/catalog.sqlite")));
    PhotoFixture::writeAll(desk.dir.filePath(QStringLiteral("blocker")), "a file, not a folder");
    CHECK(book.add(QStringLiteral("NASA/Tim Kopra")).isEmpty());
    CHECK(book.count() == 2); // shown at once
    REQUIRE(waitUntil([&] { return book.status().startsWith(QStringLiteral("The credit book was not saved")); }));
    REQUIRE(waitUntil([&] { return book.state() == CreditBookModel::LoadingState::Error; }));
    CHECK(book.status().startsWith(QStringLiteral("The credit book was not saved, and cannot be read")));
    // The catalog cannot be read either: the book shows what was stored, never the entry that was not
    // (review finding: it kept showing it).
    CHECK(credits(book) == QStringList{QStringLiteral("Energia")});
    CHECK_FALSE(book.contains(QStringLiteral("NASA/Tim Kopra")));
    CHECK_FALSE(book.houseStyle().book().contains(QStringLiteral("NASA/Tim Kopra")));
}

TEST_CASE("a failed removal or house line is undone too when the catalog cannot be read", "[book][models]")
{
    Desk desk({{QStringLiteral("Energia"), QStringLiteral("RSC Energia")}, {QStringLiteral("ESA")}});
    CreditBookModel &book = *desk.book;
    // A change that reached the catalog before it became unusable is kept.
    REQUIRE(book.add(QStringLiteral("Roscosmos")).isEmpty());
    REQUIRE(waitUntil([&] { return Catalog(desk.catalogPath).creditBook().contains(QStringLiteral("Roscosmos")); }));
    desk.book->setCatalogPath(desk.dir.filePath(QStringLiteral("blocker/catalog.sqlite")));
    PhotoFixture::writeAll(desk.dir.filePath(QStringLiteral("blocker")), "a file, not a folder");
    REQUIRE(book.remove(QStringLiteral("ESA")));
    REQUIRE(book.setHouseLine(QStringLiteral("Energia"), QString()).isEmpty());
    CHECK(book.count() == 2);
    REQUIRE(waitUntil([&] { return book.state() == CreditBookModel::LoadingState::Error; }));
    CHECK(credits(book) == QStringList{QStringLiteral("Energia"), QStringLiteral("ESA"), QStringLiteral("Roscosmos")});
    CHECK(book.book().houseLine(QStringLiteral("Energia")) == QStringLiteral("RSC Energia"));
}

TEST_CASE("the book is read again when the application becomes active, and swapped in only when it changed",
          "[book][models]")
{
    // byline-cli book add/remove while the window was open left the flags, the counts and the credit
    // lines stale until a dialog opened (review finding).
    Desk desk({{QStringLiteral("Energia")}});
    CreditBookModel &book = *desk.book;
    ModelSignalCounter counter(&book);
    QSignalSpy houseStyleChanged(&book, &CreditBookModel::houseStyleChanged);
    QSignalSpy states(&book, &CreditBookModel::stateChanged);

    // Nothing changed: the book is read, nothing is swapped in.
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    REQUIRE(waitUntil([&] { return states.count() >= 2; })); // Loading, then Ready again
    CHECK(book.state() == CreditBookModel::LoadingState::Ready);
    CHECK(counter.resets + counter.insertSignals + counter.removeSignals + counter.dataChangedSignals == 0);
    CHECK(houseStyleChanged.isEmpty());

    // byline-cli changes the book meanwhile (another connection to the same catalog).
    {
        Catalog cli(desk.catalogPath);
        REQUIRE(cli.setBookEntry({QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}));
        REQUIRE(cli.removeBookEntry(QStringLiteral("Energia")));
    }
    // Leaving the application reads nothing; coming back does.
    emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
    QTest::qWait(200);
    CHECK(credits(book) == QStringList{QStringLiteral("Energia")});
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    REQUIRE(waitUntil([&] { return credits(book) == QStringList{QStringLiteral("NASA/Tim Kopra")}; }));
    CHECK(book.lineFor(QStringLiteral("nasa/tim kopra")) == QStringLiteral("Credit: Tim Kopra/NASA"));
    CHECK(houseStyleChanged.count() == 1);
}

TEST_CASE("a house line that leaves out a name of its credit is kept, with a warning on the entry and in the status",
          "[book][models]")
{
    Desk desk;
    CreditBookModel &book = *desk.book;
    CHECK(book.houseLineWarning(QStringLiteral("NASA/JPL-Caltech"), QStringLiteral("NASA/JPL")) ==
          QStringLiteral("The house line leaves out JPL-Caltech: lines printed for this credit will not name it."));
    CHECK(book.houseLineWarning(QStringLiteral("NASA/JPL-Caltech"), QString()).isEmpty());
    CHECK(book.houseLineWarning(QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")).isEmpty());

    CHECK(book.add(QStringLiteral("NASA/JPL-Caltech"), QStringLiteral("NASA/JPL")).isEmpty()); // kept
    CHECK(book.status() == QStringLiteral("'NASA/JPL-Caltech' is in the credit book. The house line leaves out "
                                          "JPL-Caltech: lines printed for this credit will not name it."));
    CHECK(book.data(book.index(0), CreditBookModel::WarningRole).toString() ==
          QStringLiteral("The house line leaves out JPL-Caltech: lines printed for this credit will not name it."));
    CHECK(book.roleNames().value(CreditBookModel::WarningRole) == "warning");
    CHECK(book.setHouseLine(QStringLiteral("NASA/JPL-Caltech"), QStringLiteral("NASA/JPL-Caltech")).isEmpty());
    CHECK(book.data(book.index(0), CreditBookModel::WarningRole).toString().isEmpty());
    CHECK(book.status() == QStringLiteral("'NASA/JPL-Caltech' is in the credit book (updated)"));
}

TEST_CASE("adding to a large book inserts the row where it sorts, without sorting the book again", "[book][models]")
{
    // put() once copied and re-sorted the whole book, reading every credit's key again, on the GUI thread
    // for each change (review finding): a desk's book of thousands made every Add stall the window.
    QList<CreditBookEntry> entries;
    for (int i = 0; i < 20000; ++i)
        entries.append({QStringLiteral("Agency %1/Photographer %1").arg(i * 2, 5, 10, QLatin1Char('0'))});
    Desk desk(entries);
    CreditBookModel &book = *desk.book;
    REQUIRE(book.count() == 20000);
    ModelSignalCounter counter(&book);
    const auto addAt = [&book](int i) {
        // Between the book's even numbers: row i * 51 + 1, after the i odd ones added before it.
        const QString credit = QStringLiteral("Agency %1/Photographer %1").arg(i * 100 + 1, 5, 10, QLatin1Char('0'));
        REQUIRE(book.add(credit).isEmpty());
        REQUIRE(book.data(book.index(i * 51 + 1), CreditBookModel::CreditRole).toString() == credit);
    };
    for (int i = 0; i < 5; ++i)
        addAt(i); // with the tester
    // The tester walks every row after each insert, which is what takes the time here: timed without it.
    desk.tester.reset();
    QElapsedTimer timer;
    timer.start();
    for (int i = 5; i < 200; ++i)
        addAt(i);
    const qint64 elapsed = timer.elapsed();
    CHECK(counter.insertSignals == 200);
    CHECK(counter.resets == 0);
    // Generous, for a loaded machine and the sanitizers: sorting the whole book for each add took many seconds.
    CHECK(elapsed < 1500);
    CHECK(book.count() == 20200);
}
