#include <catch2/catch.hpp>

#include "credits/creditline.h"
#include "credits/creditname.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <initializer_list>

// The credit line grammar of docs/metadata.md, "Credit line grammar": each row is a credit as real wire,
// agency and space-agency photos carry it, and what it names.

namespace {

struct Row
{
    const char *credit;
    QStringList agencies;
    const char *photographer = "";
    QStringList roles = {};
    const char *client = "";
};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromUtf8(name));
    return out;
}

const QList<Row> s_issueRows = {
    {"NASA, ESA, Michael Wong (STScI) and the Jupiter Impact Team",
     list({"NASA", "ESA", "STScI", "Jupiter Impact Team"}), "Michael Wong"},
    {"AP Photo/Evan Vucci", list({"AP"}), "Evan Vucci"},
    {"REUTERS/Kevin Lamarque", list({"Reuters"}), "Kevin Lamarque"},
    {"Photo by John Doe/Getty Images", list({"Getty Images"}), "John Doe"},
    {"AFP via Getty Images", list({"AFP", "Getty Images"})},
    {"Joel Kowsky/NASA", list({"NASA"}), "Joel Kowsky"},
    {"ESA/Hubble & NASA", list({"ESA", "Hubble", "NASA"})},
    {"© 2016 Roscosmos", list({"Roscosmos"})},
    {"Courtesy of Energia", list({"Energia"})},
    // Roles and clients are neither agencies nor people.
    {"Roscosmos/Handout via REUTERS", list({"Roscosmos", "Reuters"}), "", list({"Handout"})},
    {"Pool photo by Jane Doe", {}, "Jane Doe", list({"Pool"})},
    {"REUTERS/Stringer", list({"Reuters"}), "", list({"Stringer"})},
    {"Photo by Jane Doe for The New York Times", {}, "Jane Doe", {}, "The New York Times"},
    // One spelling per agency.
    {"Reuters/Kevin Lamarque", list({"Reuters"}), "Kevin Lamarque"},
    {"AP/Evan Vucci", list({"AP"}), "Evan Vucci"},
    {"Associated Press", list({"AP"})},
    {"Agence France-Presse", list({"AFP"})},
    {"Getty", list({"Getty Images"})},
    {"Nasa", list({"NASA"})},
};

const QList<Row> s_wireRows = {
    {"Jim Watson/AFP via Getty Images", list({"AFP", "Getty Images"}), "Jim Watson"},
    {"Kirill Kudryavtsev/AFP via Getty Images", list({"AFP", "Getty Images"}), "Kirill Kudryavtsev"},
    {"Bill Ingalls/NASA via Getty Images", list({"NASA", "Getty Images"}), "Bill Ingalls"},
    {"Mandel Ngan/Pool/AFP via Getty Images", list({"AFP", "Getty Images"}), "Mandel Ngan", list({"Pool"})},
    {"AFP PHOTO / POOL / JIM WATSON", list({"AFP"}), "JIM WATSON", list({"Pool"})},
    {"AFP PHOTO/HO/NASA", list({"AFP", "NASA"}), "", list({"Handout"})},
    {"STR/AFP", list({"AFP"}), "", list({"Stringer"})},
    {"AP Photo/John Raoux, File", list({"AP"}), "John Raoux", list({"File"})},
    {"AP Photo/Alex Brandon, Pool", list({"AP"}), "Alex Brandon", list({"Pool"})},
    {"Joe Skipper/REUTERS/File Photo", list({"Reuters"}), "Joe Skipper", list({"File"})},
    {"Kevin Lamarque/Reuters/Pool", list({"Reuters"}), "Kevin Lamarque", list({"Pool"})},
    {"reuters/kevin lamarque", list({"Reuters"}), "kevin lamarque"},
    {"Thomson Reuters", list({"Reuters"})},
    {"Reuters Staff", list({"Reuters"}), "", list({"Staff"})},
    {"NASA/Handout via REUTERS", list({"NASA", "Reuters"}), "", list({"Handout"})},
    {"Photo by Stringer/Anadolu Agency via Getty Images", list({"Anadolu", "Getty Images"}), "", list({"Stringer"})},
    {"EPA-EFE/Shawn Thew", list({"EPA"}), "Shawn Thew"},
    {"Maxim Shipenkov/EPA-EFE/Shutterstock", list({"EPA", "Shutterstock"}), "Maxim Shipenkov"},
    {"Xinhua/Li Ran", list({"Xinhua"}), "Li Ran"},
    {"China News Service/VCG via Getty Images", list({"China News Service", "VCG", "Getty Images"})},
    {"Sergei Savostyanov/TASS via Getty Images", list({"TASS", "Getty Images"}), "Sergei Savostyanov"},
    {"ITAR-TASS", list({"TASS"})},
    {"Sputnik/Alexei Druzhinin/Kremlin via REUTERS", list({"Sputnik", "Kremlin", "Reuters"}), "Alexei Druzhinin"},
    {"UPI/Joe Marino", list({"UPI"}), "Joe Marino"},
    {"Jan van der Berg/ANP", list({"ANP"}), "Jan van der Berg"},
    {"Craig Bailey/FLORIDA TODAY via USA TODAY NETWORK", list({"Florida Today", "USA TODAY NETWORK"}), "Craig Bailey"},
    {"SpaceX via AP", list({"SpaceX", "AP"})},
    {"Blue Origin via AP", list({"Blue Origin", "AP"})},
    {"Getty Images for NASA", list({"Getty Images"}), "", {}, "NASA"},
    {"Jane Doe for Bloomberg News via Getty Images", list({"Getty Images"}), "Jane Doe", {}, "Bloomberg News"},
    {"Handout", {}, "", list({"Handout"})},
    {"Jane Doe, Jr./AP", list({"AP"}), "Jane Doe"},
    {"Photo by Tom Smith on Unsplash", list({"Unsplash"}), "Tom Smith"},
};

const QList<Row> s_spaceRows = {
    {"NASA/Bill Ingalls", list({"NASA"}), "Bill Ingalls"},
    {"nasa/bill ingalls", list({"NASA"}), "bill ingalls"},
    {"NASA/Aubrey Gemignani", list({"NASA"}), "Aubrey Gemignani"},
    {"NASA/Bill Ingalls/Aubrey Gemignani", list({"NASA"}), "Bill Ingalls and Aubrey Gemignani"},
    {"NASA photo by Bill Ingalls", list({"NASA"}), "Bill Ingalls"},
    {"Bill Ingalls (NASA)", list({"NASA"}), "Bill Ingalls"},
    {"NASA/JPL-Caltech", list({"NASA", "JPL-Caltech"})},
    {"NASA/JPL-Caltech/MSSS", list({"NASA", "JPL-Caltech", "MSSS"})},
    {"NASA/JPL-Caltech/SwRI/MSSS/Kevin M. Gill", list({"NASA", "JPL-Caltech", "SwRI", "MSSS"}), "Kevin M. Gill"},
    {"Image: NASA/JPL-Caltech", list({"NASA", "JPL-Caltech"})},
    {"Courtesy NASA/JPL", list({"NASA", "JPL"})},
    {"NASA/Johns Hopkins APL/SwRI", list({"NASA", "JHUAPL", "SwRI"})},
    {"NASA Goddard/Rebecca Roth", list({"NASA Goddard"}), "Rebecca Roth"},
    {"NASA TV", list({"NASA TV"})},
    {"NASA/SDO", list({"NASA", "SDO"})},
    {"Photo: NASA", list({"NASA"})},
    {"ESA/NASA", list({"ESA", "NASA"})},
    {"JAXA/NASA", list({"JAXA", "NASA"})},
    {"JAXA/ISAS", list({"JAXA", "ISAS"})},
    {"NASA, ESA, CSA, STScI", list({"NASA", "ESA", "CSA", "STScI"})},
    {"NASA, ESA, and the Hubble Heritage Team (STScI/AURA)",
     list({"NASA", "ESA", "Hubble Heritage Team", "STScI", "AURA"})},
    {"ESA/Webb, NASA & CSA, A. Adamo (Stockholm University) and the FEAST JWST team",
     list({"ESA", "Webb", "NASA", "CSA", "Stockholm University", "FEAST JWST team"}), "A. Adamo"},
    {"NASA/ESA/Tim Peake", list({"NASA", "ESA"}), "Tim Peake"},
    {"Tim Peake/ESA/NASA", list({"ESA", "NASA"}), "Tim Peake"},
    {"ESA - Tim Peake", list({"ESA"}), "Tim Peake"},
    {"Image credit: ESA–S. Corvaja", list({"ESA"}), "S. Corvaja"},
    {"ESA–D. Ducros", list({"ESA"}), "D. Ducros"},
    {"ESA/ATG medialab", list({"ESA", "ATG medialab"})},
    {"ESA/DLR/FU Berlin, CC BY-SA 3.0 IGO", list({"ESA", "DLR", "FU Berlin"})},
    {"European Space Agency", list({"ESA"})},
    {"(c) ESA", list({"ESA"})},
    {"ESO/L. Calçada", list({"ESO"}), "L. Calçada"},
    {"ESO/M. Kornmesser", list({"ESO"}), "M. Kornmesser"},
    {"IAU/NOIRLab/NSF/AURA/J. da Silva", list({"IAU", "NOIRLab", "NSF", "AURA"}), "J. da Silva"},
    {"Center for Astrophysics | Harvard & Smithsonian", list({"Center for Astrophysics", "Harvard", "Smithsonian"})},
    {"Max Planck Institute for Astronomy", list({"Max Planck Institute for Astronomy"})},
    {"National Oceanic and Atmospheric Administration", list({"NOAA"})},
    {"Andrey Shelepin/GCTC", list({"GCTC"}), "Andrey Shelepin"},
    {"Roskosmos", list({"Roscosmos"})},
    {"RSC Energia", list({"Energia"})},
    {"Energia", list({"Energia"})},
    {"Credit: Roscosmos", list({"Roscosmos"})},
    {"Copyright © 2015–2016 NASA. All rights reserved.", list({"NASA"})},
    {"SpaceX", list({"SpaceX"})},
    {"Photo courtesy of SpaceX", list({"SpaceX"})},
    {"Courtesy of Blue Origin", list({"Blue Origin"})},
    {"U.S. Air Force photo by Airman 1st Class Jane Doe", list({"U.S. Air Force"}), "Jane Doe"},
    {"Staff Sgt. Jane Doe/U.S. Army", list({"U.S. Army"}), "Jane Doe"},
    {"Mass Communication Specialist 2nd Class John Doe/U.S. Navy", list({"U.S. Navy"}), "John Doe"},
    {"X-ray: NASA/CXC/SAO; Optical: NASA/STScI", list({"NASA", "CXC", "SAO", "STScI"})},
    {"Maxar Technologies, Inc.", list({"Maxar"})},
    {"Photographer: Jane Doe", {}, "Jane Doe"},
    {"Bill Ingalls", {}, "Bill Ingalls"},
};

// Nothing in them names anyone.
const QList<Row> s_emptyRows = {
    {"", {}},  {"   ", {}}, {"///", {}}, {"!!!", {}},    {"2016", {}},   {"©", {}},
    {"a", {}}, {"-", {}},   {"(c)", {}}, {"Photo:", {}}, {"Credit", {}}, {"(( ))", {}},
};

void checkRows(const QList<Row> &rows)
{
    for (const Row &row : rows) {
        const QString credit = QString::fromUtf8(row.credit);
        INFO("credit: " << row.credit);
        const CreditParts parts = CreditLine::parse(credit);
        CHECK(parts.agencies == row.agencies);
        CHECK(parts.photographer == QString::fromUtf8(row.photographer));
        CHECK(parts.roles == row.roles);
        CHECK(parts.client == QString::fromUtf8(row.client));
        // The facet list reads grouping keys: case folded, with surrounding punctuation gone.
        const QString key = CreditName::groupingKey(credit);
        CHECK(CreditName::agencyKeys(key) == CreditName::agencyKeys(credit));
        CHECK(CreditName::person(key) == CreditName::groupingKey(parts.photographer));
    }
}

// The cells of a Markdown table row, "\\|" unescaped; empty for any other line.
QStringList cells(const QString &line)
{
    static const QRegularExpression s_unescapedBar(QStringLiteral("(?<!\\\\)\\|"));
    if (!line.startsWith(u'|') || !line.endsWith(u'|'))
        return {};
    QStringList split = line.mid(1, line.size() - 2).split(s_unescapedBar);
    for (QString &cell : split)
        cell = cell.trimmed().replace(QLatin1String("\\|"), QLatin1String("|"));
    return split;
}

// The rows of the examples table in docs/metadata.md, "Credit line grammar".
QList<QStringList> documentedExamples()
{
    QFile file(QStringLiteral(BYLINE_METADATA_DOC));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype section = text.indexOf(QLatin1String("\n## Credit line grammar\n"));
    REQUIRE(section >= 0);
    const qsizetype examples = text.indexOf(QLatin1String("\n### Examples\n"), section);
    REQUIRE(examples >= 0);
    QList<QStringList> rows;
    bool inTable = false;
    for (const QString &line : text.mid(examples).split(u'\n').mid(2)) {
        const QStringList row = cells(line);
        if (row.isEmpty() && inTable)
            break;
        inTable = inTable || !row.isEmpty();
        if (row.size() == 4 && row[0] != QLatin1String("credit") && !row[0].startsWith(QLatin1String("---")))
            rows.append(row);
    }
    return rows;
}

QString repeated(const QString &text, qsizetype length)
{
    QString out;
    while (out.size() < length)
        out += text;
    return out.left(length);
}

} // namespace

TEST_CASE("the credit lines of issue 18 name their agencies, person, roles and client", "[credits][creditline]")
{
    checkRows(s_issueRows);
}

TEST_CASE("wire and photo agency credit lines", "[credits][creditline]")
{
    checkRows(s_wireRows);
}

TEST_CASE("space agency and observatory credit lines", "[credits][creditline]")
{
    checkRows(s_spaceRows);
}

TEST_CASE("blank, punctuation and label-only credit lines name nobody", "[credits][creditline]")
{
    checkRows(s_emptyRows);
}

TEST_CASE("docs/metadata.md reads each example of its credit line grammar as the code does", "[credits][creditline]")
{
    const QList<QStringList> rows = documentedExamples();
    REQUIRE(rows.size() >= 50);
    for (const QStringList &row : rows) {
        INFO("credit: " << row[0].toStdString());
        const CreditParts parts = CreditLine::parse(row[0]);
        const QString none = QStringLiteral("\u2014");
        CHECK(parts.agencies.join(QStringLiteral(", ")) == (row[1] == none ? QString() : row[1]));
        CHECK(parts.photographer == (row[2] == none ? QString() : row[2]));
        QStringList notes;
        if (!parts.roles.isEmpty())
            notes.append(QStringLiteral("role: ") + parts.roles.join(QStringLiteral(", ")));
        if (!parts.client.isEmpty())
            notes.append(QStringLiteral("client: ") + parts.client);
        CHECK(notes.join(QStringLiteral("; ")) == row[3]);
    }
}

TEST_CASE("the grammar has at least forty cases beyond the issue's", "[credits][creditline]")
{
    CHECK(s_wireRows.size() + s_spaceRows.size() + s_emptyRows.size() >= 40);
}

TEST_CASE("hostile credit lines return quickly and name nothing made up", "[credits][creditline][hostile]")
{
    QElapsedTimer timer;
    timer.start();
    // Past the length limit: no parts at all, however the text starts.
    CHECK(CreditLine::parse(QString(10000, u'/')) == CreditParts{});
    CHECK(CreditLine::parse(QStringLiteral("NASA/") + QString(1000000, u'x')) == CreditParts{});
    CHECK(CreditLine::parse(repeated(QStringLiteral("NASA/Tim Kopra "), 100000)) == CreditParts{});
    // Within it: as many separators, joiners and brackets as fit.
    const qsizetype most = CreditLine::s_maxLength;
    CHECK(CreditLine::parse(QString(most, u'/')) == CreditParts{});
    CHECK(CreditLine::parse(repeated(QStringLiteral(".,;:!?()[]{}|\\-\u2013\u00A9"), most)) == CreditParts{});
    CHECK(CreditLine::parse(repeated(QStringLiteral("(("), most)) == CreditParts{});
    CHECK(CreditLine::parse(repeated(QStringLiteral(" and via & for by "), most)).agencies.isEmpty());
    CHECK(CreditLine::parse(repeated(QStringLiteral("NASA/"), most)).agencies == QStringList{QStringLiteral("NASA")});
    // Every part a different organisation: read up to the limit on parts, no further.
    QString many;
    for (int i = 0; many.size() < most - 10; ++i)
        many += QStringLiteral("Org%1/").arg(i);
    CHECK(CreditLine::parse(many).agencies.size() == CreditLine::s_maxParts);
    CHECK(CreditLine::parse(repeated(QStringLiteral("photo by "), most)) == CreditParts{});
    const QString controls = QString(u'\uFFFD') + QChar(0) + QChar(0x202E); // replacement, NUL, RTL override
    CHECK(CreditLine::parse(repeated(controls, most)) == CreditParts{});
    CHECK(timer.elapsed() < 2000);
}
