#include <catch2/catch.hpp>

#include "credits/attributedcaption.h"
#include "credits/creditlinestyle.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

// CreditLineStyle: the credit line printed after a caption, the house way (docs/metadata.md, "Credit book
// and credit line style"). Text that gets published: every style is checked on the three agency forms,
// on the credits no style may rearrange, and for never losing or adding a name.

namespace {

using Kind = CreditLineStyle::Kind;

QString lineOf(Kind kind, const char *credit)
{
    return CreditLineStyle(kind).line(QString::fromUtf8(credit));
}

QString lineOf(const char *pattern, const char *credit)
{
    const CreditLineStyle style(Kind::Custom, QString::fromUtf8(pattern));
    INFO("pattern: " << pattern << " error: " << style.error().toStdString());
    REQUIRE(style.isValid());
    return style.line(QString::fromUtf8(credit));
}

// Credits as desks receive them: the three forms, wire credits, space agencies, and the odd ones.
const char *const s_credits[] = {
    "NASA/Tim Kopra",
    "Tim Kopra/NASA",
    "Photo: Tim Kopra, NASA",
    "Tim Kopra (NASA)",
    "Photo by Tim Kopra/NASA",
    "AP Photo/Evan Vucci",
    "REUTERS/Kevin Lamarque",
    "AFP PHOTO / JIM WATSON",
    "Jim Watson/AFP via Getty Images",
    "Mandel Ngan/Pool/AFP via Getty Images",
    "REUTERS/Stringer",
    "NASA/Handout via REUTERS",
    "Photo by Jane Doe for The New York Times",
    "NASA/Bill Ingalls and Aubrey Gemignani",
    "NASA, ESA, Michael Wong (STScI) and the Jupiter Impact Team",
    "NASA/JPL-Caltech/MSSS",
    "ESA/Hubble & NASA",
    "© 2016 Roscosmos",
    "© NASA/Tim Kopra",
    "Courtesy of Energia",
    "Energia",
    "NASA",
    "Tim Kopra",
    "Photo: NASA",
    "Credit: NASA/Tim Kopra",
    "ESA/S. Corvaja",
    "Роскосмос/Олег Артемьев",
    "NASA/Staff Sgt. Jane Doe",
    "Jane Doe, Jr./AP",
};

// The words of a line that name someone: labels and "by" are the style's, everything else must stay.
QStringList nameWords(const QString &text)
{
    static const QRegularExpression s_word(QStringLiteral("[\\p{L}\\p{N}'.\\-&©]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList s_styleWords = {QStringLiteral("credit"), QStringLiteral("photo"), QStringLiteral("by")};
    QStringList words;
    for (auto it = s_word.globalMatch(text); it.hasNext();) {
        QString word = it.next().captured().toCaseFolded();
        while (word.endsWith(u'.')) // "Kopra." at the end of a pattern's sentence is Kopra
            word.chop(1);
        if (word.isEmpty())
            continue;
        if (!s_styleWords.contains(word))
            words.append(word);
    }
    std::sort(words.begin(), words.end());
    return words;
}

} // namespace

TEST_CASE("as written, the default, prints Byline's line exactly as before a style existed", "[credits][style]")
{
    const CreditLineStyle style;
    CHECK(style.kind() == Kind::AsWritten);
    CHECK(style.isValid());
    for (const char *credit : s_credits) {
        INFO(credit);
        CHECK(style.line(QString::fromUtf8(credit)) == AttributedCaption::creditLine(QString::fromUtf8(credit)));
    }
    CHECK(style.line(QStringLiteral("  NASA/Tim Kopra ")) == QStringLiteral("Credit: NASA/Tim Kopra"));
    CHECK(style.line(QString()).isEmpty());
    CHECK(style.line(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("the three house forms of issue 19, from each of the three forms", "[credits][style]")
{
    for (const char *credit : {"NASA/Tim Kopra", "Tim Kopra/NASA", "Photo: Tim Kopra, NASA", "Tim Kopra (NASA)",
                               "Photo by Tim Kopra/NASA", "Credit: Tim Kopra, NASA", " nasa / Tim Kopra "}) {
        INFO(credit);
        const QString organisation =
            QString::fromUtf8(credit).contains(QLatin1String("nasa")) ? QStringLiteral("nasa") : QStringLiteral("NASA");
        CHECK(lineOf(Kind::OrganisationPerson, credit) == QStringLiteral("Credit: %1/Tim Kopra").arg(organisation));
        CHECK(lineOf(Kind::PersonOrganisation, credit) == QStringLiteral("Credit: Tim Kopra/%1").arg(organisation));
        CHECK(lineOf(Kind::PhotoPersonOrganisation, credit) ==
              QStringLiteral("Photo: Tim Kopra, %1").arg(organisation));
    }
}

TEST_CASE("wire credits are rearranged in their own spelling", "[credits][style]")
{
    CHECK(lineOf(Kind::PersonOrganisation, "AP Photo/Evan Vucci") == QStringLiteral("Credit: Evan Vucci/AP Photo"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "REUTERS/Kevin Lamarque") ==
          QStringLiteral("Photo: Kevin Lamarque, REUTERS"));
    CHECK(lineOf(Kind::PersonOrganisation, "AFP PHOTO / JIM WATSON") == QStringLiteral("Credit: JIM WATSON/AFP PHOTO"));
    CHECK(lineOf(Kind::OrganisationPerson, "Олег Артемьев/Роскосмос") ==
          QStringLiteral("Credit: Роскосмос/Олег Артемьев"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "NASA/Bill Ingalls and Aubrey Gemignani") ==
          QStringLiteral("Photo: Bill Ingalls and Aubrey Gemignani, NASA"));
}

TEST_CASE("a credit that is not one person and one organisation is printed as written after the label",
          "[credits][style]")
{
    for (const Kind kind : {Kind::OrganisationPerson, Kind::PersonOrganisation}) {
        CHECK(lineOf(kind, "Energia") == QStringLiteral("Credit: Energia"));
        CHECK(lineOf(kind, "NASA/ESA/Tim Peake") == QStringLiteral("Credit: NASA/ESA/Tim Peake"));
        CHECK(lineOf(kind, "REUTERS/Stringer") == QStringLiteral("Credit: REUTERS/Stringer"));
        CHECK(lineOf(kind, "Mandel Ngan/Pool/AFP via Getty Images") ==
              QStringLiteral("Credit: Mandel Ngan/Pool/AFP via Getty Images"));
        CHECK(lineOf(kind, "NASA/Handout") == QStringLiteral("Credit: NASA/Handout"));
        CHECK(lineOf(kind, "© NASA/Tim Kopra") == QStringLiteral("Credit: © NASA/Tim Kopra"));
        CHECK(lineOf(kind, "Tim Kopra") == QStringLiteral("Credit: Tim Kopra"));
        CHECK(lineOf(kind, "NASA/Staff Sgt. Jane Doe") == QStringLiteral("Credit: NASA/Staff Sgt. Jane Doe"));
    }
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "Energia") == QStringLiteral("Photo: Energia"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "NASA/JPL-Caltech/MSSS") ==
          QStringLiteral("Photo: NASA/JPL-Caltech/MSSS"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "Pool photo by Jane Doe") ==
          QStringLiteral("Photo: Pool photo by Jane Doe"));
    // A credit with a label of its own gets no second one.
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "Photo: NASA") == QStringLiteral("Photo: NASA"));
    CHECK(lineOf(Kind::OrganisationPerson, "Photo: NASA") == QStringLiteral("Photo: NASA"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "Credit: NASA/ESA") == QStringLiteral("Credit: NASA/ESA"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "Image credit: ESA/Hubble & NASA") ==
          QStringLiteral("Image credit: ESA/Hubble & NASA"));
}

TEST_CASE("no style ever loses or adds a name, whatever the credit", "[credits][style]")
{
    for (const Kind kind :
         {Kind::AsWritten, Kind::OrganisationPerson, Kind::PersonOrganisation, Kind::PhotoPersonOrganisation}) {
        for (const char *credit : s_credits) {
            const QString line = lineOf(kind, credit);
            INFO("style " << int(kind) << ", credit " << credit << " → " << line.toStdString());
            CHECK(nameWords(line) == nameWords(QString::fromUtf8(credit)));
        }
    }
    for (const char *pattern : {"{person} ({organisation})", "Foto: {organisation} / {person}",
                                "{credit} [{person}; {organisation}]", "Source: {credit}."}) {
        for (const char *credit : s_credits) {
            const QString line = lineOf(pattern, credit);
            QString withoutPatternWords = line;
            withoutPatternWords.remove(QStringLiteral("Foto")).remove(QStringLiteral("Source"));
            INFO("pattern " << pattern << ", credit " << credit << " → " << line.toStdString());
            const QStringList expected = nameWords(QString::fromUtf8(credit));
            if (QByteArray(pattern).startsWith("{credit} ["))
                CHECK(nameWords(withoutPatternWords).size() >= expected.size()); // the credit, then its parts again
            else
                CHECK(nameWords(withoutPatternWords) == expected);
        }
    }
}

TEST_CASE("a custom pattern fills {person}, {organisation} and {credit}; braces are doubled", "[credits][style]")
{
    CHECK(lineOf("{person} ({organisation})", "NASA/Tim Kopra") == QStringLiteral("Tim Kopra (NASA)"));
    CHECK(lineOf("{PERSON} / {Organization}", "NASA/Tim Kopra") == QStringLiteral("Tim Kopra / NASA"));
    CHECK(lineOf("Foto: {organisation}/{person}", "Tim Kopra, NASA") == QStringLiteral("Foto: NASA/Tim Kopra"));
    CHECK(lineOf("{{{person}}} {organisation}", "NASA/Tim Kopra") == QStringLiteral("{Tim Kopra} NASA"));
    CHECK(lineOf("Source: {credit}.", "NASA/Tim Kopra") == QStringLiteral("Source: NASA/Tim Kopra."));
    CHECK(lineOf("Source: {credit}.", "Energia") == QStringLiteral("Source: Energia."));
    CHECK(lineOf("{credit} ({person})", "NASA/Tim Kopra") == QStringLiteral("NASA/Tim Kopra (Tim Kopra)"));
    // Not two parts: as written after the pattern's label, which is its text up to a colon, else nothing.
    CHECK(lineOf("Foto: {organisation}/{person}", "Energia") == QStringLiteral("Foto: Energia"));
    CHECK(lineOf("{person} ({organisation})", "Energia") == QStringLiteral("Energia"));
    CHECK(lineOf("By {person} for {organisation}", "Energia") == QStringLiteral("Energia"));
    CHECK(lineOf("{credit} ({person})", "NASA/ESA") == QStringLiteral("NASA/ESA"));
    // A value goes in as it is: a credit holding a field name is not filled again.
    CHECK(lineOf("{person} ({organisation})", "NASA {x}/Tim Kopra") == QStringLiteral("NASA {x}/Tim Kopra"));
    CHECK(lineOf("Source: {credit}", "{credit}") == QStringLiteral("Source: {credit}"));
}

TEST_CASE("a credit with a label of its own gets no second one from a pattern", "[credits][style]")
{
    // "Source: {credit}." printed "Source: Photo: NASA." (review finding): the credit's own label stands
    // in for the pattern's, as it does for the built-in styles.
    CHECK(lineOf("Source: {credit}.", "Photo: NASA") == QStringLiteral("Photo: NASA."));
    CHECK(lineOf("Source: {credit}.", "Credit: NASA/Tim Kopra") == QStringLiteral("Credit: NASA/Tim Kopra."));
    CHECK(lineOf("Source: {credit}", "source: ESA") == QStringLiteral("source: ESA"));
    CHECK(lineOf("Source: {credit}.", "Image credit: ESA/Hubble & NASA") ==
          QStringLiteral("Image credit: ESA/Hubble & NASA."));
    CHECK(lineOf("Credit: {credit} ({person})", "Photo: Tim Kopra, NASA") ==
          QStringLiteral("Photo: Tim Kopra, NASA (Tim Kopra)"));
    // Without a label of its own the credit takes the pattern's.
    CHECK(lineOf("Source: {credit}.", "Photo by Tim Kopra/NASA") == QStringLiteral("Source: Photo by Tim Kopra/NASA."));
    CHECK(lineOf("Source: {credit}.", "NASA/Tim Kopra") == QStringLiteral("Source: NASA/Tim Kopra."));
    // A pattern whose first field is not {credit} has nothing to double.
    CHECK(lineOf("{credit}, Source: {credit}", "Photo: NASA") == QStringLiteral("Photo: NASA, Source: Photo: NASA"));
    // A house line is printed the same way.
    CHECK(CreditLineStyle(Kind::Custom, QStringLiteral("Source: {credit}."))
              .houseLine(QStringLiteral("Photo: NASA/JPL")) == QStringLiteral("Photo: NASA/JPL."));
    // "Source:" is a label the rearranging styles replace, like "Photo:".
    CHECK(lineOf(Kind::OrganisationPerson, "Source: Tim Kopra/NASA") == QStringLiteral("Credit: NASA/Tim Kopra"));
    CHECK(lineOf(Kind::PhotoPersonOrganisation, "Source: NASA") == QStringLiteral("Source: NASA"));
}

TEST_CASE("a pattern that is not valid says why and prints credits as written", "[credits][style]")
{
    const QList<std::pair<QString, const char *>> bad = {
        {QString(), "empty"},
        {QStringLiteral("   "), "empty"},
        {QStringLiteral("{person}"), "not {organisation}"},
        {QStringLiteral("{person} for {person}"), "not {organisation}"},
        {QStringLiteral("Photo: {organisation}"), "not {person}"},
        {QStringLiteral("Photo: {name}/{organisation}"), "unknown field {name}"},
        {QStringLiteral("{person/{organisation}"), "unknown field"},
        {QStringLiteral("{person} {organisation"), "without its '}'"},
        {QStringLiteral("Photo} {credit}"), "without its '{'"},
        {QStringLiteral("Photo by nobody"), "prints no credit"},
        {QStringLiteral("Credit:\t{credit}"), "one line"},
        {QStringLiteral("{credit}\n{person}"), "one line"},
        {QString(201, u'x') + QStringLiteral("{credit}"), "longer than 200"},
    };
    for (const auto &[pattern, reason] : bad) {
        const CreditLineStyle style(Kind::Custom, pattern);
        INFO(pattern.toStdString() << " → " << style.error().toStdString());
        CHECK_FALSE(style.isValid());
        CHECK(style.error().contains(QString::fromUtf8(reason)));
        CHECK(style.line(QStringLiteral("NASA/Tim Kopra")) == QStringLiteral("Credit: NASA/Tim Kopra"));
        CHECK(style.houseLine(QStringLiteral("Tim Kopra/NASA")) == QStringLiteral("Credit: Tim Kopra/NASA"));
    }
    CHECK(CreditLineStyle(Kind::Custom, QStringLiteral("{credit}")).isValid());
    CHECK(CreditLineStyle(Kind::Custom, QStringLiteral("{credit} ({person})")).isValid()); // {credit} has every name
    CHECK(CreditLineStyle(Kind::Custom, QString(190, u'x') + QStringLiteral("{credit}")).isValid());
}

TEST_CASE("styles are named for byline-cli and the settings", "[credits][style]")
{
    CHECK(CreditLineStyle::names() == QStringList{QStringLiteral("as-written"), QStringLiteral("organisation-person"),
                                                  QStringLiteral("person-organisation"), QStringLiteral("photo")});
    CHECK(CreditLineStyle::fromName(QStringLiteral("as-written")).kind() == Kind::AsWritten);
    CHECK(CreditLineStyle::fromName(QStringLiteral("Organisation-Person")).kind() == Kind::OrganisationPerson);
    CHECK(CreditLineStyle::fromName(QStringLiteral("organization-person")).kind() == Kind::OrganisationPerson);
    CHECK(CreditLineStyle::fromName(QStringLiteral(" person-organisation ")).kind() == Kind::PersonOrganisation);
    CHECK(CreditLineStyle::fromName(QStringLiteral("photo")).kind() == Kind::PhotoPersonOrganisation);
    CHECK(CreditLineStyle::fromName(QStringLiteral("photo-person-organisation")).kind() ==
          Kind::PhotoPersonOrganisation);
    const CreditLineStyle custom = CreditLineStyle::fromName(QStringLiteral("{person} ({organisation})"));
    CHECK(custom.kind() == Kind::Custom);
    CHECK(custom.isValid());
    CHECK(custom.pattern() == QStringLiteral("{person} ({organisation})"));
    const CreditLineStyle unknown = CreditLineStyle::fromName(QStringLiteral("house"));
    CHECK_FALSE(unknown.isValid());
    CHECK(unknown.error().contains(QStringLiteral("unknown style 'house'")));
    CHECK(unknown.error().contains(QStringLiteral("organisation-person")));
    CHECK(CreditLineStyle(Kind::PhotoPersonOrganisation).pattern() ==
          QStringLiteral("Photo: {person}, {organisation}"));
    // A built-in style ignores a pattern given with it.
    CHECK(CreditLineStyle(Kind::OrganisationPerson, QStringLiteral("{credit}!")).pattern() ==
          QStringLiteral("Credit: {organisation}/{person}"));
}

TEST_CASE("a house line is printed as the desk wrote it, after the style's label", "[credits][style]")
{
    CHECK(CreditLineStyle().houseLine(QStringLiteral("NASA/JPL-Caltech/MSSS")) ==
          QStringLiteral("Credit: NASA/JPL-Caltech/MSSS"));
    CHECK(CreditLineStyle(Kind::PersonOrganisation).houseLine(QStringLiteral("NASA/Tim Kopra")) ==
          QStringLiteral("Credit: NASA/Tim Kopra")); // never rearranged: the desk's word
    CHECK(CreditLineStyle(Kind::PhotoPersonOrganisation).houseLine(QStringLiteral("NASA/JPL-Caltech/MSSS")) ==
          QStringLiteral("Photo: NASA/JPL-Caltech/MSSS"));
    CHECK(CreditLineStyle(Kind::OrganisationPerson).houseLine(QStringLiteral("Photo: Tim Kopra for NASA")) ==
          QStringLiteral("Photo: Tim Kopra for NASA"));
    CHECK(CreditLineStyle().houseLine(QStringLiteral("Photo: Tim Kopra for NASA")) ==
          QStringLiteral("Photo: Tim Kopra for NASA"));
    CHECK(CreditLineStyle(Kind::Custom, QStringLiteral("Source: {credit}.")).houseLine(QStringLiteral("NASA")) ==
          QStringLiteral("Source: NASA."));
    CHECK(
        CreditLineStyle(Kind::Custom, QStringLiteral("{person} ({organisation})")).houseLine(QStringLiteral("NASA")) ==
        QStringLiteral("NASA"));
    CHECK(CreditLineStyle().houseLine(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("the examples of docs/metadata.md are what the styles print", "[credits][style][docs]")
{
    QFile file(QStringLiteral(BYLINE_METADATA_DOC));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype section = text.indexOf(QLatin1String("\n## Credit book and credit line style\n"));
    REQUIRE(section >= 0);
    const qsizetype table = text.indexOf(QLatin1String("\n| credit | as-written |"), section);
    REQUIRE(table >= 0);
    int rows = 0;
    for (const QString &line : text.mid(table + 1).split(u'\n').mid(2)) {
        if (!line.startsWith(u'|'))
            break;
        QStringList cells = line.split(u'|');
        REQUIRE(cells.size() == 7);
        for (QString &cell : cells)
            cell = cell.trimmed().remove(u'`');
        const QString credit = cells.at(1);
        INFO("docs row: " << line.toStdString());
        CHECK(CreditLineStyle(Kind::AsWritten).line(credit) == cells.at(2));
        CHECK(CreditLineStyle(Kind::OrganisationPerson).line(credit) == cells.at(3));
        CHECK(CreditLineStyle(Kind::PersonOrganisation).line(credit) == cells.at(4));
        CHECK(CreditLineStyle(Kind::PhotoPersonOrganisation).line(credit) == cells.at(5));
        ++rows;
    }
    CHECK(rows >= 10);
}
