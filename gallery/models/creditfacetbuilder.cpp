#include "creditfacetbuilder.h"

#include "credits/creditname.h"
#include "credits/credittally.h"
#include "photofiltermodel.h"
#include "photomodel.h"

#include <QHash>

#include <algorithm>

namespace {

using Facet = CreditFacetBuilder::Facet;

// Two tallies of one folder: the photos the search lets through, which the facets count, and all of
// them, which decide which of two near-duplicate credits is the misspelling.
struct Tallies
{
    CreditTally shown;
    CreditTally all;
};

Tallies tallies(const PhotoModel &photos, const PhotoFilterModel &filter)
{
    Tallies result;
    for (int row = 0; row < photos.rowCount(); ++row) {
        const int id = photos.effectiveCreditId(row);
        const bool inferred = photos.row(row).creditSource() == CreditSource::Caption;
        result.all.add(id, inferred);
        if (filter.matchesSearch(row))
            result.shown.add(id, inferred);
    }
    return result;
}

// What two near-duplicates are compared by: the person, among credits with the same agencies ("NASA/Tim
// Copra", "NASA/Tim Kopra"); a credit that names nobody, by its whole key ("Energia", "Enegria").
QString personKey(const CreditIndex::Group &group)
{
    return group.person.isEmpty() ? group.key : group.person;
}

QString agencyPart(const CreditIndex::Group &group)
{
    return group.person.isEmpty() ? QString() : group.agencyKeys.join(u'/');
}

// A credit that names one agency and nobody ("NASA", "AP Photo", "Courtesy of Energia") is that agency's
// own credit: it joins the agency's group when other credits make one, and stands alone otherwise.
bool isAgencyOnly(int id, const CreditIndex &credits)
{
    return credits.group(id).agencyKeys.size() == 1 && credits.group(id).person.isEmpty();
}

// Which of two near-duplicates is the misspelling: the rarer one, then the one only inferred from
// captions, then the alphabetically later.
bool isAliasOf(int candidate, int other, const Tallies &counts, const CreditIndex &credits)
{
    const int totalA = counts.all.of(candidate).photos, totalB = counts.all.of(other).photos;
    if (totalA != totalB)
        return totalA < totalB;
    const int embeddedA = counts.shown.of(candidate).embedded, embeddedB = counts.shown.of(other).embedded;
    if (embeddedA != embeddedB)
        return embeddedA < embeddedB;
    return credits.group(candidate).key > credits.group(other).key;
}

int suggestedCanonical(int id, const QList<int> &present, const Tallies &counts, const CreditIndex &credits)
{
    const CreditIndex::Group &group = credits.group(id);
    const QString person = personKey(group);
    for (const int other : present) {
        const CreditIndex::Group &otherGroup = credits.group(other);
        if (other == id || agencyPart(otherGroup) != agencyPart(group))
            continue;
        if (CreditName::probablySame(person, personKey(otherGroup)) && isAliasOf(id, other, counts, credits))
            return other;
    }
    return -1;
}

Facet creditFacet(int id, int depth, const Tallies &counts, const CreditIndex &credits)
{
    Facet facet;
    facet.key = credits.group(id).key;
    facet.name = credits.displayName(id);
    facet.count = counts.shown.of(id).photos;
    facet.embedded = counts.shown.of(id).embedded;
    facet.inferred = counts.shown.of(id).inferred;
    facet.depth = depth;
    facet.kind = CreditFacetModel::Kind::Credit;
    return facet;
}

// The spellings grouped under @p id, as they were spelled when grouped, so they can be seen and ungrouped.
QStringList groupedUnder(int id, const QList<CreditAlias> &aliases, const CreditIndex &credits)
{
    QStringList grouped;
    for (const CreditAlias &alias : aliases) {
        if (const int aliasId = credits.idOf(alias.alias);
            aliasId >= 0 && aliasId != id && credits.effective(aliasId) == id)
            grouped.append(alias.aliasSpelling.isEmpty() ? alias.alias : alias.aliasSpelling);
    }
    return grouped;
}

bool byCountThenName(const Facet &a, const Facet &b)
{
    return CreditTally::ranksBefore(a.count, a.name, b.count, b.name);
}

// The agency's name: its one spelling when it is a known agency ("REUTERS" → "Reuters"), else as one of
// its credits' display names spells it.
QString agencyName(const QString &agencyKey, const QList<int> &members, const CreditIndex &credits)
{
    for (const int id : members) {
        for (const QString &agency : CreditName::agencies(credits.displayName(id))) {
            if (CreditName::groupingKey(agency) == agencyKey)
                return agency;
        }
    }
    return agencyKey;
}

} // namespace

QList<Facet> CreditFacetBuilder::build(const PhotoModel &photos, const PhotoFilterModel &filter, const CreditBook &book)
{
    const CreditIndex &credits = photos.credits();
    const Tallies counts = tallies(photos, filter);
    const QStringList selected = filter.selectedCredits();
    // Canonical credits shown: with photos under the search, or selected (so they can be unselected).
    QList<int> present;
    for (int id = 0; id < credits.size(); ++id) {
        if (credits.effective(id) == id && (counts.shown.of(id).photos > 0 || selected.contains(credits.group(id).key)))
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
    // An agency whose only credit is its own plain one ("Energia" and nothing else) is that credit alone.
    byAgency.removeIf([&](const QHash<QString, QList<int>>::iterator &it) {
        if (it->size() != 1 || !isAgencyOnly(it->constFirst(), credits))
            return false;
        topLevel.append(creditFacet(it->constFirst(), 0, counts, credits));
        return true;
    });
    QHash<QString, QList<Facet>> children;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        Facet agency;
        agency.key = PhotoFilterModel::s_agencyPrefix + it.key();
        agency.name = agencyName(it.key(), it.value(), credits);
        agency.kind = CreditFacetModel::Kind::Agency;
        for (const int id : it.value()) {
            const CreditTally::Count count = counts.shown.of(id);
            agency.count += count.photos, agency.embedded += count.embedded, agency.inferred += count.inferred;
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
        facet.grouped = groupedUnder(credits.idOf(facet.key), photos.aliases(), credits);
        // By the group's key: its photos are corrected to its spelling, the one the book is asked about.
        facet.unbooked = !book.isEmpty() && !book.contains(facet.key);
        if (const int canonical = suggestedCanonical(credits.idOf(facet.key), present, counts, credits);
            canonical >= 0) {
            facet.aliasOfKey = credits.group(canonical).key;
            facet.aliasOfName = credits.displayName(canonical);
        }
    }
    const CreditTally::Count none = counts.shown.withoutCredit();
    if (none.photos > 0 || selected.contains(PhotoFilterModel::s_noCreditKey))
        facets.append(Facet{PhotoFilterModel::s_noCreditKey,
                            QObject::tr("No credit"),
                            none.photos,
                            0,
                            0,
                            0,
                            CreditFacetModel::Kind::NoCredit,
                            {},
                            {},
                            {},
                            false});
    return facets;
}
