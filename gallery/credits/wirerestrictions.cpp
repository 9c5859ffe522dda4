#include "wirerestrictions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

using Re = QRegularExpression;

// Words may be split by spaces, hyphens or underscores ("NO-SALES", "MANDATORY_CREDIT"), as wire systems
// that strip spaces write them; \b keeps "embargo" out of a longer word that only contains it.
const Re s_embargo(QStringLiteral(R"(\bembargo)"), Re::CaseInsensitiveOption);
const Re s_noSales(QStringLiteral(R"(\bno[\s_-]+(?:third[\s_-]+party[\s_-]+)?(?:re)?sales?\b|)"
                                  R"(\bnot[\s_-]+for[\s_-]+(?:re)?sale\b)"),
                   Re::CaseInsensitiveOption);
const Re s_mandatoryCredit(QStringLiteral(R"(\bmandatory[\s_-]+(?:on[\s_-]*screen[\s_-]+)?credit|)"
                                          R"(\bcredit[\s_-]+(?:is[\s_-]+)?mandatory\b)"),
                           Re::CaseInsensitiveOption);
const Re s_noArchive(QStringLiteral(R"(\bno[\s_-]+archiv(?:e|es|ing)\b|\bnot[\s_-]+for[\s_-]+archiv)"),
                     Re::CaseInsensitiveOption);
const Re s_editorialOnly(QStringLiteral(R"(\beditorial[\s_-]+(?:use[\s_-]+)?only\b|\bfor[\s_-]+editorial[\s_-]+use\b)"),
                         Re::CaseInsensitiveOption);
// Where a clause of the instructions ends: " - " between notices, a full stop or semicolon before a space
// or the end, a new line. "16.23 GMT" keeps its dot.
const QString s_clauseEnd = QStringLiteral(R"((?=\s+-+\s|[.;](?:\s|$)|\n|$))");
// "EMBARGOED UNTIL 0001 GMT 1 APRIL 2016", "Embargo: 16:23 GMT", "EMBARGOED 1200 GMT - NO SALES": the time,
// after "until"/"till", or a figure right after the word.
const Re s_embargoUntil(QStringLiteral(R"(\bembargo(?:ed)?\b\W{0,3}(?:(?:until|till)\b\W{0,2}(.+?)|(\d.*?)))") +
                            s_clauseEnd,
                        Re::CaseInsensitiveOption);
// "MANDATORY CREDIT: Photo by J. Smith/AP": whom to credit, after a colon only ("MANDATORY CREDIT - NO SALES"
// lists notices). A credit holds initials ("J. Smith"), so only a full stop before a word in capitals
// ("... /AP. NO SALES") or the end, a semicolon, " - " or a new line ends it.
const Re s_mandatoryCreditTo(QStringLiteral(R"(\bmandatory[\s_-]+(?:on[\s_-]*screen[\s_-]+)?credit\s*:\s*)"
                                            R"((.+?)(?=\s+-+\s|;|\n|\.\s+(?-i:\p{Lu}{2})|\.?\s*$))"),
                             Re::CaseInsensitiveOption);
// "OUT: FRANCE, BELGIUM", "OUTS: UK" (the agencies' territories a photo must not be used in).
const Re s_outs(QStringLiteral(R"(\bouts?\s*:\s*(.+?))") + s_clauseEnd, Re::CaseInsensitiveOption);

// A captured clause as a tile shows it: one line, and never more than a short phrase.
QString clause(const QString &text)
{
    constexpr qsizetype s_longest = 40;
    const QString simple = text.simplified();
    if (simple.size() <= s_longest)
        return simple;
    QString cut = simple.left(s_longest - 1);
    if (const qsizetype space = cut.lastIndexOf(u' '); space > s_longest / 2)
        cut.truncate(space); // at a word, not inside one
    return cut + QChar(0x2026);
}

} // namespace

WireRestrictions WireRestrictions::of(const QString &instructions)
{
    if (instructions.isEmpty())
        return {};
    WireRestrictions found;
    found.embargo = s_embargo.match(instructions).hasMatch();
    found.noSales = s_noSales.match(instructions).hasMatch();
    found.mandatoryCredit = s_mandatoryCredit.match(instructions).hasMatch();
    found.noArchive = s_noArchive.match(instructions).hasMatch();
    found.editorialOnly = s_editorialOnly.match(instructions).hasMatch();
    if (found.embargo) {
        const QRegularExpressionMatch until = s_embargoUntil.match(instructions);
        found.embargoUntil = clause(until.captured(1).isEmpty() ? until.captured(2) : until.captured(1));
    }
    found.outs = clause(s_outs.match(instructions).captured(1));
    if (found.mandatoryCredit)
        found.mandatoryCreditTo = clause(s_mandatoryCreditTo.match(instructions).captured(1));
    return found;
}

WireRestrictions WireRestrictions::of(const QString &instructions, const QString &otherStore)
{
    if (otherStore.isEmpty())
        return of(instructions);
    const WireRestrictions shown = of(instructions);
    const WireRestrictions other = of(otherStore);
    WireRestrictions both;
    both.embargo = shown.embargo || other.embargo;
    both.noSales = shown.noSales || other.noSales;
    both.mandatoryCredit = shown.mandatoryCredit || other.mandatoryCredit;
    both.noArchive = shown.noArchive || other.noArchive;
    both.editorialOnly = shown.editorialOnly || other.editorialOnly;
    both.embargoUntil = shown.embargoUntil.isEmpty() ? other.embargoUntil : shown.embargoUntil;
    both.outs = shown.outs.isEmpty() ? other.outs : shown.outs;
    both.mandatoryCreditTo = shown.mandatoryCreditTo.isEmpty() ? other.mandatoryCreditTo : shown.mandatoryCreditTo;
    return both;
}

bool WireRestrictions::contradicts(const QString &credit) const
{
    if (mandatoryCreditTo.isEmpty())
        return false;
    // The named credit may be cut to a phrase (clause()): compare without its ellipsis.
    QString named = mandatoryCreditTo;
    if (named.endsWith(QChar(0x2026)))
        named.chop(1);
    const QString given = credit.simplified();
    return given.isEmpty() ||
           (!named.contains(given, Qt::CaseInsensitive) && !given.contains(named, Qt::CaseInsensitive));
}

QString WireRestrictions::summaryAgainst(const QString &credit) const
{
    QString found = summary();
    if (!contradicts(credit))
        return found;
    const QString mandatory =
        QCoreApplication::translate("WireRestrictions", "Mandatory credit: %1").arg(mandatoryCreditTo);
    const QString given = credit.simplified();
    // The one-pass arg(a, b): a "%2" in the credit is never read as a place-marker.
    const QString said =
        given.isEmpty() ? QCoreApplication::translate("WireRestrictions", "%1 (the photo has no credit)").arg(mandatory)
                        : QCoreApplication::translate("WireRestrictions", "%1 (credited %2)").arg(mandatory, given);
    found.replace(mandatory, said);
    return found;
}

QString WireRestrictions::summary() const
{
    QStringList found;
    if (embargo)
        found.append(embargoUntil.isEmpty()
                         ? QCoreApplication::translate("WireRestrictions", "Embargo")
                         : QCoreApplication::translate("WireRestrictions", "Embargo until %1").arg(embargoUntil));
    if (noSales)
        found.append(QCoreApplication::translate("WireRestrictions", "No sales"));
    if (noArchive)
        found.append(QCoreApplication::translate("WireRestrictions", "No archive"));
    if (!outs.isEmpty())
        found.append(QCoreApplication::translate("WireRestrictions", "Out: %1").arg(outs));
    if (mandatoryCredit)
        found.append(
            mandatoryCreditTo.isEmpty()
                ? QCoreApplication::translate("WireRestrictions", "Mandatory credit")
                : QCoreApplication::translate("WireRestrictions", "Mandatory credit: %1").arg(mandatoryCreditTo));
    if (editorialOnly)
        found.append(QCoreApplication::translate("WireRestrictions", "Editorial use only"));
    return found.join(QStringLiteral(" \u00B7 "));
}
