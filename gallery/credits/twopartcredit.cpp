#include "twopartcredit.h"

#include "agencynames.h"
#include "creditlabel.h"
#include "creditline.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

constexpr auto s_patternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// "Photo by" before the person says what the style says anyway: the person took the picture.
const QRegularExpression &byPattern()
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^(?:(?:photo|photograph|image|picture)s?\\s+)?by\\s+(?=\\S)"), s_patternOptions);
    return s_pattern;
}

// The separators of two parts: a slash, a comma, a semicolon, a bar, a dash with spaces, brackets
// ("Tim Kopra (NASA)"). A hyphen inside a word ("JPL-Caltech", "Jean-Luc") separates nothing.
const QRegularExpression &separatorPattern()
{
    static const QRegularExpression s_pattern(QStringLiteral("[/,;|()\\[\\]\u2013\u2014]|\\s-\\s"), s_patternOptions);
    return s_pattern;
}

// Words before an organisation that CreditLine drops but a printed line must keep: the copyright sign
// or word, a year, "courtesy", "by", a label. A piece that starts with one is not an organisation alone.
bool startsWithDroppedWord(const QString &piece)
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^(?:[^\\p{L}]|(?:copyright|copr|courtesy|by|credits?|photo|photograph|image|picture)\\b)"),
        s_patternOptions);
    return s_pattern.match(piece).hasMatch();
}

std::optional<QString> asPerson(const QString &piece)
{
    QString name = piece;
    name.remove(byPattern());
    const CreditParts parts = CreditLine::parse(name);
    // The whole piece is the person, exactly: no rank dropped ("Staff Sgt."), no "&" read as "and".
    if (parts.photographer != name || !parts.agencies.isEmpty() || !parts.roles.isEmpty() || !parts.client.isEmpty())
        return std::nullopt;
    return name;
}

// An organisation only on evidence, never by elimination: a place ("Kabul"), a date ("March 2016"), a
// title ("NASA astronaut") or a word such as "left" or "Exclusive" reads as one unknown name too, and a
// printed "Kabul/Jane Doe" would credit a city. Evidence is a known agency, or capitalised words that
// end in an organisation noun ("European Space Agency", "Associated Press").
bool isOrganisation(const QString &piece)
{
    if (startsWithDroppedWord(piece) || piece.contains(QRegularExpression(QStringLiteral("\\d"))))
        return false;
    const CreditParts parts = CreditLine::parse(piece);
    if (parts.agencies.size() != 1 || !parts.photographer.isEmpty() || !parts.roles.isEmpty() ||
        !parts.client.isEmpty())
        return false;
    if (AgencyNames::canonical(piece))
        return true;
    static const QStringList s_smallWords = {QStringLiteral("for"), QStringLiteral("of"), QStringLiteral("and"),
                                             QStringLiteral("the"), QStringLiteral("de"), QStringLiteral("du")};
    const QStringList words = piece.split(u' ', Qt::SkipEmptyParts);
    const bool capitalised = std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return word.front().isUpper() || s_smallWords.contains(word);
    });
    return words.size() > 1 && capitalised && std::any_of(words.cbegin() + 1, words.cend(), [](const QString &word) {
               return AgencyNames::isOrganisationWord(word);
           });
}

QStringList pieces(const QString &credit)
{
    QString rest = credit.simplified();
    rest.remove(0, CreditLabel::length(rest)); // the style's label replaces the credit's
    QStringList found;
    for (const QString &piece : rest.split(separatorPattern())) {
        if (const QString trimmed = piece.trimmed(); !trimmed.isEmpty())
            found.append(trimmed);
    }
    return found;
}

} // namespace

std::optional<TwoPartCredit> TwoPartCredit::read(const QString &credit)
{
    if (credit.size() > CreditLine::s_maxLength)
        return std::nullopt;
    const QStringList parts = pieces(credit);
    if (parts.size() != 2)
        return std::nullopt;
    for (const int personAt : {0, 1}) {
        const QString &organisation = parts.at(1 - personAt);
        if (const std::optional<QString> person = asPerson(parts.at(personAt)); person && isOrganisation(organisation))
            return TwoPartCredit(*person, organisation);
    }
    return std::nullopt;
}
