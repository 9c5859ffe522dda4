#include "xmpboolean.h"

#include <QStringList>

namespace XmpBoolean {

QString normalised(const QString &text)
{
    static const QStringList s_true{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")};
    static const QStringList s_false{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0")};
    const QString folded = text.trimmed().toLower();
    if (s_true.contains(folded))
        return QStringLiteral("True");
    if (s_false.contains(folded))
        return QStringLiteral("False");
    return {};
}

} // namespace XmpBoolean
