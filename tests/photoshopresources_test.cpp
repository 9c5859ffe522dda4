#include <catch2/catch.hpp>

#include "metadata/photoshopresources.h"

#include <QCryptographicHash>

TEST_CASE("resources survive a serialise / parse round trip, odd sizes padded", "[photoshop]")
{
    PhotoshopResources resources;
    resources.set(PhotoshopResources::s_iptcId, QByteArray("odd"));
    resources.set(0x03ED, QByteArray(16, 'r'));
    const QByteArray block = resources.serialize();
    CHECK(block.size() % 2 == 0);
    const PhotoshopResources parsed = PhotoshopResources::parse(block);
    CHECK(parsed.problem().isEmpty());
    REQUIRE(parsed.resources().size() == 2);
    CHECK(parsed.find(PhotoshopResources::s_iptcId) == QByteArray("odd"));
    CHECK(parsed.find(0x03ED) == QByteArray(16, 'r'));
    CHECK_FALSE(parsed.find(0x0425).has_value());
}

TEST_CASE("a named resource is parsed past its padded Pascal name", "[photoshop]")
{
    // "8BIM", id 0x0404, name "ab" (length byte + 2 = 3, padded to 4), size 2, data "xy".
    const QByteArray block("8BIM\x04\x04\x02"
                           "ab\0"
                           "\0\0\0\x02"
                           "xy",
                           16);
    const PhotoshopResources parsed = PhotoshopResources::parse(block);
    REQUIRE(parsed.resources().size() == 1);
    CHECK(parsed.resources().first().name == QByteArray("ab"));
    CHECK(parsed.find(PhotoshopResources::s_iptcId) == QByteArray("xy"));
}

TEST_CASE("the IPTCDigest is compared with the MD5 of the IPTC block", "[photoshop]")
{
    const QByteArray iptc("\x1C\x02\x78\x00\x05hello", 10);
    PhotoshopResources resources;
    resources.set(PhotoshopResources::s_iptcId, iptc);
    CHECK(resources.digestState() == PhotoshopResources::DigestState::Absent);
    resources.set(PhotoshopResources::s_iptcDigestId, QCryptographicHash::hash(iptc, QCryptographicHash::Md5));
    CHECK(resources.digestState() == PhotoshopResources::DigestState::Matches);
    resources.set(PhotoshopResources::s_iptcDigestId, QByteArray(16, '\0'));
    CHECK(resources.digestState() == PhotoshopResources::DigestState::Stale);
}

TEST_CASE("damaged blocks keep what parsed and say what broke", "[photoshop]")
{
    PhotoshopResources resources;
    resources.set(PhotoshopResources::s_iptcId, QByteArray("good"));
    const QByteArray good = resources.serialize();

    const PhotoshopResources lying =
        PhotoshopResources::parse(good + QByteArray("8BIM\x04\x25\0\0\x7F\xFF\xFF\xFF", 12));
    CHECK(lying.find(PhotoshopResources::s_iptcId) == QByteArray("good"));
    CHECK(lying.problem().contains(QStringLiteral("claims")));

    const PhotoshopResources garbage = PhotoshopResources::parse(good + "XXXXjunk");
    CHECK(garbage.resources().size() == 1);
    CHECK_FALSE(garbage.problem().isEmpty());

    const PhotoshopResources padded = PhotoshopResources::parse(good + QByteArray(6, '\0'));
    CHECK(padded.problem().isEmpty());

    for (qsizetype cut = 1; cut < good.size(); ++cut)
        CHECK(PhotoshopResources::parse(good.left(cut)).resources().isEmpty());
}
