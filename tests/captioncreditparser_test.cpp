#include <catch2/catch.hpp>

#include "credits/captioncreditparser.h"

namespace {

QString creditOf(const char *caption)
{
    return CaptionCreditParser::trailingCredit(QString::fromUtf8(caption)).value_or(QStringLiteral("<none>"));
}

} // namespace

TEST_CASE("the seed page's trailing credits are found", "[credits]")
{
    CHECK(
        creditOf(
            "\xE2\x80\x9C#Progress 63P flying (way) over a city in western Asia.\xE2\x80\x9D Credit: NASA/Tim Kopra") ==
        QStringLiteral("NASA/Tim Kopra"));
    CHECK(creditOf("Amazing to watch Progress 63P launch from #Baikonur #Kazakhstan \xE2\x80\x93 supplies to #ISS. "
                   "Credit: NASA/Tim Copra") == QStringLiteral("NASA/Tim Copra"));
    CHECK(creditOf("Photo credit: Energia") == QStringLiteral("Energia"));
    CHECK(creditOf("The rocket lifts off. Photo credit: Energia") == QStringLiteral("Energia"));
}

TEST_CASE("every caption credit label of docs/metadata.md is recognised, case-insensitively", "[credits]")
{
    CHECK(creditOf("Lift-off. Credit: NASA/Bill Ingalls") == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(creditOf("Lift-off. Photo credit: ESA/Tim Peake.") == QStringLiteral("ESA/Tim Peake"));
    CHECK(creditOf("Lift-off. IMAGE CREDIT: NASA/JPL-Caltech") == QStringLiteral("NASA/JPL-Caltech"));
    CHECK(creditOf("Lift-off. Photo: SpaceX") == QStringLiteral("SpaceX"));
    CHECK(creditOf("Lift-off. Courtesy of Roscosmos.") == QStringLiteral("Roscosmos"));
    CHECK(creditOf("Falcon 9 lands (Photo: SpaceX)") == QStringLiteral("SpaceX"));
    CHECK(creditOf("Falcon 9 lands (Credit: SpaceX).") == QStringLiteral("SpaceX"));
    CHECK(creditOf("Falcon 9 lands. (Photo: SpaceX)") == QStringLiteral("SpaceX"));
    CHECK(creditOf("Falcon 9 lands!\nCredit: SpaceX") == QStringLiteral("SpaceX"));
    CHECK(creditOf("\"Wow.\" credit:   NASA / Tim Peake  ") == QStringLiteral("NASA / Tim Peake"));
}

TEST_CASE("CJK sentence ends, CR line breaks and wrapped names are understood", "[credits]")
{
    CHECK(creditOf("Landing site, August 13, 2015. \xE5\x9B\xBD\xE9\x9A\x9B\xE5\xAE\x87\xE5\xAE\x99\xE3\x80\x82 "
                   "Photo Credit: (NASA/Joel Kowsky)") == QStringLiteral("NASA/Joel Kowsky"));
    CHECK(creditOf("Sunset over the bay\rCredit: NASA") == QStringLiteral("NASA"));
    CHECK(creditOf("Rocket. Credit: NASA\rLiftoff at 16:23") == QStringLiteral("<none>"));
    CHECK(creditOf("He shouted \xE2\x80\x9CPhoto: Jane Doe\xE2\x80\x9D") == QStringLiteral("<none>"));
}

TEST_CASE("initials and abbreviations inside a credit are not sentence breaks", "[credits]")
{
    CHECK(creditOf("Ariane 5 at dawn. Credit: ESA\xE2\x80\x93S. Corvaja") == QStringLiteral("ESA\u2013S. Corvaja"));
    CHECK(creditOf("Crew portrait. Photo: J. Smith Jr.") == QStringLiteral("J. Smith Jr"));
    CHECK(creditOf("Flag. Credit: U.S. Navy") == QStringLiteral("U.S. Navy"));
    CHECK(creditOf("Rocket on the pad. Photo: Bill Ray. Liftoff came at 16:23.") == QStringLiteral("<none>"));
    CHECK(creditOf("Soyuz rolls out. Credit: ESA. Liftoff came at 16:23.") == QStringLiteral("<none>"));
}

TEST_CASE("prose that mentions credits is not a credit line", "[credits]")
{
    CHECK(creditOf("Credit Suisse sponsors the launch.") == QStringLiteral("<none>"));
    CHECK(creditOf("The credit: union crews worked all night. Liftoff came at 16:23.") == QStringLiteral("<none>"));
    CHECK(creditOf("Credit: union crews worked all night. Liftoff came at 16:23.") == QStringLiteral("<none>"));
    CHECK(creditOf("A photo: the pad at night") == QStringLiteral("<none>")); // label follows a word
    CHECK(creditOf("Rollout (Credit: NASA) at dawn.") == QStringLiteral("<none>"));
    CHECK(creditOf("Soyuz on the pad.") == QStringLiteral("<none>"));
    CHECK(creditOf("") == QStringLiteral("<none>"));
    CHECK(creditOf("Lift-off. Credit:") == QStringLiteral("<none>"));
}

TEST_CASE("a credit line runs to the end of the caption and stays name-sized", "[credits]")
{
    CHECK(creditOf("Lift-off. Credit: NASA\nMore text follows") == QStringLiteral("<none>"));
    const QString longName(CaptionCreditParser::s_maxCreditLength + 1, QLatin1Char('x'));
    CHECK_FALSE(CaptionCreditParser::trailingCredit(QStringLiteral("Lift-off. Credit: ") + longName).has_value());
    // Only the last credit line counts; an earlier label is part of the caption.
    CHECK(creditOf("Photo: archive picture. Credit: Roscosmos") == QStringLiteral("Roscosmos"));
}

TEST_CASE("the caption without its credit line keeps every word the author wrote before it", "[credits]")
{
    const auto body = [](const char *caption) {
        return CaptionCreditParser::withoutTrailingCredit(QString::fromUtf8(caption));
    };
    CHECK(body("The rocket lifts off. Photo credit: Energia") == QStringLiteral("The rocket lifts off."));
    CHECK(body("Rollout at dawn (Photo: NASA/Bill Ingalls).") == QStringLiteral("Rollout at dawn"));
    CHECK(body("\xE2\x80\x9C"
               "Flying over Asia.\xE2\x80\x9D Credit: NASA/Tim Kopra") ==
          QString::fromUtf8("\xE2\x80\x9C"
                            "Flying over Asia.\xE2\x80\x9D"));
    CHECK(body("Credit: NASA") == QString());
    // Not a credit line: nothing is cut.
    CHECK(body("  Credit Suisse sponsors the launch. ") == QStringLiteral("Credit Suisse sponsors the launch."));
    CHECK(body("Rollout (Credit: NASA) at dawn.") == QStringLiteral("Rollout (Credit: NASA) at dawn."));
}

TEST_CASE("wire notices after the credit line are not part of the credit, and stay in the caption", "[credits]")
{
    // A desk appends the agency's restrictions to a caption that ends with its credit line.
    CHECK(creditOf("Soyuz on the pad. Photo credit: Energia MANDATORY CREDIT") == QStringLiteral("Energia"));
    CHECK(creditOf("Soyuz on the pad. Photo credit: Energia. MANDATORY CREDIT.") == QStringLiteral("Energia"));
    CHECK(creditOf("Lift-off. Credit: NASA/Bill Ingalls - EDITORIAL USE ONLY. NO SALES.") ==
          QStringLiteral("NASA/Bill Ingalls"));
    CHECK(creditOf("Lift-off. Credit: NASA/Bill Ingalls \xE2\x80\x94 for editorial use only; no archives") ==
          QStringLiteral("NASA/Bill Ingalls"));
    CHECK(creditOf("Falcon 9 lands (Photo: SpaceX) NO SALES") == QStringLiteral("SpaceX"));
    CHECK(creditOf("Crew. Photo: Reuters (TV OUT) (NO ARCHIVES)") == QStringLiteral("Reuters"));
    // The notice's own label form names the credit.
    CHECK(creditOf("Lift-off at dawn. MANDATORY CREDIT: NASA/Joel Kowsky") == QStringLiteral("NASA/Joel Kowsky"));
    // A notice alone, or a name that merely contains such words, is not cut into a credit.
    CHECK(creditOf("Lift-off. Credit: MANDATORY CREDIT") == QStringLiteral("<none>"));
    CHECK(creditOf("Lift-off. Credit: Nosales Photo") == QStringLiteral("Nosales Photo"));
    CHECK(creditOf("Lift-off. Photo: Tvout Studio") == QStringLiteral("Tvout Studio"));
    // Prose after the credit line still means there is no credit line.
    CHECK(creditOf("Lift-off. Credit: NASA. MANDATORY CREDIT. Liftoff came at 16:23.") == QStringLiteral("<none>"));

    const auto body = [](const char *caption) {
        return CaptionCreditParser::withoutTrailingCredit(QString::fromUtf8(caption));
    };
    CHECK(body("Soyuz on the pad. Photo credit: Energia MANDATORY CREDIT") ==
          QStringLiteral("Soyuz on the pad. MANDATORY CREDIT"));
    CHECK(body("Lift-off. Credit: NASA - EDITORIAL USE ONLY. NO SALES.") ==
          QStringLiteral("Lift-off. EDITORIAL USE ONLY. NO SALES."));
    CHECK(body("Photo: Energia. NO SALES") == QStringLiteral("NO SALES"));

    // The alias's respelling changes the credit, never the notice after it.
    CHECK(CaptionCreditParser::withTrailingCredit(QStringLiteral("Pad. Credit: NASA/Tim Copra MANDATORY CREDIT"),
                                                  QStringLiteral("NASA/Tim Kopra")) ==
          QStringLiteral("Pad. Credit: NASA/Tim Kopra MANDATORY CREDIT"));
}

TEST_CASE("a caption of several pictures, or a line with no name, gives no credit", "[credits]")
{
    CHECK(creditOf("Left: the pad at dawn. Credit: NASA/Bill Ingalls. Right: the crew. Credit: ESA/Stephane "
                   "Corvaja") == QStringLiteral("<none>"));
    CHECK(creditOf("Top: rollout. Photo credit: Energia\nBottom: liftoff. Credit: Roscosmos") ==
          QStringLiteral("<none>"));
    CHECK(creditOf("At the pad. Photo: 2016") == QStringLiteral("<none>"));
    CHECK(creditOf("At the pad. Credit: (1)") == QStringLiteral("<none>"));
    // One credit line after a "Photo:" that starts the prose is still the caption's credit.
    CHECK(creditOf("Photo: archive picture. Credit: Roscosmos") == QStringLiteral("Roscosmos"));
    CHECK(creditOf("Launch day 2016. Credit: NASA/Bill Ingalls") == QStringLiteral("NASA/Bill Ingalls"));
}

TEST_CASE("a closing remark with a figure in it is not part of the credit", "[credits]")
{
    // What a desk's template appends: "MANDATORY CREDIT: {credit} ({date:%e %B %Y})" (new-user finding: the
    // date made the caption's credit contradict the photo's own).
    CHECK(CaptionCreditParser::trailingCredit(QStringLiteral(
              "Liftoff. MANDATORY CREDIT: NASA/Bill Ingalls (3 March 2016)")) == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(CaptionCreditParser::trailingCredit(QStringLiteral("Docking. Credit: NASA/Tim Kopra (Expedition 46).")) ==
          QStringLiteral("NASA/Tim Kopra"));
    // Words alone are the credit's: a role, a file photo.
    CHECK(CaptionCreditParser::trailingCredit(QStringLiteral("Liftoff. Credit: AP Photo/Evan Vucci (file)")) ==
          QStringLiteral("AP Photo/Evan Vucci (file)"));
    // A name wrapped whole keeps losing its parentheses, and the line still leaves the caption whole.
    CHECK(CaptionCreditParser::trailingCredit(QStringLiteral("Rollout. Credit: (NASA/Joel Kowsky)")) ==
          QStringLiteral("NASA/Joel Kowsky"));
    CHECK(CaptionCreditParser::withoutTrailingCredit(QStringLiteral(
              "Liftoff. MANDATORY CREDIT: NASA/Bill Ingalls (3 March 2016)")) == QStringLiteral("Liftoff."));
    CHECK(CaptionCreditParser::withTrailingCredit(QStringLiteral("Liftoff. Credit: NASA/Bill Ingals (3 March 2016)"),
                                                  QStringLiteral("NASA/Bill Ingalls")) ==
          QStringLiteral("Liftoff. Credit: NASA/Bill Ingalls (3 March 2016)"));
}
