#include "captioncreditparser.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// The labels, longest first so "Photo credit:" is not read as "Photo" + "credit: ...".
const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "\\b(?:(?:photo|image)\\s+credit\\s*:|(?:mandatory\\s+)?credit\\s*:|photo\\s*:|courtesy\\s+of\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// One wire notice at the end of a text, with the punctuation that sets it off ("Energia - MANDATORY
// CREDIT", "NASA. EDITORIAL USE ONLY.", "(NO SALES)"): agencies and desks append them after the credit
// line, and they are restrictions, not part of the name.
const QRegularExpression &trailingNoticePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "[\\s.,;:|/\\-\\x{2013}\\x{2014}(\\[]*\\b(?:mandatory\\s+credit|(?:for\\s+)?editorial\\s+use\\s+only|"
            "no\\s+(?:sales|resales|archives?|marketing|advertising|commercial\\s+use|"
            "third[\\s-]+party\\s+sales|mags|magazines|books|tv|internet)|(?:mags|tv|internet)\\s+out)"
            "\\b[\\s.!)\\]]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Where the wire notices that end @p text start (its size when it ends with none).
qsizetype noticesStart(const QString &text)
{
    qsizetype end = text.size();
    for (QRegularExpressionMatch match = trailingNoticePattern().match(QStringView(text).first(end));
         match.hasMatch() && match.capturedStart() < end;
         match = trailingNoticePattern().match(QStringView(text).first(end)))
        end = match.capturedStart();
    return end;
}

// Latin and CJK sentence ends (captions mix both: "...撮影。 Photo Credit: NASA").
bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u3002' || c == u'\uFF01' ||
           c == u'\uFF1F' || c == u'\uFF0E';
}

bool isLineBreak(QChar c)
{
    // Photoshop and classic Mac tools end IPTC caption lines with CR.
    return c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029';
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u'\u00BB' || c == u'\u300D' ||
           c == u'\u300F';
}

// The label must start the caption or follow a sentence end, a closing quote, a line break or an
// opening parenthesis (spaces in between allowed): "The credit: union crews ..." is prose.
bool startsCreditLine(const QString &caption, qsizetype labelStart)
{
    qsizetype i = labelStart - 1;
    while (i >= 0 && caption[i].isSpace() && !isLineBreak(caption[i]))
        --i;
    if (i < 0)
        return true;
    const QChar before = caption[i];
    return isSentenceEnd(before) || isClosingQuote(before) || isLineBreak(before) || before == u'(';
}

bool isAbbreviation(const QString &word)
{
    // "S. Corvaja", "U.S.": an initial; "Jr.", "Inc.": a short list of name suffixes and titles.
    static const QStringList s_abbreviations = {QStringLiteral("jr"),  QStringLiteral("sr"), QStringLiteral("inc"),
                                                QStringLiteral("ltd"), QStringLiteral("co"), QStringLiteral("corp"),
                                                QStringLiteral("st"),  QStringLiteral("dr"), QStringLiteral("mr"),
                                                QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("bros")};
    return (word.size() == 1 && word[0].isLetter()) || s_abbreviations.contains(word.toLower());
}

// A name, not prose: no line break and no sentence break inside.
bool isNameLike(const QString &credit)
{
    if (credit.isEmpty() || credit.size() > CaptionCreditParser::s_maxCreditLength)
        return false;
    // "Photo: 2016" dates the picture; a name has a letter.
    if (std::none_of(credit.cbegin(), credit.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    for (qsizetype i = 0; i < credit.size(); ++i) {
        if (isLineBreak(credit[i]))
            return false;
        if (i + 1 == credit.size() || !isSentenceEnd(credit[i]) || !credit[i + 1].isSpace())
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

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

// "NASA/Bill Ingalls (3 March 2016)": a closing remark in parentheses with a figure in it (a date, a
// mission, a frame number) says when or what, not who; a desk's template appends such lines.
QString withoutDatedRemark(const QString &credit)
{
    if (!credit.endsWith(u')'))
        return credit;
    const qsizetype open = credit.lastIndexOf(u'(');
    if (open <= 0)
        return credit;
    const QStringView remark = QStringView(credit).sliced(open);
    if (!std::any_of(remark.begin(), remark.end(), [](QChar c) { return c.isDigit(); }))
        return credit;
    return credit.first(open).trimmed();
}

// The credit text after the label. "(Photo: X)" must close right at the end of the caption, and
// "Credit: (X)" wraps the name itself; an unclosed "(Photo: X" is taken as written.
std::optional<QString> creditText(const QString &rest, bool openedParenthesis)
{
    QString credit = withoutFinalStop(rest);
    if (openedParenthesis) {
        const qsizetype close = credit.indexOf(u')');
        if (close >= 0 && close != credit.size() - 1)
            return std::nullopt; // "Rollout (Credit: NASA) at dawn." is mid-caption
        if (close >= 0)
            credit.chop(1);
        credit = withoutFinalStop(credit);
    }
    if (credit.startsWith(u'(') && credit.endsWith(u')') && credit.count(u'(') == 1)
        credit = credit.mid(1, credit.size() - 2).trimmed();
    credit = withoutDatedRemark(credit);
    if (!isNameLike(credit))
        return std::nullopt;
    return credit;
}

bool followsOpeningParenthesis(const QString &caption, qsizetype labelStart)
{
    qsizetype before = labelStart - 1;
    while (before >= 0 && caption[before].isSpace())
        --before;
    return before >= 0 && caption[before] == u'(';
}

struct CreditLine
{
    qsizetype start = 0; // where the line starts: its label, or the parenthesis before it
    qsizetype end = 0;   // where it ends: the caption's end, or the wire notices after it
    QString credit;
};

// "Credit:" and its longer forms, as against "Photo:" and "Courtesy of", which also start prose ("Photo:
// archive picture.").
bool isCreditLabel(const QRegularExpressionMatch &label)
{
    return label.captured().contains(QLatin1String("credit"), Qt::CaseInsensitive);
}

std::optional<CreditLine> findCreditLine(const QString &caption)
{
    QList<QRegularExpressionMatch> labels;
    for (auto it = labelPattern().globalMatch(caption); it.hasNext();)
        labels.append(it.next());
    // A caption of several pictures credits each ("Left: … Credit: NASA. Right: … Credit: ESA"): the
    // last line is one picture's credit, not the photo's, so the caption gives none.
    const auto creditLines = std::count_if(labels.cbegin(), labels.cend(), [&](const QRegularExpressionMatch &label) {
        return isCreditLabel(label) && startsCreditLine(caption, label.capturedStart());
    });
    if (creditLines > 1)
        return std::nullopt;
    // The credit line is the last one; an earlier label is part of the caption.
    for (auto match = labels.crbegin(); match != labels.crend(); ++match) {
        const qsizetype start = match->capturedStart();
        if (!startsCreditLine(caption, start))
            continue;
        const bool parenthesis = followsOpeningParenthesis(caption, start);
        const QString rest = caption.sliced(match->capturedEnd());
        const qsizetype notices = noticesStart(rest);
        const std::optional<QString> credit = creditText(rest.first(notices), parenthesis);
        if (!credit)
            return std::nullopt;
        return CreditLine{parenthesis ? caption.lastIndexOf(u'(', start) : start, match->capturedEnd() + notices,
                          *credit};
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> CaptionCreditParser::trailingCredit(const QString &caption)
{
    if (const std::optional<CreditLine> line = findCreditLine(caption))
        return line->credit;
    return std::nullopt;
}

int CaptionCreditParser::creditLabelCount(const QString &caption)
{
    int count = 0;
    for (auto it = labelPattern().globalMatch(caption); it.hasNext();)
        count += startsCreditLine(caption, it.next().capturedStart()) ? 1 : 0;
    return count;
}

QString CaptionCreditParser::withoutTrailingCredit(const QString &caption)
{
    const std::optional<CreditLine> line = findCreditLine(caption);
    if (!line)
        return caption.trimmed();
    // Wire notices after the line ("MANDATORY CREDIT") are the author's restrictions: they stay.
    const QString before = caption.first(line->start).trimmed();
    QString notices = caption.sliced(line->end);
    while (!notices.isEmpty() &&
           (notices.front().isSpace() || QStringLiteral(".,;:|/-\u2013\u2014").contains(notices.front())))
        notices.remove(0, 1);
    notices = notices.trimmed();
    return before.isEmpty() || notices.isEmpty() ? before + notices : before + u' ' + notices;
}

QString CaptionCreditParser::withTrailingCredit(const QString &caption, const QString &credit)
{
    const std::optional<CreditLine> line = findCreditLine(caption);
    if (!line)
        return caption;
    // The credit is the line's last words; what follows it (a full stop, a parenthesis) stays.
    const qsizetype at = caption.first(line->end).lastIndexOf(line->credit);
    if (at < line->start)
        return caption;
    return caption.first(at) + credit + caption.sliced(at + line->credit.size());
}
