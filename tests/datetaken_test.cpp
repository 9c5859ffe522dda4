#include <catch2/catch.hpp>

#include "metadata/datetaken.h"

TEST_CASE("Exif dates become ISO 8601, with the offset when one is recorded", "[dates]")
{
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57")) == QStringLiteral("2016-03-31T16:23:57"));
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57"), QStringLiteral("+03:00")) ==
          QStringLiteral("2016-03-31T16:23:57+03:00"));
    CHECK(DateTaken::fromExif(QStringLiteral("0000:00:00 00:00:00")).isNull());
    CHECK(DateTaken::fromExif(QStringLiteral("    :  :     :  :  ")).isNull());
    CHECK(DateTaken::fromExif(QStringLiteral("2016:02:30 10:00:00")).isNull());
}

TEST_CASE("IPTC date and time combine, keeping the zone", "[dates]")
{
    CHECK(DateTaken::fromIptc(QStringLiteral("20160331"), QStringLiteral("162357+0000")) ==
          QStringLiteral("2016-03-31T16:23:57+00:00"));
    CHECK(DateTaken::fromIptc(QStringLiteral("20160331"), QStringLiteral("162357")) ==
          QStringLiteral("2016-03-31T16:23:57"));
    CHECK(DateTaken::fromIptc(QStringLiteral("20160331"), {}) == QStringLiteral("2016-03-31"));
    CHECK(DateTaken::fromIptc(QStringLiteral("garbage"), QStringLiteral("162357")).isNull());
}

TEST_CASE("Exif SubSecTimeOriginal adds the fraction of a second as recorded", "[dates]")
{
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57"), QStringLiteral("+03:00"), QStringLiteral("045")) ==
          QStringLiteral("2016-03-31T16:23:57.045+03:00"));
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57"), {}, QStringLiteral("5  ")) ==
          QStringLiteral("2016-03-31T16:23:57.5"));
    // Blanks, text, too many digits, or a time without seconds: no fraction.
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57"), {}, QStringLiteral("   ")) ==
          QStringLiteral("2016-03-31T16:23:57"));
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57"), {}, QStringLiteral("1a")) ==
          QStringLiteral("2016-03-31T16:23:57"));
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23:57"), {}, QStringLiteral("1234567890")) ==
          QStringLiteral("2016-03-31T16:23:57"));
    CHECK(DateTaken::fromExif(QStringLiteral("2016:03:31 16:23"), {}, QStringLiteral("12")) ==
          QStringLiteral("2016-03-31T16:23:00"));
    CHECK(DateTaken::fromExif(QStringLiteral("0000:00:00 00:00:00"), {}, QStringLiteral("12")).isNull());
}

TEST_CASE("XMP dates keep their precision, fraction and zone", "[dates]")
{
    CHECK(DateTaken::fromXmp(QStringLiteral("2016-03-31T16:23:57.25+06:00")) ==
          QStringLiteral("2016-03-31T16:23:57.25+06:00"));
    CHECK(DateTaken::fromXmp(QStringLiteral("2016-03-31T16:23:57.250")) == QStringLiteral("2016-03-31T16:23:57.250"));
    CHECK(DateTaken::fromXmp(QStringLiteral("2016-03-31T16:23Z")) == QStringLiteral("2016-03-31T16:23:00Z"));
    CHECK(DateTaken::fromXmp(QStringLiteral("2016-03-31")) == QStringLiteral("2016-03-31"));
    CHECK(DateTaken::fromXmp(QStringLiteral("2016")) == QStringLiteral("2016"));
    CHECK(DateTaken::fromXmp(QStringLiteral("yesterday")).isNull());
}

TEST_CASE("dates agree as far as both are precise", "[dates]")
{
    CHECK(DateTaken::agree(QStringLiteral("2016-03-31T16:23:57"), QStringLiteral("2016-03-31T16:23:57+00:00")));
    CHECK(DateTaken::agree(QStringLiteral("2016-03-31"), QStringLiteral("2016-03-31T16:23:57")));
    CHECK_FALSE(DateTaken::agree(QStringLiteral("2016-03-31T16:23:57"), QStringLiteral("2016-03-31T16:24:00")));
    // IPTC has no fraction: whole seconds agree with any fraction of them, and equal fractions with each other.
    CHECK(DateTaken::agree(QStringLiteral("2016-03-31T16:23:57"), QStringLiteral("2016-03-31T16:23:57.12+06:00")));
    CHECK(DateTaken::agree(QStringLiteral("2016-03-31T16:23:57.5"), QStringLiteral("2016-03-31T16:23:57.50")));
    CHECK_FALSE(DateTaken::agree(QStringLiteral("2016-03-31T16:23:57.5"), QStringLiteral("2016-03-31T16:23:57.6")));
}
