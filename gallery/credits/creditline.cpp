#include "creditline.h"

#include "agencynames.h"
#include "personname.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

constexpr auto s_patternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// What separates the parts of a credit line wherever it stands: "NASA/Tim Kopra", "NASA, ESA",
// "Michael Wong (STScI)", "Photo: NASA", "ESA–S. Corvaja" (an en dash), "X-ray: NASA/CXC; Optical: ESO".
bool isSeparator(QChar c)
{
    static const QString s_separators = QStringLiteral("/,;:|\\()[]{}\u2013\u2014\u2022\u00B7\n\r\t");
    return s_separators.contains(c);
}

qsizetype letterCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

bool isAbbreviation(const QString &word)
{
    static const QSet<QString> s_abbreviations = {"jr",  "sr",   "inc", "ltd",  "co",  "corp", "st",  "dr",
                                                  "mr",  "mrs",  "ms",  "bros", "sgt", "capt", "lt",  "col",
                                                  "maj", "cmdr", "spc", "pfc",  "cpl", "prof", "copr"};
    return s_abbreviations.contains(word.toCaseFolded());
}

// A full stop and a space end a sentence ("NASA. All rights reserved.") unless they end an initial
// ("S. Corvaja", "U.S. Navy") or an abbreviation ("Jr.", "Inc.").
bool endsSentence(const QString &credit, qsizetype stop)
{
    if (credit[stop] != u'.' || stop + 1 >= credit.size() || !credit[stop + 1].isSpace())
        return false;
    qsizetype start = stop;
    while (start > 0 && !credit[start - 1].isSpace() && !isSeparator(credit[start - 1]))
        --start;
    const QString word = credit.mid(start, stop - start);
    return letterCount(word) >= 2 && !word.contains(u'.') && !isAbbreviation(word);
}

// A hyphen with a space on both sides separates too ("ESA - Tim Peake"); one inside a word does not
// ("EPA-EFE", "JPL-Caltech", "Jean-Luc").
QStringList pieces(const QString &credit)
{
    QStringList split;
    QString current;
    for (qsizetype i = 0; i < credit.size(); ++i) {
        const QChar c = credit[i];
        const bool spacedHyphen =
            c == u'-' && i > 0 && credit[i - 1].isSpace() && i + 1 < credit.size() && credit[i + 1].isSpace();
        if (isSeparator(c) || spacedHyphen || endsSentence(credit, i))
            split.append(std::exchange(current, QString()));
        else
            current.append(c);
    }
    split.append(current);
    return split;
}

// Words before a name that are not part of it: the copyright sign or word with its year, "Photo by",
// "Courtesy of", "Photo credit". Labels ending in a colon are separate pieces (see isNoise).
const QRegularExpression &prefixPattern()
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^(?:(?:\u00A9|\u2117|copyright|copr\\.?)(?:\\s*\\d{4}(?:\\s*[-\u2013]\\s*\\d{2,4})?)?"
                       "|\\d{4}(?:\\s*[-\u2013]\\s*\\d{2,4})?(?=\\s|$)"
                       "|(?:(?:photo|photograph|image|picture|video)s?\\s+)?(?:courtesy(?:\\s+of)?|by)(?=\\s|$)"
                       "|(?:photo|image|picture)\\s+credits?(?=\\s|$)"
                       "|credits?(?=\\s|$))[\\s,.]*"),
        s_patternOptions);
    return s_pattern;
}

// Inside a piece: "and", "&", "+", "via", "photo by" and "courtesy of" join two parts ("ESA/Hubble &
// NASA", "AFP via Getty Images", "NASA photo by Bill Ingalls", "Handout courtesy of NASA"), and so does
// "on" before a photo-sharing site ("Photo by Jane Doe on Unsplash").
const QRegularExpression &joinerPattern()
{
    static const QRegularExpression s_pattern(
        QStringLiteral("\\s+(?:and|&|\\+|via|on(?=\\s+(?:unsplash|flickr|pexels|pixabay|wikimedia))"
                       "|(?:photo|photograph|picture|image|video)s?\\s+by"
                       "|(?:(?:photo|photograph|picture|image)s?\\s+)?courtesy(?:\\s+of)?)(?=\\s)"),
        s_patternOptions);
    return s_pattern;
}

const QRegularExpression &viaPattern()
{
    static const QRegularExpression s_pattern(QStringLiteral("\\s+via\\s+"), s_patternOptions);
    return s_pattern;
}

// Labels and licence notes, which name nobody: "Photo:", "Image credit:", "X-ray:", "CC BY-SA 3.0 IGO".
bool isNoise(const QString &text)
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^(?:all\\s+rights\\s+reserved|cc(?:0|\\s+by.*)|public\\s+domain|creative\\s+commons.*"
                       "|(?:photo|photograph|image|picture|video|illustration|artwork|graphic|foto|bild)s?"
                       "(?:\\s+credits?)?|credits?|courtesy|source|photographer|x-ray|optical|infrared|ultraviolet"
                       "|composite|data|(?:image\\s+)?processing|artist'?s?\\s+(?:concept|impression|illustration|"
                       "rendering))$"),
        s_patternOptions);
    return s_pattern.match(text).hasMatch();
}

// "Jane Doe, Jr.", "Maxar Technologies, Inc.": what follows a name after a comma is part of it, not a
// name of its own, and the name reads the same without it.
bool isNameSuffix(const QString &text)
{
    static const QSet<QString> s_suffixes = {"jr",   "sr", "ii",   "iii", "iv", "inc", "ltd", "llc",
                                             "corp", "co", "gmbh", "plc", "sa", "ag",  "pbc"};
    return s_suffixes.contains(AgencyNames::lookupForm(text));
}

// "for by", "and the": words that only join others name nobody (hostile or broken lines).
bool isOnlyJoiningWords(const QString &text)
{
    static const QSet<QString> s_words = {"and",  "via", "for", "by", "of", "the", "to",  "from",
                                          "with", "in",  "at",  "on", "&",  "+",   "und", "et"};
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [](const QString &word) { return s_words.contains(word); });
}

// "AP Photo", "AFP PHOTO", "Handout photo", "File Photo": the agency or role, and the word for a photo.
QString withoutPhotoWord(const QString &text)
{
    static const QRegularExpression s_pattern(QStringLiteral("\\s+(?:photo|photos|photograph|pictures?|image)$"),
                                              s_patternOptions);
    QString shorter = text;
    shorter.remove(s_pattern);
    return shorter;
}

// Roles say how a picture came to the agency, not who took it; "HO" and "STR" are AFP's short forms.
std::optional<QString> roleNamed(const QString &text)
{
    static const QHash<QString, QString> s_roles = {
        {"handout", "Handout"}, {"ho", "Handout"},  {"pool", "Pool"}, {"stringer", "Stringer"},
        {"str", "Stringer"},    {"staff", "Staff"}, {"file", "File"}, {"contributor", "Contributor"}};
    for (const QString &candidate : {text, withoutPhotoWord(text)}) {
        if (const auto it = s_roles.constFind(AgencyNames::lookupForm(candidate)); it != s_roles.constEnd())
            return *it;
    }
    return std::nullopt;
}

std::optional<QString> knownAgency(const QString &text)
{
    if (const std::optional<QString> agency = AgencyNames::canonical(text))
        return agency;
    return AgencyNames::canonical(withoutPhotoWord(text));
}

QString withoutPrefixes(QString text)
{
    for (int round = 0; round < 4; ++round) { // "Copyright © 2016", "Photo courtesy of"
        const QRegularExpressionMatch match = prefixPattern().match(text);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        text = text.mid(match.capturedLength());
    }
    return text;
}

// Quotes and stray punctuation around a part, and a leading "the", which an organisation takes in a list
// ("and the Jupiter Impact Team") but not in its name.
QString cleaned(const QString &text)
{
    static const QString s_trimmed = QStringLiteral(".,;:'\"*!?\u00AB\u00BB\u201C\u201D\u2018\u2019");
    qsizetype begin = 0, end = text.size();
    while (begin < end && (text[begin].isSpace() || s_trimmed.contains(text[begin])))
        ++begin;
    while (end > begin && (text[end - 1].isSpace() || s_trimmed.contains(text[end - 1])))
        --end;
    QString part = text.mid(begin, end - begin).simplified();
    if (part.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        part = part.mid(4);
    return part;
}

/** The parts as they are read, before the people are joined into one photographer. */
class Reading
{
public:
    void readPiece(const QString &piece);
    [[nodiscard]] CreditParts finished();

private:
    void takeClient(QString &piece);
    void readPart(const QString &part);
    bool readAgencyWithRole(const QString &part);
    void addAgency(const QString &name);
    void addPerson(const QString &person);
    void addRole(const QString &role);

    CreditParts m_parts;
    QStringList m_people;
    int m_partsRead = 0;
};

void Reading::readPiece(const QString &rawPiece)
{
    QString piece = cleaned(withoutPrefixes(rawPiece.simplified()));
    if (letterCount(piece) < 2)
        return;
    // A known name whole, before "and" splits it: "National Oceanic and Atmospheric Administration".
    if (const std::optional<QString> agency = knownAgency(piece)) {
        addAgency(*agency);
        return;
    }
    takeClient(piece);
    // The spaces around it let a piece start or end with a joiner: ", and the Hubble Heritage Team".
    for (const QString &part : (u' ' + piece + u' ').split(joinerPattern()))
        readPart(part);
}

// "Jane Doe for The New York Times": whom the picture was made for is neither agency nor person. The
// client runs to the end of the piece, or to a "via" that names the agency that sent it on.
void Reading::takeClient(QString &piece)
{
    static const QRegularExpression s_for(QStringLiteral("(?:^|\\s+)for\\s+"), s_patternOptions);
    for (auto it = s_for.globalMatch(piece); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString before = piece.first(match.capturedStart());
        if (AgencyNames::takesFor(before.section(u' ', -1)))
            continue; // "Center for Astrophysics"
        QString client = piece.mid(match.capturedEnd());
        QString rest;
        if (const QRegularExpressionMatch via = viaPattern().match(client); via.hasMatch()) {
            rest = client.mid(via.capturedStart());
            client.truncate(via.capturedStart());
        }
        client = cleaned(client);
        if (m_parts.client.isEmpty() && letterCount(client) > 1 && !isOnlyJoiningWords(client))
            m_parts.client = AgencyNames::canonical(client).value_or(client);
        piece = before + rest;
        return;
    }
}

void Reading::readPart(const QString &rawPart)
{
    const QString part = cleaned(withoutPrefixes(cleaned(rawPart)));
    if (letterCount(part) < 2 || isNoise(part) || isOnlyJoiningWords(part) || isNameSuffix(part) ||
        ++m_partsRead > CreditLine::s_maxParts)
        return;
    if (const std::optional<QString> role = roleNamed(part)) {
        addRole(*role);
        return;
    }
    if (const std::optional<QString> agency = knownAgency(part)) {
        addAgency(*agency);
        return;
    }
    if (readAgencyWithRole(part)) // "Reuters Staff", "AFP Pool", "NASA Handout"
        return;
    if (const std::optional<QString> person = PersonName::read(part)) {
        addPerson(*person);
        return;
    }
    addAgency(part); // an organisation Byline does not know, as written
}

bool Reading::readAgencyWithRole(const QString &part)
{
    const qsizetype lastSpace = part.lastIndexOf(u' ');
    if (lastSpace <= 0)
        return false;
    const std::optional<QString> role = roleNamed(part.mid(lastSpace + 1));
    const std::optional<QString> agency = role ? knownAgency(part.first(lastSpace)) : std::nullopt;
    if (!agency)
        return false;
    addAgency(*agency);
    addRole(*role);
    return true;
}

void Reading::addAgency(const QString &name)
{
    const QString form = AgencyNames::lookupForm(name);
    if (std::none_of(m_parts.agencies.cbegin(), m_parts.agencies.cend(),
                     [&](const QString &known) { return AgencyNames::lookupForm(known) == form; }))
        m_parts.agencies.append(name);
}

void Reading::addPerson(const QString &person)
{
    const QString form = AgencyNames::lookupForm(person);
    if (std::none_of(m_people.cbegin(), m_people.cend(),
                     [&](const QString &known) { return AgencyNames::lookupForm(known) == form; }))
        m_people.append(person);
}

void Reading::addRole(const QString &role)
{
    if (!m_parts.roles.contains(role))
        m_parts.roles.append(role);
}

CreditParts Reading::finished()
{
    // Two people credited together are one photographer entry: "Bill Ingalls and Aubrey Gemignani".
    if (m_people.size() > 1)
        m_parts.photographer = m_people.mid(0, m_people.size() - 1).join(QStringLiteral(", ")) +
                               QStringLiteral(" and ") + m_people.constLast();
    else if (!m_people.isEmpty())
        m_parts.photographer = m_people.constFirst();
    return m_parts;
}

} // namespace

CreditParts CreditLine::parse(const QString &credit)
{
    if (credit.size() > s_maxLength)
        return {};
    Reading reading;
    for (const QString &piece : pieces(credit))
        reading.readPiece(piece);
    return reading.finished();
}
