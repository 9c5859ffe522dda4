#pragma once

#include <QList>
#include <QString>

/**
 * How the desk prints a credit line after a caption (docs/metadata.md, "Credit book and credit line
 * style"): as written ("Credit: NASA/Tim Kopra", Byline's line without a style), or rearranged into the
 * house form: "Credit: NASA/Tim Kopra", "Credit: Tim Kopra/NASA", "Photo: Tim Kopra, NASA", or a pattern
 * of the desk's own with {person}, {organisation} and {credit}. Only a credit that names one person and
 * one organisation (TwoPartCredit) is rearranged; any other is printed as written after the style's
 * label, so a line never loses or gains a name. A pattern that is not valid is an error value: error()
 * says why, and the style prints credits as written. Pure.
 */
class CreditLineStyle
{
public:
    enum class Kind
    {
        AsWritten,               // "Credit: " and the credit as written: Byline's line without a style
        OrganisationPerson,      // "Credit: NASA/Tim Kopra"
        PersonOrganisation,      // "Credit: Tim Kopra/NASA"
        PhotoPersonOrganisation, // "Photo: Tim Kopra, NASA"
        Custom                   // the desk's pattern
    };

    /** Longest pattern: a credit line is one line. */
    static constexpr qsizetype s_maxPatternLength = 200;

    /** @p pattern is read for Kind::Custom only. */
    explicit CreditLineStyle(Kind kind = Kind::AsWritten, const QString &pattern = {});
    /** A style by name ("as-written", "organisation-person", "person-organisation", "photo"), or, for
     *  text with a '{', a custom pattern; an unknown name is not valid. */
    [[nodiscard]] static CreditLineStyle fromName(const QString &nameOrPattern);
    /** The names fromName() knows, in Kind order (Custom has none). */
    [[nodiscard]] static QStringList names();

    [[nodiscard]] Kind kind() const { return m_kind; }
    /** The pattern the style prints with ("Credit: {organisation}/{person}"); as typed for Custom. */
    [[nodiscard]] const QString &pattern() const { return m_pattern; }
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    /** The credit line for @p credit; "" for a blank credit. */
    [[nodiscard]] QString line(const QString &credit) const;
    /** The line for a credit the desk's book gives a house form: @p houseLine after the style's label,
     *  never rearranged. */
    [[nodiscard]] QString houseLine(const QString &houseLine) const;

private:
    struct Part
    {
        enum class Kind
        {
            Literal,
            Person,
            Organisation,
            Credit
        };
        Kind kind = Kind::Literal;
        QString text; // the literal
    };

    [[nodiscard]] QString parse(const QString &pattern);
    [[nodiscard]] bool uses(Part::Kind kind) const;
    /** Whether the pattern has {person} or {organisation}: it prints only two-part credits its way. */
    [[nodiscard]] bool rearranges() const;
    [[nodiscard]] QString asWritten(const QString &text) const;
    [[nodiscard]] QString fill(const QString &credit, const QString &person, const QString &organisation) const;

    Kind m_kind = Kind::AsWritten;
    QString m_pattern;
    QString m_error;
    QList<Part> m_parts;
    QString m_label; // what a credit printed as written follows: "Credit: ", "Photo: " or ""
};
