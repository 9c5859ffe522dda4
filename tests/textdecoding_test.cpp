#include <catch2/catch.hpp>

#include "metadata/textdecoding.h"

TEST_CASE("valid UTF-8 is recognised, malformed sequences are not", "[textdecoding]")
{
    CHECK(TextDecoding::isValidUtf8("plain ASCII"));
    CHECK(TextDecoding::isValidUtf8("Ro\xD1\x81kosmos \xE2\x80\x93 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x9A\x80"));
    CHECK_FALSE(TextDecoding::isValidUtf8("caf\xE9"));          // Latin-1 é
    CHECK_FALSE(TextDecoding::isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(TextDecoding::isValidUtf8("\xED\xA0\x80"));     // UTF-16 surrogate
    CHECK_FALSE(TextDecoding::isValidUtf8("\xE2\x80"));         // truncated sequence
    CHECK_FALSE(TextDecoding::isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
}

TEST_CASE("Windows-1252 maps the 0x80-0x9F range to typographic characters", "[textdecoding]")
{
    CHECK(TextDecoding::fromWindows1252("\x93Quoted\x94 \x96 caf\xE9 \x80") ==
          QStringLiteral("\u201CQuoted\u201D \u2013 caf\u00E9 \u20AC"));
    CHECK(TextDecoding::fromWindows1252("\x81") == QString(QChar::ReplacementCharacter));
}

TEST_CASE("IPTC text follows 1:90, then UTF-8 detection, then Windows-1252", "[textdecoding]")
{
    CHECK(TextDecoding::fromIptc("Stéphane", true) == QStringLiteral("St\u00E9phane"));
    CHECK(TextDecoding::fromIptc("St\xC3\xA9phane", false) == QStringLiteral("St\u00E9phane"));
    CHECK(TextDecoding::fromIptc("St\xE9phane", false) == QStringLiteral("St\u00E9phane"));
}

TEST_CASE("blank values are absent and surrounding whitespace is trimmed", "[textdecoding]")
{
    CHECK(TextDecoding::cleaned(QStringLiteral("  Energia \n")) == QStringLiteral("Energia"));
    CHECK(TextDecoding::cleaned(QStringLiteral("   \t ")).isNull());
    CHECK(TextDecoding::cleaned(QString()).isNull());
    CHECK(TextDecoding::cleaned(QStringLiteral("NASA") + QChar(0) + QChar(0)) == QStringLiteral("NASA"));
    // Controls inside are spaces; tabs and line breaks are the caption's own.
    CHECK(TextDecoding::cleaned(QStringLiteral("a") + QChar(0) + QStringLiteral("b\x1B\x7F c\td\ne\rf")) ==
          QStringLiteral("a b   c\td\ne\rf"));
    CHECK(TextDecoding::cleaned(QStringLiteral("\x01\x02")).isNull());
}

TEST_CASE("text that is not UTF-8 is repaired byte by byte as Windows-1252", "[textdecoding]")
{
    qsizetype repaired = -1;
    CHECK(TextDecoding::repairedUtf8("caf\xC3\xA9", repaired) == QByteArray("caf\xC3\xA9"));
    CHECK(repaired == 0);
    // A Latin-1 é and a Windows-1252 closing quote among valid UTF-8 (an en dash).
    CHECK(TextDecoding::repairedUtf8("Shel\xE9pin \xE2\x80\x93 \x94", repaired) ==
          QStringLiteral("Shel\u00E9pin \u2013 \u201D").toUtf8());
    CHECK(repaired == 2);
    CHECK(TextDecoding::isValidUtf8(TextDecoding::repairedUtf8("\xFF\xFE\xC0\xAF\xED\xA0\x80", repaired)));
    CHECK(repaired == 7);
    char32_t codePoint = 0;
    CHECK(TextDecoding::utf8SequenceAt("\xF0\x9F\x9A\x80", 0, codePoint) == 4);
    CHECK(codePoint == 0x1F680);
    CHECK(TextDecoding::utf8SequenceAt("\xE2\x80", 0, codePoint) == 0);
}
