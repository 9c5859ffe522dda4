#include "creditlabel.h"

#include <QRegularExpression>

qsizetype CreditLabel::length(const QString &text)
{
    // The labels of credit lines in the wild, in English and the two other languages desks send most;
    // "Photographer:" and "Photo by" are not labels: they introduce a name that must stay.
    static const QRegularExpression s_label(
        QStringLiteral("^(?:(?:photo|photograph|image|picture|foto|bild)(?:\\s+credits?)?|credits?|source)\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = s_label.match(text);
    return match.hasMatch() ? match.capturedLength() : 0;
}
