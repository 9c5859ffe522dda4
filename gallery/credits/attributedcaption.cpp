#include "attributedcaption.h"

#include "captioncreditparser.h"
#include "creditname.h"

namespace {

// A caption that ends without punctuation gets a full stop before the credit line, as news pages print
// it ("... over western Asia. Credit: NASA"); quotes and brackets close a sentence too.
bool endsSentence(const QString &text)
{
    static const QString s_enders = QStringLiteral(".!?\u2026\u3002\uFF01\uFF1F\"'\u201D\u2019\u00BB)]");
    return !text.isEmpty() && s_enders.contains(text.back());
}

} // namespace

QString AttributedCaption::creditLine(const QString &credit)
{
    const QString trimmed = credit.trimmed();
    return trimmed.isEmpty() ? QString() : QStringLiteral("Credit: ") + trimmed;
}

QString AttributedCaption::body(const QString &caption, const QString &credit)
{
    QString body = caption.trimmed();
    if (creditLine(credit).isEmpty())
        return body;
    const std::optional<QString> own = CaptionCreditParser::trailingCredit(body);
    if (own && CreditName::groupingKey(*own) == CreditName::groupingKey(credit))
        body = CaptionCreditParser::withoutTrailingCredit(body);
    if (!body.isEmpty() && !endsSentence(body))
        body += u'.';
    return body;
}

std::optional<QString> AttributedCaption::otherCredit(const QString &caption, const QString &credit)
{
    if (credit.trimmed().isEmpty())
        return std::nullopt;
    std::optional<QString> own = CaptionCreditParser::trailingCredit(caption.trimmed());
    if (own && CreditName::groupingKey(*own) == CreditName::groupingKey(credit))
        return std::nullopt;
    return own;
}

QString AttributedCaption::compose(const QString &caption, const QString &credit)
{
    return compose(caption, credit, creditLine(credit));
}

QString AttributedCaption::compose(const QString &caption, const QString &credit, const QString &line)
{
    const QString text = body(caption, credit);
    if (line.isEmpty() || text.isEmpty())
        return line.isEmpty() ? text : line;
    return text + u' ' + line;
}
