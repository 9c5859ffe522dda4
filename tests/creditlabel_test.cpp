#include <catch2/catch.hpp>

#include "credits/creditlabel.h"

// CreditLabel: the label a credit line may start with, which a style replaces or does not repeat.

TEST_CASE("a credit's own label is found at its start, with the spaces after it", "[credits][style]")
{
    for (const auto &[text, label] :
         {std::pair{"Photo: NASA", "Photo: "}, std::pair{"Photo credit: NASA", "Photo credit: "},
          std::pair{"Image Credits:ESA", "Image Credits:"}, std::pair{"photograph :  Tim Kopra", "photograph :  "},
          std::pair{"Credit: NASA/Tim Kopra", "Credit: "}, std::pair{"Source: ESA", "Source: "},
          std::pair{"Foto: DPA", "Foto: "}, std::pair{"Bild: DPA", "Bild: "}, std::pair{"Picture: AP", "Picture: "}}) {
        INFO(text);
        CHECK(CreditLabel::length(QString::fromUtf8(text)) == QString::fromUtf8(label).size());
        CHECK(CreditLabel::startsWithLabel(QString::fromUtf8(text)));
    }
    // No label: a name, "by", a label word that is no label, or a label not at the start.
    for (const char *text : {"NASA/Tim Kopra", "Photo by Tim Kopra", "Photographer: Tim Kopra", "Sources: NASA",
                             "NASA Photo: Tim Kopra", "Photo", "", " Photo: NASA"}) {
        INFO(text);
        CHECK(CreditLabel::length(QString::fromUtf8(text)) == 0);
        CHECK_FALSE(CreditLabel::startsWithLabel(QString::fromUtf8(text)));
    }
}
