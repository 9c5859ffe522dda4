#include "credittree.h"

#include "creditline.h"
#include "creditname.h"

#include <QHash>

#include <algorithm>

namespace {

using Count = CreditTally::Count;
using Entry = CreditTree::Entry;

void addTo(Count &total, const Count &count)
{
    total.photos += count.photos;
    total.embedded += count.embedded;
    total.inferred += count.inferred;
}

// What stands under an agency: its people first, then its credits that name only roles, then the rest.
struct Leaf
{
    enum class Kind
    {
        Person,
        Roles,
        NoPerson,
    };
    Entry entry;
    Kind kind = Kind::Person;
};

struct Branch
{
    Entry agency;
    QList<Leaf> leaves;
};

Leaf leafOf(const CreditParts &parts, const Count &count)
{
    if (!parts.photographer.isEmpty())
        return {Entry{parts.photographer, count, 1}, Leaf::Kind::Person};
    if (!parts.roles.isEmpty())
        return {Entry{u'(' + parts.roles.join(QStringLiteral(", ")) + u')', count, 1}, Leaf::Kind::Roles};
    return {Entry{CreditTree::s_noPerson, count, 1}, Leaf::Kind::NoPerson};
}

// One person under an agency, however many credits name them ("AP Photo/Evan Vucci", "AP/Evan Vucci").
void addLeaf(QList<Leaf> &leaves, const Leaf &leaf)
{
    const QString key = CreditName::groupingKey(leaf.entry.name);
    const auto same = [&](const Leaf &known) { return CreditName::groupingKey(known.entry.name) == key; };
    if (const auto it = std::find_if(leaves.begin(), leaves.end(), same); it != leaves.end())
        addTo(it->entry.count, leaf.entry.count);
    else
        leaves.append(leaf);
}

bool ranksBefore(const Entry &a, const Entry &b)
{
    return CreditTally::ranksBefore(a.count.photos, a.name, b.count.photos, b.name);
}

bool leafBefore(const Leaf &a, const Leaf &b)
{
    return a.kind != b.kind ? a.kind < b.kind : ranksBefore(a.entry, b.entry);
}

} // namespace

QList<Entry> CreditTree::build(const CreditIndex &index, const CreditTally &tally)
{
    QList<Branch> branches;
    QHash<QString, qsizetype> branchOf; // agency key → index in branches
    for (const int id : tally.ranked(index)) {
        const Count count = tally.of(id);
        const QString name = index.displayName(id);
        const CreditParts parts = CreditLine::parse(name);
        if (parts.agencies.isEmpty())
            branches.append(Branch{Entry{name, count, 0}, {}});
        for (const QString &agency : parts.agencies) {
            const QString key = CreditName::groupingKey(agency);
            if (!branchOf.contains(key)) {
                branchOf.insert(key, branches.size());
                branches.append(Branch{Entry{agency, {}, 0}, {}});
            }
            Branch &branch = branches[branchOf.value(key)];
            addTo(branch.agency.count, count);
            addLeaf(branch.leaves, leafOf(parts, count));
        }
    }
    std::stable_sort(branches.begin(), branches.end(),
                     [](const Branch &a, const Branch &b) { return ranksBefore(a.agency, b.agency); });
    QList<Entry> entries;
    for (Branch &branch : branches) {
        entries.append(branch.agency);
        if (branch.leaves.size() == 1 && branch.leaves.constFirst().kind == Leaf::Kind::NoPerson)
            continue; // "Energia" alone: the agency line says it all
        std::stable_sort(branch.leaves.begin(), branch.leaves.end(), leafBefore);
        for (const Leaf &leaf : std::as_const(branch.leaves))
            entries.append(leaf.entry);
    }
    return entries;
}
