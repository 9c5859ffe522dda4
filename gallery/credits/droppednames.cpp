#include "droppednames.h"

#include "agencynames.h"
#include "creditline.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// Who a credit line names: its organisations, each person ("A and B" is two), and the client.
QStringList namesIn(const CreditParts &parts)
{
    QStringList names = parts.agencies;
    if (!parts.photographer.isEmpty())
        names += parts.photographer.split(QStringLiteral(" and "), Qt::SkipEmptyParts);
    if (!parts.client.isEmpty())
        names.append(parts.client);
    for (QString &name : names)
        name = name.trimmed();
    names.removeDuplicates();
    return names;
}

// Whether @p text (a lookup form) holds the words of @p name (another) whole: "jpl" is not in "jpl caltech".
bool holdsWords(const QString &text, const QString &name)
{
    if (name.isEmpty())
        return true;
    const QRegularExpression words(
        QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(QRegularExpression::escape(name)),
        QRegularExpression::UseUnicodePropertiesOption);
    return words.match(text).hasMatch();
}

} // namespace

QStringList DroppedNames::of(const QString &credit, const QString &line)
{
    if (line.trimmed().isEmpty())
        return {};
    QSet<QString> printed;
    for (const QString &name : namesIn(CreditLine::parse(line)))
        printed.insert(AgencyNames::lookupForm(name));
    const QString printedText = AgencyNames::lookupForm(line);
    QStringList dropped;
    for (const QString &name : namesIn(CreditLine::parse(credit))) {
        const QString form = AgencyNames::lookupForm(name);
        if (!printed.contains(form) && !holdsWords(printedText, form))
            dropped.append(name);
    }
    return dropped;
}
