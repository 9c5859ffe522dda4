#include "captioncreditparser.h"

#include <QRegularExpression>

namespace {

// The labels, longest first so "Photo credit:" is not read as "Photo" + "credit: ...".
const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:(?:photo|image)\\s+credit\\s*:|credit\\s*:|photo\\s*:|courtesy\\s+of\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u'\u00BB' || c == u'\u201C';
}

// The label must start the caption or follow a sentence end, a closing quote, a line break or an
// opening parenthesis (spaces in between allowed): "The credit: union crews ..." is prose.
bool startsCreditLine(const QString &caption, qsizetype labelStart)
{
    qsizetype i = labelStart - 1;
    while (i >= 0 && caption[i].isSpace() && caption[i] != u'\n')
        --i;
    if (i < 0)
        return true;
    const QChar before = caption[i];
    return isSentenceEnd(before) || isClosingQuote(before) || before == u'\n' || before == u'(';
}

bool isAbbreviation(const QString &word)
{
    // "S. Corvaja", "Jr.", "Inc.": a short capitalised word before the full stop is an initial or an
    // abbreviation, not the end of a sentence.
    return !word.isEmpty() && word.size() <= 3 && word[0].isUpper();
}

// A name, not prose: no line break and no sentence break inside.
bool isNameLike(const QString &credit)
{
    if (credit.isEmpty() || credit.size() > CaptionCreditParser::s_maxCreditLength || credit.contains(u'\n'))
        return false;
    for (qsizetype i = 0; i + 1 < credit.size(); ++i) {
        if (!isSentenceEnd(credit[i]) || !credit[i + 1].isSpace())
            continue;
        if (credit[i] != u'.')
            return false;
        qsizetype wordStart = i;
        while (wordStart > 0 && credit[wordStart - 1].isLetter())
            --wordStart;
        if (!isAbbreviation(credit.mid(wordStart, i - wordStart)))
            return false;
    }
    return true;
}

QString stripTrailing(QString credit, bool openedParenthesis)
{
    credit = credit.trimmed();
    if (credit.endsWith(u'.'))
        credit.chop(1);
    credit = credit.trimmed();
    // A closing parenthesis belongs to the credit line when it closes one opened before the label.
    if (credit.endsWith(u')') && (openedParenthesis || credit.count(u')') > credit.count(u'('))) {
        credit.chop(1);
        credit = credit.trimmed();
        if (credit.endsWith(u'.'))
            credit.chop(1);
    }
    return credit.trimmed();
}

} // namespace

std::optional<QString> CaptionCreditParser::trailingCredit(const QString &caption)
{
    QList<QRegularExpressionMatch> labels;
    for (auto it = labelPattern().globalMatch(caption); it.hasNext();)
        labels.append(it.next());
    // The credit line is the last one; an earlier label is part of the caption.
    for (auto match = labels.crbegin(); match != labels.crend(); ++match) {
        const qsizetype start = match->capturedStart();
        if (!startsCreditLine(caption, start))
            continue;
        qsizetype before = start - 1;
        while (before >= 0 && caption[before].isSpace())
            --before;
        const bool openedParenthesis = before >= 0 && caption[before] == u'(';
        const QString credit = stripTrailing(caption.mid(match->capturedEnd()), openedParenthesis);
        if (isNameLike(credit))
            return credit;
        return std::nullopt; // the trailing text after the last credit label is not a name
    }
    return std::nullopt;
}
