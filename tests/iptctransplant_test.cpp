#include <catch2/catch.hpp>

#include "metadata/iptcrecords.h"
#include "metadata/iptctransplant.h"

namespace {

QByteArray wireBlock()
{
    IptcRecords records;
    records.append(1, 90, QByteArrayLiteral("\x1B%G"));
    records.append(2, 0, QByteArray("\x00\x04", 2));
    records.append(2, 5, QByteArrayLiteral("SOYUZ-LAUNCH/"));
    records.append(2, 40, QByteArrayLiteral("MANDATORY CREDIT"));
    records.append(2, 25, QByteArrayLiteral("Soyuz"));
    records.append(2, 25, QByteArrayLiteral("Baikonur"));
    records.append(2, 55, QByteArrayLiteral("20160318"));
    records.append(2, 60, QByteArrayLiteral("212638+0600"));
    records.append(2, 110, QByteArrayLiteral("NASA/Bill Ingals"));
    records.append(2, 202, QByteArrayLiteral("old preview"));
    return records.serialize();
}

StoreValues credit(const QString &text)
{
    StoreValues values;
    values.credit = text;
    return values;
}

} // namespace

TEST_CASE("IPTC export keeps every dataset as written and replaces only what Byline writes", "[export]")
{
    const IptcRecords copy =
        IptcRecords::parse(IptcTransplant::block(wireBlock(), credit(QStringLiteral("NASA/Bill Ingalls"))));
    CHECK(copy.declaresUtf8());
    CHECK(copy.values(2, 40) == QList<QByteArray>{"MANDATORY CREDIT"});
    CHECK(copy.values(2, 25) == QList<QByteArray>{"Soyuz", "Baikonur"});
    CHECK(copy.values(2, 55) == QList<QByteArray>{"20160318"});
    CHECK(copy.values(2, 60) == QList<QByteArray>{"212638+0600"});
    CHECK(copy.values(2, 110) == QList<QByteArray>{"NASA/Bill Ingalls"});
    CHECK(copy.values(2, 202).isEmpty()); // the old preview
    CHECK(copy.values(2, 0).size() == 1);
    CHECK(copy.values(1, 90).size() == 1);
    // Ordered by record and dataset, as IIM 4.2 asks.
    const QList<IptcDataSet> &sets = copy.dataSets();
    CHECK(std::is_sorted(sets.cbegin(), sets.cend(), [](const IptcDataSet &a, const IptcDataSet &b) {
        return a.record != b.record ? a.record < b.record : a.dataset < b.dataset;
    }));
}

TEST_CASE("IPTC export keeps the original's value of a field the record leaves null", "[export]")
{
    const IptcRecords copy = IptcRecords::parse(IptcTransplant::block(wireBlock(), StoreValues{}));
    CHECK(copy.values(2, 110) == QList<QByteArray>{"NASA/Bill Ingals"});
}

TEST_CASE("IPTC export decodes a legacy block as the reader does and declares UTF-8", "[export]")
{
    IptcRecords legacy;
    legacy.append(2, 90, QByteArray("K\xF6ln"));
    legacy.append(2, 80, QByteArray("Jan Wo\xDF"));
    legacy.append(2, 25, QByteArray("M\xC3\xBCnchen")); // already UTF-8: kept as it is
    legacy.append(2, 0, QByteArray("\x00\x02", 2));
    const QByteArray block = IptcTransplant::block(legacy.serialize(), StoreValues{});
    const IptcRecords copy = IptcRecords::parse(block);
    CHECK(copy.declaresUtf8());
    CHECK(copy.values(2, 90) == QList<QByteArray>{"K\xC3\xB6ln"});
    CHECK(copy.values(2, 80) == QList<QByteArray>{"Jan Wo\xC3\x9F"});
    CHECK(copy.values(2, 25) == QList<QByteArray>{"M\xC3\xBCnchen"});
    CHECK(copy.values(2, 0) == QList<QByteArray>{QByteArray("\x00\x04", 2)});
    CHECK(IptcTransplant::differences(legacy.serialize(), block, StoreValues{}).isEmpty());
}

TEST_CASE("the IPTC check of an export names a dataset the copy lost, and a value it did not take", "[export]")
{
    const StoreValues written = credit(QStringLiteral("NASA/Bill Ingalls"));
    const QByteArray good = IptcTransplant::block(wireBlock(), written);
    CHECK(IptcTransplant::differences(wireBlock(), good, written).isEmpty());

    IptcRecords lossy;
    const IptcRecords complete = IptcRecords::parse(good);
    for (const IptcDataSet &set : complete.dataSets()) {
        if (!(set.record == 2 && set.dataset == 25 && set.value == "Baikonur"))
            lossy.append(set.record, set.dataset, set.value);
    }
    const QStringList problems = IptcTransplant::differences(wireBlock(), lossy.serialize(), written);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("IPTC 2:25")));

    const QStringList stale = IptcTransplant::differences(wireBlock(), IptcTransplant::block(wireBlock(), {}), written);
    REQUIRE(stale.size() == 1);
    CHECK(stale.first().contains(QStringLiteral("IPTC 2:110 does not hold the exported value")));
}
