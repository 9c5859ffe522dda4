#include "creditlinestyle.h"

#include "controlcharacters.h"
#include "creditlabel.h"
#include "twopartcredit.h"

#include <algorithm>

namespace {

struct Named
{
    const char *name;
    CreditLineStyle::Kind kind;
    const char *pattern;
};

// The built-in styles: the three forms agency style guides use (issue 19), and Byline's own line.
const Named s_styles[] = {
    {"as-written", CreditLineStyle::Kind::AsWritten, "Credit: {credit}"},
    {"organisation-person", CreditLineStyle::Kind::OrganisationPerson, "Credit: {organisation}/{person}"},
    {"person-organisation", CreditLineStyle::Kind::PersonOrganisation, "Credit: {person}/{organisation}"},
    {"photo", CreditLineStyle::Kind::PhotoPersonOrganisation, "Photo: {person}, {organisation}"},
};

} // namespace

CreditLineStyle::CreditLineStyle(Kind kind, const QString &pattern) : m_kind(kind)
{
    m_pattern = pattern;
    for (const Named &style : s_styles) {
        if (style.kind == kind)
            m_pattern = QString::fromLatin1(style.pattern);
    }
    m_error = parse(m_pattern);
}

CreditLineStyle CreditLineStyle::fromName(const QString &nameOrPattern)
{
    if (nameOrPattern.contains(u'{'))
        return CreditLineStyle(Kind::Custom, nameOrPattern);
    const QString name =
        nameOrPattern.trimmed().toLower().replace(QStringLiteral("organization"), QStringLiteral("organisation"));
    for (const Named &style : s_styles) {
        if (name == QLatin1String(style.name))
            return CreditLineStyle(style.kind);
    }
    if (name == QLatin1String("photo-person-organisation"))
        return CreditLineStyle(Kind::PhotoPersonOrganisation);
    CreditLineStyle unknown(Kind::AsWritten);
    unknown.m_error = QStringLiteral("unknown style '%1': %2, or a pattern with {person}, {organisation} and {credit}")
                          .arg(nameOrPattern, names().join(QStringLiteral(", ")));
    return unknown;
}

QStringList CreditLineStyle::names()
{
    QStringList list;
    for (const Named &style : s_styles)
        list.append(QString::fromLatin1(style.name));
    return list;
}

QString CreditLineStyle::parse(const QString &pattern)
{
    m_parts.clear();
    if (pattern.trimmed().isEmpty())
        return QStringLiteral("the pattern is empty");
    if (pattern.size() > s_maxPatternLength)
        return QStringLiteral("the pattern is longer than %1 characters").arg(s_maxPatternLength);
    if (ControlCharacters::in(pattern))
        return QStringLiteral("a credit line is one line: the pattern holds a tab or a line break");
    const auto literal = [this](QChar c) {
        if (m_parts.isEmpty() || m_parts.constLast().kind != Part::Kind::Literal)
            m_parts.append({Part::Kind::Literal, {}});
        m_parts.last().text += c;
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < pattern.size() && pattern.at(i + 1) == c) {
            literal(c), ++i; // {{ and }} are braces
            continue;
        }
        if (c == u'}')
            return QStringLiteral("a '}' without its '{' (write }} for a brace)");
        if (c != u'{') {
            literal(c);
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i);
        if (close < 0)
            return QStringLiteral("a '{' without its '}' (write {{ for a brace)");
        const QString field = pattern.mid(i + 1, close - i - 1).trimmed().toLower();
        if (field == u"person")
            m_parts.append({Part::Kind::Person, {}});
        else if (field == u"organisation" || field == u"organization")
            m_parts.append({Part::Kind::Organisation, {}});
        else if (field == u"credit")
            m_parts.append({Part::Kind::Credit, {}});
        else
            return QStringLiteral("unknown field {%1}: use {person}, {organisation} or {credit}")
                .arg(pattern.mid(i + 1, close - i - 1));
        i = close;
    }
    const bool person = uses(Part::Kind::Person), organisation = uses(Part::Kind::Organisation);
    if (person != organisation && !uses(Part::Kind::Credit))
        return person ? QStringLiteral("the pattern has {person} but not {organisation}: a line would lose a name")
                      : QStringLiteral("the pattern has {organisation} but not {person}: a line would lose a name");
    if (!person && !organisation && !uses(Part::Kind::Credit))
        return QStringLiteral("the pattern prints no credit: use {credit}, or {person} and {organisation}");
    for (const Part &part : std::as_const(m_parts)) {
        if (part.kind != Part::Kind::Literal)
            break;
        if (part.text.trimmed().endsWith(u':'))
            m_label = part.text;
    }
    return {};
}

bool CreditLineStyle::rearranges() const
{
    return uses(Part::Kind::Person) || uses(Part::Kind::Organisation);
}

bool CreditLineStyle::uses(Part::Kind kind) const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [kind](const Part &part) { return part.kind == kind; });
}

QString CreditLineStyle::line(const QString &credit) const
{
    const QString written = credit.trimmed();
    if (written.isEmpty())
        return {};
    if (!isValid() || m_kind == Kind::AsWritten)
        return QStringLiteral("Credit: ") + written; // Byline's line, exactly as without a style
    if (!rearranges())
        return fill(written, {}, {});
    if (const std::optional<TwoPartCredit> parts = TwoPartCredit::read(written))
        return fill(written, parts->person(), parts->organisation());
    return asWritten(written);
}

QString CreditLineStyle::houseLine(const QString &houseLine) const
{
    const QString line = houseLine.trimmed();
    return line.isEmpty() ? QString() : asWritten(line);
}

// A line that starts with a label of its own ("Photo: Tim Kopra, NASA", "Image credit: ESA") gets no
// second one from the style: "Credit: Photo: ..." reads as a mistake.
QString CreditLineStyle::asWritten(const QString &text) const
{
    if (isValid() && !rearranges())
        return fill(text, {}, {});
    if (CreditLabel::startsWithLabel(text))
        return text;
    return isValid() ? m_label + text : QStringLiteral("Credit: ") + text;
}

QString CreditLineStyle::fill(const QString &credit, const QString &person, const QString &organisation) const
{
    // Each value goes in as it is, never read as a pattern again: a credit holding "{person}" stays so.
    // The pattern's label is left out when the credit right after it has one of its own ("Source:
    // {credit}" with "Photo: NASA"), so a line never carries two.
    const bool ownLabel = !m_label.isEmpty() && m_parts.size() > 1 && m_parts.at(1).kind == Part::Kind::Credit &&
                          CreditLabel::startsWithLabel(credit);
    QString line;
    for (const Part &part : m_parts.mid(ownLabel ? 1 : 0)) {
        switch (part.kind) {
        case Part::Kind::Literal:
            line += part.text;
            break;
        case Part::Kind::Person:
            line += person;
            break;
        case Part::Kind::Organisation:
            line += organisation;
            break;
        case Part::Kind::Credit:
            line += credit;
            break;
        }
    }
    return line.trimmed();
}
