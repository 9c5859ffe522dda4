#include <catch2/catch.hpp>

#include "support/exportfixture.h"
#include "support/photofixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// byline-cli book, and export with the book (--require-book-credit) and a credit line style
// (--credit-style), end to end as a desk's script runs them, on one real catalog per test.

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Desk
{
public:
    Desk() { REQUIRE(m_cache.isValid()); }

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BYLINE_CLI), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    Run book(const QStringList &arguments) const { return cli(QStringList{QStringLiteral("book")} + arguments); }
    QString list() const
    {
        const Run run = book({QStringLiteral("--list")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out;
    }

private:
    QTemporaryDir m_cache;
};

} // namespace

TEST_CASE("book add, --list, remove: the desk's book in the catalog, found under any spelling", "[cli][book]")
{
    const Desk desk;
    CHECK(desk.list().isEmpty());
    const Run added = desk.book({QStringLiteral("add"), QStringLiteral("NASA/Tim Kopra")});
    CHECK(added.exitCode == 0);
    CHECK(added.out == QStringLiteral("'NASA/Tim Kopra' is in the credit book\n"));
    CHECK(desk.book({QStringLiteral("add"), QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("--house-line"),
                     QStringLiteral("NASA/JPL/MSSS")})
              .exitCode == 0);
    CHECK(desk.book({QStringLiteral("add"), QStringLiteral("Роскосмос")}).exitCode == 0);
    CHECK(desk.list() == QStringLiteral("NASA/JPL-Caltech/MSSS -> NASA/JPL/MSSS\nNASA/Tim Kopra\nРоскосмос\n"));
    // Adding a credit again, spelled otherwise, changes its entry.
    const Run again = desk.book({QStringLiteral("add"), QStringLiteral("nasa / tim kopra"),
                                 QStringLiteral("--house-line"), QStringLiteral("Tim Kopra/NASA")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("updated")));
    // Sorted by the credit as written, ignoring case: "nasa " before "nasa/".
    CHECK(desk.list() == QStringLiteral("nasa / tim kopra -> Tim Kopra/NASA\nNASA/JPL-Caltech/MSSS -> NASA/JPL/MSSS\n"
                                        "Роскосмос\n"));
    const Run removed = desk.book({QStringLiteral("remove"), QStringLiteral("NASA/TIM KOPRA")});
    CHECK(removed.exitCode == 0);
    const Run missing = desk.book({QStringLiteral("remove"), QStringLiteral("NASA/Tim Kopra")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == QStringLiteral("byline-cli: 'NASA/Tim Kopra' is not in the credit book\n"));
    CHECK(desk.list() == QStringLiteral("NASA/JPL-Caltech/MSSS -> NASA/JPL/MSSS\nРоскосмос\n"));
}

TEST_CASE("book: bad usage exits 2 with one line and changes nothing", "[cli][book]")
{
    const Desk desk;
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("Energia")}).exitCode == 0);
    const QList<QStringList> bad = {
        {},
        {QStringLiteral("lend"), QStringLiteral("NASA")},
        {QStringLiteral("add")},
        {QStringLiteral("add"), QStringLiteral("NASA"), QStringLiteral("ESA")},
        {QStringLiteral("add"), QStringLiteral("  ")},
        {QStringLiteral("add"), QStringLiteral("NASA\tESA")},
        {QStringLiteral("add"), QStringLiteral("#NASA")},
        {QStringLiteral("remove")},
        {QStringLiteral("import")},
        {QStringLiteral("--list"), QStringLiteral("add"), QStringLiteral("NASA")},
        {QStringLiteral("--list"), QStringLiteral("--replace")},
        {QStringLiteral("remove"), QStringLiteral("Energia"), QStringLiteral("--house-line"), QStringLiteral("x")},
        {QStringLiteral("line"), QStringLiteral("NASA"), QStringLiteral("--credit-style"), QStringLiteral("house")},
        {QStringLiteral("line"), QStringLiteral("NASA"), QStringLiteral("--credit-style"), QStringLiteral("{person}")},
        {QStringLiteral("line")},
        {QStringLiteral("import"), QStringLiteral("/no/such/book.txt")},
        {QStringLiteral("export"), QStringLiteral("a.txt"), QStringLiteral("b.txt")},
    };
    for (const QStringList &arguments : bad) {
        const Run run = desk.book(arguments);
        INFO("book " << arguments.join(u' ').toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("byline-cli: ")));
        CHECK(run.err.count(u'\n') == 1);
        CHECK(run.out.isEmpty());
    }
    CHECK(desk.list() == QStringLiteral("Energia\n"));
    const Run help = desk.book({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("book add CREDIT [--house-line TEXT]")));
}

TEST_CASE("book export and import: the desk's shared file, all or nothing, added to or replacing", "[cli][book]")
{
    const Desk desk;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("Energia")}).exitCode == 0);
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("NASA/Tim Kopra"), QStringLiteral("--house-line"),
                       QStringLiteral("Tim Kopra/NASA")})
                .exitCode == 0);
    const Run printed = desk.book({QStringLiteral("export")});
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.startsWith(QStringLiteral("# Byline credit book")));
    CHECK(printed.out.endsWith(QStringLiteral("\nEnergia\nNASA/Tim Kopra\tTim Kopra/NASA\n")));
    const QString saved = dir.filePath(QStringLiteral("book.txt"));
    const Run written = desk.book({QStringLiteral("export"), saved});
    REQUIRE(written.exitCode == 0);
    CHECK(QString::fromUtf8(PhotoFixture::readAll(saved)) == printed.out);

    // Another desk imports the file, edited by hand.
    const Desk other;
    REQUIRE(other.book({QStringLiteral("add"), QStringLiteral("ESA")}).exitCode == 0);
    PhotoFixture::writeAll(saved, PhotoFixture::readAll(saved) + "# added by hand\r\nRoscosmos\tRoscosmos/Handout\r\n");
    const Run imported = other.book({QStringLiteral("import"), saved});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("3 credits imported")));
    CHECK(other.list() ==
          QStringLiteral("Energia\nESA\nNASA/Tim Kopra -> Tim Kopra/NASA\nRoscosmos -> Roscosmos/Handout\n"));

    // A file with bad lines: each named with its number, nothing imported.
    const QString broken = dir.filePath(QStringLiteral("broken.txt"));
    PhotoFixture::writeAll(broken, "Blue Origin\nNASA\tNASA HQ\tthird column\n\tno credit\nSpaceX\n");
    const Run refused = other.book({QStringLiteral("import"), broken, QStringLiteral("--replace")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("nothing imported: 2 bad lines")));
    CHECK(refused.err.contains(broken + QStringLiteral(": line 2: more than one tab")));
    CHECK(refused.err.contains(broken + QStringLiteral(": line 3: the credit is empty")));
    CHECK(other.list().count(u'\n') == 4);
    CHECK_FALSE(other.list().contains(QStringLiteral("Blue Origin")));

    // --replace: the book is exactly the file.
    const QString small = dir.filePath(QStringLiteral("small.txt"));
    PhotoFixture::writeAll(small, "\xEF\xBB\xBF"
                                  "Blue Origin\nSpaceX\tSpaceX\n");
    REQUIRE(other.book({QStringLiteral("import"), small, QStringLiteral("--replace")}).exitCode == 0);
    CHECK(other.list() == QStringLiteral("Blue Origin\nSpaceX -> SpaceX\n"));
    // A binary file is no book: bad usage, nothing changed.
    PhotoFixture::writeAll(small, QByteArray("\xFF\xD8\xFF\x00\x01", 5));
    CHECK(other.book({QStringLiteral("import"), small}).exitCode == 2);
    CHECK(other.list() == QStringLiteral("Blue Origin\nSpaceX -> SpaceX\n"));
}

TEST_CASE("book line prints the credit line of each credit in a style, with the book's house lines", "[cli][book]")
{
    const Desk desk;
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("--house-line"),
                       QStringLiteral("NASA/JPL/MSSS")})
                .exitCode == 0);
    const QStringList credits = {QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA"),
                                 QStringLiteral("Photo: Tim Kopra, NASA"), QStringLiteral("REUTERS/Stringer"),
                                 QStringLiteral("NASA/JPL-Caltech/MSSS")};
    const auto lines = [&](const QString &style) {
        QStringList arguments = QStringList{QStringLiteral("line")} + credits;
        if (!style.isEmpty())
            arguments += {QStringLiteral("--credit-style"), style};
        const Run run = desk.book(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.split(u'\n', Qt::SkipEmptyParts);
    };
    CHECK(lines({}) == QStringList{QStringLiteral("Credit: NASA/Tim Kopra"), QStringLiteral("Credit: Tim Kopra/NASA"),
                                   QStringLiteral("Credit: Photo: Tim Kopra, NASA"),
                                   QStringLiteral("Credit: REUTERS/Stringer"),
                                   QStringLiteral("Credit: NASA/JPL/MSSS")});
    CHECK(lines(QStringLiteral("photo")) ==
          QStringList{QStringLiteral("Photo: Tim Kopra, NASA"), QStringLiteral("Photo: Tim Kopra, NASA"),
                      QStringLiteral("Photo: Tim Kopra, NASA"), QStringLiteral("Photo: REUTERS/Stringer"),
                      QStringLiteral("Photo: NASA/JPL/MSSS")});
    CHECK(lines(QStringLiteral("organisation-person")).mid(0, 3) ==
          QStringList(3, QStringLiteral("Credit: NASA/Tim Kopra")));
    CHECK(lines(QStringLiteral("{person} ({organisation})")).mid(0, 4) ==
          QStringList{QStringLiteral("Tim Kopra (NASA)"), QStringLiteral("Tim Kopra (NASA)"),
                      QStringLiteral("Tim Kopra (NASA)"), QStringLiteral("REUTERS/Stringer")});
}

TEST_CASE("export --require-book-credit refuses photos whose credit is not in the book, after aliases",
          "[cli][book][export]")
{
    const Desk desk;
    ExportFixture fixture;
    const PhotoRecord kopra = fixture.add(QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia."),
                                          QStringLiteral("NASA/Tim Kopra"));
    const PhotoRecord copra =
        fixture.add(QStringLiteral("copra.jpg"), QStringLiteral("Over the Pacific."), QStringLiteral("NASA/Tim Copra"));
    const PhotoRecord energia =
        fixture.add(QStringLiteral("energia.jpg"), QStringLiteral("Liftoff."), QStringLiteral("Energia"));
    const QStringList exportArguments = {QStringLiteral("export"), fixture.source(), QStringLiteral("--to"),
                                         fixture.destination(), QStringLiteral("--require-book-credit")};

    // An empty book: requiring it refuses everything, and says why.
    const Run empty = desk.cli(exportArguments);
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("the credit book is empty")));
    CHECK(fixture.destinationFiles().isEmpty());

    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("nasa/tim kopra")}).exitCode == 0);
    const Run refused = desk.cli(exportArguments);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("nothing exported: 2 photos have no credit from the credit book")));
    CHECK(refused.err.contains(copra.path + QStringLiteral(": credit not in the credit book (NASA/Tim Copra)")));
    CHECK(refused.err.contains(energia.path + QStringLiteral(": credit not in the credit book (Energia)")));
    CHECK_FALSE(refused.err.contains(kopra.path));
    CHECK(fixture.destinationFiles().isEmpty());

    // Grouping the misspelling under the booked credit corrects it: only Energia is left.
    REQUIRE(desk.cli({QStringLiteral("alias"), fixture.source(), QStringLiteral("NASA/Tim Copra"),
                      QStringLiteral("NASA/Tim Kopra")})
                .exitCode == 0);
    const Run aliased = desk.cli(exportArguments);
    CHECK(aliased.exitCode == 1);
    CHECK_FALSE(aliased.err.contains(copra.path));
    CHECK(aliased.err.contains(energia.path));

    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("ENERGIA")}).exitCode == 0);
    const Run passed = desk.cli(exportArguments);
    INFO(passed.err.toStdString());
    CHECK(passed.exitCode == 0);
    CHECK(fixture.destinationFiles().size() == 3);
    // Without the option nothing is checked against the book.
    REQUIRE(desk.book({QStringLiteral("remove"), QStringLiteral("Energia")}).exitCode == 0);
    CHECK(desk.cli({QStringLiteral("export"), fixture.source(), QStringLiteral("--to"),
                    fixture.destination() + QStringLiteral("/again")})
              .exitCode == 0);
}

TEST_CASE("export --credit-style prints the sheet's and the manifests' credit lines the house way",
          "[cli][book][export]")
{
    const Desk desk;
    ExportFixture fixture;
    fixture.add(QStringLiteral("a-kopra.jpg"), QStringLiteral("Over western Asia."), QStringLiteral("NASA/Tim Kopra"));
    fixture.add(QStringLiteral("b-energia.jpg"), QStringLiteral("Liftoff."), QStringLiteral("Energia"));
    fixture.add(QStringLiteral("c-mars.jpg"), QStringLiteral("Gale crater."), QStringLiteral("NASA/JPL-Caltech/MSSS"));
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("--house-line"),
                       QStringLiteral("NASA/JPL/MSSS")})
                .exitCode == 0);
    const Run run = desk.cli({QStringLiteral("export"), fixture.source(), QStringLiteral("--to"), fixture.destination(),
                              QStringLiteral("--sheet"), QStringLiteral("--credit-style"), QStringLiteral("photo")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString html =
        QString::fromUtf8(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/index.html")));
    CHECK(html.contains(QStringLiteral("Over western Asia. <span class=\"credit\">Photo: Tim Kopra, NASA</span>")));
    CHECK(html.contains(QStringLiteral("Liftoff. <span class=\"credit\">Photo: Energia</span>")));
    CHECK(html.contains(QStringLiteral("Gale crater. <span class=\"credit\">Photo: NASA/JPL/MSSS</span>")));
    const QJsonArray rows =
        QJsonDocument::fromJson(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/manifest.json")))
            .array();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].toObject()[QStringLiteral("credit")].toString() == QStringLiteral("NASA/Tim Kopra"));
    CHECK(rows[0].toObject()[QStringLiteral("creditLine")].toString() == QStringLiteral("Photo: Tim Kopra, NASA"));
    CHECK(rows[2].toObject()[QStringLiteral("credit")].toString() == QStringLiteral("NASA/JPL-Caltech/MSSS"));
    const QString csv =
        QString::fromUtf8(PhotoFixture::readAll(fixture.destination() + QStringLiteral("/manifest.csv")));
    CHECK(csv.contains(QStringLiteral(",\"Photo: Tim Kopra, NASA\",\r\n")));
    // The exported files keep their credit: the style is for the line printed, not the metadata.
    CHECK(ExportFixture::read(fixture.destination() + QStringLiteral("/a-kopra.jpg")).credit ==
          QStringLiteral("NASA/Tim Kopra"));

    const Run bad = desk.cli({QStringLiteral("export"), fixture.source(), QStringLiteral("--to"),
                              fixture.destination() + QStringLiteral("/bad"), QStringLiteral("--credit-style"),
                              QStringLiteral("Photo: {organisation}")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--credit-style: the pattern has {organisation} but not {person}")));
}

TEST_CASE("book --list prints a book of many credits whole", "[cli][book]")
{
    // The list once read a book it had already let go of: a few entries printed by luck, many did not.
    const Desk desk;
    QTemporaryDir dir;
    QByteArray file;
    QString expected;
    for (int i = 0; i < 60; ++i) {
        const QString credit = QStringLiteral("Agency %1/Photographer Number %1").arg(i, 2, 10, QLatin1Char('0'));
        const QString line = QStringLiteral("Photographer Number %1, Agency %1").arg(i, 2, 10, QLatin1Char('0'));
        file += (credit + u'\t' + line + u'\n').toUtf8();
        expected += credit + QStringLiteral(" -> ") + line + u'\n';
    }
    const QString path = dir.filePath(QStringLiteral("desk.txt"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    REQUIRE(desk.book({QStringLiteral("import"), path}).exitCode == 0);
    CHECK(desk.list() == expected);
}

TEST_CASE("book import merges: a house line the file leaves out is kept, one it gives replaces, and it says so",
          "[cli][book]")
{
    // A merge once replaced every entry with the file's, so a colleague's file of bare credits erased the
    // desk's house lines without a word (review finding).
    const Desk desk;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("--house-line"),
                       QStringLiteral("NASA/JPL/MSSS")})
                .exitCode == 0);
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("Energia"), QStringLiteral("--house-line"),
                       QStringLiteral("RSC Energia")})
                .exitCode == 0);
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("ESA")}).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("colleague.txt"));
    PhotoFixture::writeAll(file, "nasa/jpl-caltech/msss\nEnergia\tS.P. Korolev RSC Energia\nESA\nRoscosmos\n");

    const Run merged = desk.book({QStringLiteral("import"), file});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out == QStringLiteral("4 credits imported from %1: 1 new, 1 house line changed, 1 house line kept "
                                       "(the file gives none)\n")
                            .arg(file));
    // The file's spelling of a credit is taken; its house line only where it gives one.
    CHECK(desk.list() == QStringLiteral("Energia -> S.P. Korolev RSC Energia\nESA\n"
                                        "nasa/jpl-caltech/msss -> NASA/JPL/MSSS\nRoscosmos\n"));

    // The same file again changes nothing, and says so.
    const Run again = desk.book({QStringLiteral("import"), file});
    CHECK(again.out == QStringLiteral("4 credits imported from %1: 0 new, 0 house lines changed, 1 house line kept "
                                      "(the file gives none)\n")
                           .arg(file));
    CHECK(desk.list().contains(QStringLiteral("nasa/jpl-caltech/msss -> NASA/JPL/MSSS\n")));

    // --replace is the file exactly: a house line the file leaves out is gone then, as documented.
    REQUIRE(desk.book({QStringLiteral("import"), file, QStringLiteral("--replace")}).exitCode == 0);
    CHECK(desk.list().contains(QStringLiteral("nasa/jpl-caltech/msss\n")));
}

TEST_CASE("export --no-cache reads the folder's aliases as well as the book: the book gate's verdict is the same",
          "[cli][book][export]")
{
    // --no-cache once read the credit book but not the aliases, so a photo grouped under a booked credit
    // passed --require-book-credit with the catalog and was refused without it (review finding).
    const Desk desk;
    ExportFixture fixture;
    fixture.add(QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia."), QStringLiteral("NASA/Tim Kopra"));
    const PhotoRecord copra =
        fixture.add(QStringLiteral("copra.jpg"), QStringLiteral("Over the Pacific."), QStringLiteral("NASA/Tim Copra"));
    REQUIRE(desk.book({QStringLiteral("add"), QStringLiteral("NASA/Tim Kopra")}).exitCode == 0);
    REQUIRE(desk.cli({QStringLiteral("alias"), fixture.source(), QStringLiteral("NASA/Tim Copra"),
                      QStringLiteral("NASA/Tim Kopra")})
                .exitCode == 0);
    const auto exportTo = [&](const QString &folder, const QStringList &more) {
        return desk.cli(QStringList{QStringLiteral("export"), fixture.source(), QStringLiteral("--to"),
                                    fixture.destination() + u'/' + folder, QStringLiteral("--require-book-credit")} +
                        more);
    };
    const Run cached = exportTo(QStringLiteral("cached"), {});
    const Run uncached = exportTo(QStringLiteral("uncached"), {QStringLiteral("--no-cache")});
    INFO(cached.err.toStdString() << uncached.err.toStdString());
    CHECK(cached.exitCode == 0);
    CHECK(uncached.exitCode == cached.exitCode);
    CHECK(ExportFixture::filesUnder(fixture.destination() + QStringLiteral("/uncached")).size() == 2);

    // A refusal is the same too, naming the same photos.
    fixture.add(QStringLiteral("energia.jpg"), QStringLiteral("Liftoff."), QStringLiteral("Energia"));
    const Run refused = exportTo(QStringLiteral("refused"), {});
    const Run refusedUncached = exportTo(QStringLiteral("refused-uncached"), {QStringLiteral("--no-cache")});
    CHECK(refused.exitCode == 1);
    CHECK(refusedUncached.exitCode == 1);
    CHECK(refusedUncached.err == refused.err);
    CHECK_FALSE(refusedUncached.err.contains(copra.path));
}

TEST_CASE("book add warns when a house line leaves out a name the credit carries, and keeps it", "[cli][book]")
{
    // A desk may shorten a credit on purpose, so the line is kept; but a dropped name is said out loud, as
    // the credit line styles never drop one (review finding).
    const Desk desk;
    const Run shortened = desk.book({QStringLiteral("add"), QStringLiteral("NASA/JPL-Caltech"),
                                     QStringLiteral("--house-line"), QStringLiteral("NASA/JPL")});
    CHECK(shortened.exitCode == 0);
    CHECK(shortened.out == QStringLiteral("'NASA/JPL-Caltech' is in the credit book, printed 'NASA/JPL'\n"));
    CHECK(shortened.err == QStringLiteral("byline-cli: warning: the house line leaves out JPL-Caltech: lines "
                                          "printed for 'NASA/JPL-Caltech' will not name it\n"));
    CHECK(desk.list() == QStringLiteral("NASA/JPL-Caltech -> NASA/JPL\n"));

    // A house line that keeps every name, in any order or spelling of an agency, gets no warning.
    for (const auto &[credit, houseLine] :
         {std::pair{"NASA/Tim Kopra", "Tim Kopra for NASA"}, std::pair{"AP Photo/Evan Vucci", "Evan Vucci/AP"},
          std::pair{"Energia", "RSC Energia"}, std::pair{"© 2016 Roscosmos", "Roscosmos"}}) {
        const Run kept = desk.book({QStringLiteral("add"), QString::fromUtf8(credit), QStringLiteral("--house-line"),
                                    QString::fromUtf8(houseLine)});
        INFO(credit << " -> " << houseLine);
        CHECK(kept.exitCode == 0);
        CHECK(kept.err.isEmpty());
    }
}
