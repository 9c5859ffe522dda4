#include <catch2/catch.hpp>

#include "metadata/iptcrecords.h"

TEST_CASE("IIM datasets round-trip, extended lengths included", "[iptc]")
{
    IptcRecords records;
    records.append(IptcRecords::s_application, IptcRecords::s_credit, "Energia");
    records.append(IptcRecords::s_application, IptcRecords::s_captionAbstract, QByteArray(40000, 'c'));
    const IptcRecords parsed = IptcRecords::parse(records.serialize());
    CHECK(parsed.problem().isEmpty());
    CHECK(parsed.text(IptcRecords::s_credit) == QStringLiteral("Energia"));
    CHECK(parsed.text(IptcRecords::s_captionAbstract).size() == 40000);
}

TEST_CASE("repeated datasets keep their order and drop blanks", "[iptc]")
{
    IptcRecords records;
    records.append(IptcRecords::s_application, IptcRecords::s_byline, "Tim Kopra");
    records.append(IptcRecords::s_application, IptcRecords::s_byline, "   ");
    records.append(IptcRecords::s_application, IptcRecords::s_byline, "Tim Peake ");
    CHECK(records.texts(IptcRecords::s_byline) ==
          QStringList{QStringLiteral("Tim Kopra"), QStringLiteral("Tim Peake")});
}

TEST_CASE("1:90 declares UTF-8; without it Latin-1 bytes still decode", "[iptc]")
{
    IptcRecords latin;
    latin.append(IptcRecords::s_application, IptcRecords::s_credit, "ESA\x96S. Corvaja");
    CHECK_FALSE(latin.declaresUtf8());
    CHECK(latin.text(IptcRecords::s_credit) == QStringLiteral("ESA\u2013S. Corvaja"));

    IptcRecords utf8;
    utf8.append(IptcRecords::s_envelope, IptcRecords::s_codedCharacterSet, "\x1B%G");
    utf8.append(IptcRecords::s_application, IptcRecords::s_credit,
                "\xD0\xA0\xD0\xBE\xD1\x81\xD0\xBA\xD0\xBE\xD1\x81\xD0\xBC\xD0\xBE\xD1\x81");
    CHECK(utf8.declaresUtf8());
    CHECK(utf8.text(IptcRecords::s_credit) == QStringLiteral("\u0420\u043E\u0441\u043A\u043E\u0441\u043C\u043E\u0441"));
}

TEST_CASE("impossible lengths stop parsing with a problem, keeping earlier datasets", "[iptc]")
{
    IptcRecords records;
    records.append(IptcRecords::s_application, IptcRecords::s_credit, "NASA");
    const QByteArray good = records.serialize();

    const IptcRecords tooLong = IptcRecords::parse(good + QByteArray("\x1C\x02\x78\x7F\xFF"
                                                                     "short",
                                                                     10));
    CHECK(tooLong.text(IptcRecords::s_credit) == QStringLiteral("NASA"));
    CHECK(tooLong.problem().contains(QStringLiteral("claims")));

    const IptcRecords badExtended = IptcRecords::parse(good + QByteArray("\x1C\x02\x78\x80\x09"
                                                                         "123456789",
                                                                         14));
    CHECK(badExtended.dataSets().size() == 1);
    CHECK_FALSE(badExtended.problem().isEmpty());

    const IptcRecords padded = IptcRecords::parse(good + QByteArray(3, '\0'));
    CHECK(padded.problem().isEmpty());

    for (qsizetype cut = 1; cut < good.size(); ++cut)
        CHECK(IptcRecords::parse(good.left(cut)).dataSets().isEmpty());
}
