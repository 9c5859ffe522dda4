#include "creditfacetbuilder.h"

#include "credits/creditname.h"
#include "photofiltermodel.h"
#include "photomodel.h"

#include <QHash>

#include <algorithm>

namespace {

using Facet = CreditFacetBuilder::Facet;

struct Tally
{
    int count = 0, embedded = 0, inferred = 0, total = 0; // total: in the whole folder, for suggestions
};

// Counts per effective credit id; index size() holds the photos without a credit.
QList<Tally> tallies(const PhotoModel &photos, const PhotoFilterModel &filter)
{
    const CreditIndex &credits = photos.credits();
    QList<Tally> result(credits.size() + 1);
    for (int row = 0; row < photos.rowCount(); ++row) {
        const int id = photos.effectiveCreditId(row);
        Tally &tally = result[id < 0 ? credits.size() : id];
        ++tally.total;
        if (!filter.matchesSearch(row))
            continue;
        ++tally.count;
        const bool inferred = photos.row(row).creditSource() == CreditSource::Caption;
        tally.inferred += inferred ? 1 : 0;
        tally.embedded += (id >= 0 && !inferred) ? 1 : 0;
    }
    return result;
}

QString personKey(const QString &key)
{
    return CreditName::person(key);
}

QString agencyPart(const QString &key)
{
    return CreditName::agencies(key).join(u'/');
}

// Which of two near-duplicates is the misspelling: the rarer one, then the one only inferred from
// captions, then the alphabetically later.
bool isAliasOf(int candidate, int other, const QList<Tally> &counts, const CreditIndex &credits)
{
    const Tally &a = counts[candidate], &b = counts[other];
    if (a.total != b.total)
        return a.total < b.total;
    if (a.embedded != b.embedded)
        return a.embedded < b.embedded;
    return credits.group(candidate).key > credits.group(other).key;
}

int suggestedCanonical(int id, const QList<int> &present, const QList<Tally> &counts, const CreditIndex &credits)
{
    const QString key = credits.group(id).key;
    const QString person = personKey(key);
    if (person.size() < 4)
        return -1; // short names are too close to everything
    for (const int other : present) {
        const QString otherKey = credits.group(other).key;
        if (other == id || agencyPart(otherKey) != agencyPart(key))
            continue;
        if (CreditName::editDistance(person, personKey(otherKey), CreditFacetBuilder::s_maxAliasDistance) <=
                CreditFacetBuilder::s_maxAliasDistance &&
            isAliasOf(id, other, counts, credits))
            return other;
    }
    return -1;
}

Facet creditFacet(int id, int depth, const QList<Tally> &counts, const CreditIndex &credits)
{
    Facet facet;
    facet.key = credits.group(id).key;
    facet.name = credits.displayName(id);
    facet.count = counts[id].count;
    facet.embedded = counts[id].embedded;
    facet.inferred = counts[id].inferred;
    facet.depth = depth;
    facet.kind = CreditFacetModel::Kind::Credit;
    return facet;
}

bool byCountThenName(const Facet &a, const Facet &b)
{
    return a.count != b.count ? a.count > b.count : a.name.localeAwareCompare(b.name) < 0;
}

// The agency's name as the files spell it: the matching part of one of its credits' display names.
QString agencyName(const QString &agencyKey, const QList<int> &members, const CreditIndex &credits)
{
    for (const int id : members) {
        for (const QString &part : credits.displayName(id).split(u'/')) {
            if (CreditName::groupingKey(part) == agencyKey)
                return part.trimmed();
        }
    }
    return agencyKey;
}

} // namespace

QList<Facet> CreditFacetBuilder::build(const PhotoModel &photos, const PhotoFilterModel &filter)
{
    const CreditIndex &credits = photos.credits();
    const QList<Tally> counts = tallies(photos, filter);
    const QStringList selected = filter.selectedCredits();
    // Canonical credits shown: with photos under the search, or selected (so they can be unselected).
    QList<int> present;
    for (int id = 0; id < credits.size(); ++id) {
        if (credits.effective(id) == id && (counts[id].count > 0 || selected.contains(credits.group(id).key)))
            present.append(id);
    }
    QHash<QString, QList<int>> byAgency;
    QList<Facet> topLevel;
    for (const int id : std::as_const(present)) {
        const QStringList agencies = credits.group(id).agencyKeys;
        for (const QString &agency : agencies)
            byAgency[agency].append(id);
        if (agencies.isEmpty())
            topLevel.append(creditFacet(id, 0, counts, credits));
    }
    // A plain "NASA" credit belongs in the NASA agency group rather than beside it.
    topLevel.removeIf([&](const Facet &facet) {
        if (!byAgency.contains(facet.key))
            return false;
        byAgency[facet.key].prepend(credits.idOf(facet.key));
        return true;
    });
    QHash<QString, QList<Facet>> children;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        Facet agency;
        agency.key = PhotoFilterModel::s_agencyPrefix + it.key();
        agency.name = agencyName(it.key(), it.value(), credits);
        agency.kind = CreditFacetModel::Kind::Agency;
        for (const int id : it.value()) {
            agency.count += counts[id].count, agency.embedded += counts[id].embedded,
                agency.inferred += counts[id].inferred;
            children[agency.key].append(creditFacet(id, 1, counts, credits));
        }
        topLevel.append(agency);
    }
    std::sort(topLevel.begin(), topLevel.end(), byCountThenName);
    QList<Facet> facets;
    for (const Facet &top : std::as_const(topLevel)) {
        facets.append(top);
        QList<Facet> members = children.value(top.key);
        std::sort(members.begin(), members.end(), byCountThenName);
        facets += members;
    }
    for (Facet &facet : facets) {
        if (facet.kind != CreditFacetModel::Kind::Credit)
            continue;
        if (const int canonical = suggestedCanonical(credits.idOf(facet.key), present, counts, credits);
            canonical >= 0) {
            facet.aliasOfKey = credits.group(canonical).key;
            facet.aliasOfName = credits.displayName(canonical);
        }
    }
    const Tally &none = counts.last();
    if (none.count > 0 || selected.contains(PhotoFilterModel::s_noCreditKey))
        facets.append(Facet{PhotoFilterModel::s_noCreditKey,
                            QObject::tr("No credit"),
                            none.count,
                            0,
                            0,
                            0,
                            CreditFacetModel::Kind::NoCredit,
                            {},
                            {}});
    return facets;
}
