#include <catch2/catch.hpp>

#include "credits/droppednames.h"

// DroppedNames: the names of a credit a house line leaves out, which the credit book warns about.

namespace {

QStringList dropped(const char *credit, const char *line)
{
    return DroppedNames::of(QString::fromUtf8(credit), QString::fromUtf8(line));
}

} // namespace

TEST_CASE("a house line that leaves out an organisation, a person or a client drops that name", "[credits][book]")
{
    CHECK(dropped("NASA/JPL-Caltech", "NASA/JPL") == QStringList{QStringLiteral("JPL-Caltech")});
    CHECK(dropped("NASA/JPL-Caltech/MSSS", "NASA/JPL/MSSS") == QStringList{QStringLiteral("JPL-Caltech")});
    CHECK(dropped("NASA/Tim Kopra", "NASA") == QStringList{QStringLiteral("Tim Kopra")});
    CHECK(dropped("NASA/ESA/Tim Peake", "Tim Peake") == QStringList{QStringLiteral("NASA"), QStringLiteral("ESA")});
    CHECK(dropped("NASA/Bill Ingalls and Aubrey Gemignani", "NASA/Bill Ingalls") ==
          QStringList{QStringLiteral("Aubrey Gemignani")});
    CHECK(dropped("Jane Doe for The New York Times", "Jane Doe") == QStringList{QStringLiteral("The New York Times")});
    // A name is not kept by a longer or shorter word that merely starts the same.
    CHECK(dropped("NASA/JPL", "NASA/JPL-Caltech").isEmpty());
    CHECK(dropped("ESA/Hubble", "ESA/Hubbleite") == QStringList{QStringLiteral("Hubble")});
}

TEST_CASE("a house line that names everyone, in any order, case or agency spelling, drops nothing", "[credits][book]")
{
    for (const auto &[credit, line] : {
             std::pair{"NASA/Tim Kopra", "Tim Kopra/NASA"}, std::pair{"NASA/Tim Kopra", "Tim Kopra for NASA"},
             std::pair{"NASA/Tim Kopra", "Photo: TIM KOPRA, nasa"}, std::pair{"AP Photo/Evan Vucci", "Evan Vucci/AP"},
             std::pair{"Associated Press/Evan Vucci", "Evan Vucci/AP"},
             std::pair{"NASA/JPL-Caltech/MSSS", "NASA/JPL Caltech/Malin Space Science Systems"},
             std::pair{"Energia", "RSC Energia"}, std::pair{"REUTERS/Stringer", "Reuters"}, // a role is no name
             std::pair{"NASA/Handout", "NASA"}, std::pair{"© 2016 Roscosmos", "Roscosmos"},
             std::pair{"Роскосмос/Олег Артемьев", "Олег Артемьев, Роскосмос"},
             std::pair{"NASA/Tim Kopra", ""}, // no house line: the style prints the credit
         }) {
        INFO(credit << " -> " << line);
        CHECK(dropped(credit, line).isEmpty());
    }
}
