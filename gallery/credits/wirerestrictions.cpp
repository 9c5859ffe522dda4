#include "wirerestrictions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Words may be split by spaces, hyphens or underscores ("NO-SALES", "MANDATORY_CREDIT"), as wire systems
// that strip spaces write them; \b keeps "embargo" out of a longer word that only contains it.
const QRegularExpression s_embargo(QStringLiteral(R"(\bembargo)"), QRegularExpression::CaseInsensitiveOption);
const QRegularExpression s_noSales(QStringLiteral(R"(\bno[\s_-]+(?:third[\s_-]+party[\s_-]+)?(?:re)?sales?\b|)"
                                                  R"(\bnot[\s_-]+for[\s_-]+(?:re)?sale\b)"),
                                   QRegularExpression::CaseInsensitiveOption);
const QRegularExpression s_mandatoryCredit(QStringLiteral(R"(\bmandatory[\s_-]+(?:on[\s_-]*screen[\s_-]+)?credit|)"
                                                          R"(\bcredit[\s_-]+(?:is[\s_-]+)?mandatory\b)"),
                                           QRegularExpression::CaseInsensitiveOption);

} // namespace

WireRestrictions WireRestrictions::of(const QString &instructions)
{
    if (instructions.isEmpty())
        return {};
    return {s_embargo.match(instructions).hasMatch(), s_noSales.match(instructions).hasMatch(),
            s_mandatoryCredit.match(instructions).hasMatch()};
}

QString WireRestrictions::summary() const
{
    QStringList found;
    if (embargo)
        found.append(QCoreApplication::translate("WireRestrictions", "Embargo"));
    if (noSales)
        found.append(QCoreApplication::translate("WireRestrictions", "No sales"));
    if (mandatoryCredit)
        found.append(QCoreApplication::translate("WireRestrictions", "Mandatory credit"));
    return found.join(QStringLiteral(" \u00B7 "));
}
