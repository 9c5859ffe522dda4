#include "creditname.h"

#include "agencynames.h"
#include "creditline.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <vector>

namespace CreditName {

namespace {

// The organisations a name spells, each in its one spelling, when the agency table knows every one of
// them ("nasa/esa" → {"NASA", "ESA"}); nothing when any part is a name the table does not hold.
std::optional<QStringList> knownOrganisations(const QString &name)
{
    QStringList organisations;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        const std::optional<QString> canonical = AgencyNames::canonical(part);
        if (!canonical)
            return std::nullopt;
        organisations.append(*canonical);
    }
    return organisations.isEmpty() ? std::nullopt : std::optional<QStringList>(organisations);
}

} // namespace

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

QStringList agencies(const QString &credit)
{
    return CreditLine::parse(credit).agencies;
}

QStringList agencyKeys(const QString &credit)
{
    QStringList keys;
    for (const QString &agency : agencies(credit))
        keys.append(groupingKey(agency));
    keys.removeDuplicates();
    return keys;
}

QString person(const QString &credit)
{
    return CreditLine::parse(credit).photographer;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

bool probablySame(const QString &a, const QString &b)
{
    const qsizetype shorter = std::min(a.size(), b.size());
    if (shorter < s_minAliasLetters)
        return false;
    // Two agencies the table tells apart are two credits however close their letters ("ESA", "ESO").
    const std::optional<QStringList> organisationsA = knownOrganisations(a), organisationsB = knownOrganisations(b);
    if (organisationsA && organisationsB && *organisationsA != *organisationsB)
        return false;
    const int limit = shorter <= s_shortAliasLetters ? 1 : 2;
    return editDistance(a, b, limit) <= limit;
}

} // namespace CreditName
