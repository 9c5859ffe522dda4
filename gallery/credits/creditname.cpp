#include "creditname.h"

#include <QRegularExpression>

namespace CreditName {

QString groupingKey(const QString &credit)
{
    static const QRegularExpression spacedSlash(QStringLiteral("\\s*/\\s*"));
    QString key = credit.simplified().toCaseFolded();
    key.replace(spacedSlash, QStringLiteral("/"));
    const auto isSurroundingPunctuation = [](QChar c) { return c.isPunct() || c.isSpace(); };
    qsizetype begin = 0, end = key.size();
    while (begin < end && isSurroundingPunctuation(key[begin]))
        ++begin;
    while (end > begin && isSurroundingPunctuation(key[end - 1]))
        --end;
    return key.mid(begin, end - begin);
}

} // namespace CreditName
