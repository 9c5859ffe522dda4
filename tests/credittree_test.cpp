#include <catch2/catch.hpp>

#include "credits/creditindex.h"
#include "credits/credittally.h"
#include "credits/credittree.h"

namespace {

struct Line
{
    QString name;
    int photos;
    int depth;
};

QList<Line> lines(const QList<CreditTree::Entry> &entries)
{
    QList<Line> out;
    for (const CreditTree::Entry &entry : entries)
        out.append({entry.name, entry.count.photos, entry.depth});
    return out;
}

bool operator==(const Line &a, const Line &b)
{
    return a.name == b.name && a.photos == b.photos && a.depth == b.depth;
}

} // namespace

namespace Catch {
template<>
struct StringMaker<Line>
{
    static std::string convert(const Line &line)
    {
        return QStringLiteral("%1 %2 @%3").arg(line.photos).arg(line.name).arg(line.depth).toStdString();
    }
};
} // namespace Catch

TEST_CASE("a credit tree puts each credit under each of its agencies, by its person", "[credits]")
{
    CreditIndex index;
    CreditTally tally;
    const auto add = [&](const char *credit, bool inferred = false) {
        tally.add(index.effective(index.add(QString::fromUtf8(credit))), inferred);
    };
    add("AP Photo/Evan Vucci");
    add("AP/Evan Vucci", true);
    add("AP Photo/Alex Brandon, Pool");
    add("Jim Watson/AFP via Getty Images");
    add("AFP via Getty Images");
    add("REUTERS/Stringer");
    add("Energia");
    add("Energia");
    add("Bill Ingalls");
    add("");

    const QList<CreditTree::Entry> tree = CreditTree::build(index, tally);
    CHECK(lines(tree) == QList<Line>{{"AP", 3, 0},
                                     {"Evan Vucci", 2, 1},
                                     {"Alex Brandon", 1, 1},
                                     {"AFP", 2, 0},
                                     {"Jim Watson", 1, 1},
                                     {CreditTree::s_noPerson, 1, 1},
                                     {"Energia", 2, 0},
                                     {"Getty Images", 2, 0},
                                     {"Jim Watson", 1, 1},
                                     {CreditTree::s_noPerson, 1, 1},
                                     {"Bill Ingalls", 1, 0},
                                     {"Reuters", 1, 0},
                                     {"(Stringer)", 1, 1}});
    CHECK(tree[1].count.inferred == 1); // the AP/Evan Vucci photo was credited in its caption
    CHECK(tree[1].count.embedded == 1);
}

TEST_CASE("a credit tree counts an aliased credit under its group's agencies", "[credits][alias]")
{
    CreditIndex index;
    index.setAlias(QStringLiteral("esa/tim peake"), QStringLiteral("nasa/tim peake"));
    CreditTally tally;
    tally.add(index.effective(index.add(QStringLiteral("ESA/Tim Peake"))), false);
    tally.add(index.effective(index.add(QStringLiteral("NASA/Tim Peake"))), false);
    CHECK(lines(CreditTree::build(index, tally)) == QList<Line>{{"NASA", 2, 0}, {"Tim Peake", 2, 1}});
}
