#include "personname.h"

#include "agencynames.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

// A given name to a family name with particles and initials between: "Juan Carlos de la Cruz" is five.
constexpr qsizetype s_maxWords = 6;

// Military and academic ranks that US government credits put before the name ("U.S. Air Force photo by
// Airman 1st Class Jane Doe"): the person is the name, not the rank.
const QRegularExpression &rankPattern()
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^(?:(?:senior|staff|master|tech|chief|command)\\.?\\s+)*"
                       "(?:sgt|sergeant|airman|petty\\s+officer|mass\\s+communication\\s+specialist|specialist|spc|pfc|"
                       "cpl|corporal|lt|lieutenant|capt|captain|maj|cmdr|commander|ensign|seaman|dr|prof|professor)\\.?"
                       "(?:\\s+(?:1st|2nd|3rd|first|second|third)\\s+class)?\\s+(?=\\S)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return s_pattern;
}

// Letters, then letters, marks, apostrophes, full stops or hyphens: "O'Brien", "Jean-Luc", "L.", "Calçada".
const QRegularExpression &nameWordPattern()
{
    static const QRegularExpression s_pattern(QStringLiteral("^\\p{L}[\\p{L}\\p{M}'\u2019.\\-]*$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    return s_pattern;
}

// "S.Corvaja": an initial glued to the family name, as some space-agency credits write it.
const QRegularExpression &gluedInitialPattern()
{
    static const QRegularExpression s_pattern(QStringLiteral("^\\p{L}\\.\\p{L}{2,}$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    return s_pattern;
}

bool isParticle(const QString &form)
{
    static const QSet<QString> s_particles = {"van", "von", "der",   "den", "de",  "da", "das", "do", "dos",
                                              "di",  "del", "della", "des", "du",  "la", "le",  "lo", "bin",
                                              "ibn", "al",  "el",    "ter", "ten", "zu", "af",  "av", "st"};
    return s_particles.contains(form);
}

bool isSuffix(const QString &form)
{
    return form == u"jr" || form == u"sr" || form == u"ii" || form == u"iii" || form == u"iv";
}

// Words that join the words of an organisation's name, never a person's: "University of Arizona".
bool isJoiningWord(const QString &form)
{
    static const QSet<QString> s_words = {"of", "the", "and", "for", "in",   "at",
                                          "on", "und", "et",  "to",  "from", "with"};
    return s_words.contains(form);
}

qsizetype letterCount(const QString &word)
{
    return std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
}

bool isInitial(const QString &word)
{
    return letterCount(word) == 1 || (word.contains(u'.') && letterCount(word) <= 2);
}

bool isNameWords(const QStringList &words)
{
    if (words.size() < 2 || words.size() > s_maxWords)
        return false;
    bool hasName = false;
    for (const QString &word : words) {
        const QString form = AgencyNames::lookupForm(word);
        if (!nameWordPattern().match(word).hasMatch() || isJoiningWord(form) || AgencyNames::isOrganisationWord(word))
            return false;
        if (!isParticle(form) && !isSuffix(form) && !isInitial(word))
            hasName = true;
    }
    return hasName && !isParticle(AgencyNames::lookupForm(words.constLast()));
}

} // namespace

std::optional<QString> PersonName::read(const QString &text)
{
    const QString name = text.simplified();
    if (gluedInitialPattern().match(name).hasMatch())
        return name;
    QString withoutRank = name;
    withoutRank.remove(rankPattern());
    for (const QString &candidate : {withoutRank, name}) {
        if (isNameWords(candidate.split(u' ', Qt::SkipEmptyParts)))
            return candidate;
    }
    return std::nullopt;
}
