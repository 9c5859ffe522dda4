#include <catch2/catch.hpp>

#include "credits/attributedcaption.h"
#include "credits/housestyle.h"

// HouseStyle: the book's house lines win over the style; everything else is the style's line.

TEST_CASE("a book's house line wins over the style, a booked credit without one follows the style",
          "[credits][style][book]")
{
    const CreditBook book({{QStringLiteral("NASA/JPL-Caltech/MSSS"), QStringLiteral("NASA/JPL-Caltech/MSSS")},
                           {QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra for NASA")},
                           {QStringLiteral("Energia")}});
    const HouseStyle house(CreditLineStyle(CreditLineStyle::Kind::PhotoPersonOrganisation), book);
    CHECK(house.line(QStringLiteral("nasa/tim kopra")) == QStringLiteral("Photo: Tim Kopra for NASA"));
    CHECK(house.line(QStringLiteral("NASA/JPL-Caltech/MSSS")) == QStringLiteral("Photo: NASA/JPL-Caltech/MSSS"));
    CHECK(house.line(QStringLiteral("Energia")) == QStringLiteral("Photo: Energia"));
    CHECK(house.line(QStringLiteral("Tim Peake/ESA")) == QStringLiteral("Photo: Tim Peake, ESA")); // not booked
    CHECK(house.line(QString()).isEmpty());
    CHECK(house.book().size() == 3);
}

TEST_CASE("the default house style prints Byline's line, and a house line even without a style", "[credits][style]")
{
    const HouseStyle plain;
    CHECK(plain.line(QStringLiteral("NASA/Tim Kopra")) ==
          AttributedCaption::creditLine(QStringLiteral("NASA/Tim Kopra")));
    const HouseStyle booked(CreditLineStyle(),
                            CreditBook({{QStringLiteral("NASA/Tim Kopra"), QStringLiteral("Tim Kopra/NASA")}}));
    CHECK(booked.line(QStringLiteral("NASA/Tim Kopra")) == QStringLiteral("Credit: Tim Kopra/NASA"));
}

TEST_CASE("the attributed caption ends with the house line, and a caption's own credit is not printed twice",
          "[credits][style]")
{
    const HouseStyle house(CreditLineStyle(CreditLineStyle::Kind::PersonOrganisation), CreditBook());
    const QString credit = QStringLiteral("NASA/Tim Kopra");
    CHECK(AttributedCaption::compose(QStringLiteral("Soyuz lifts off"), credit, house.line(credit)) ==
          QStringLiteral("Soyuz lifts off. Credit: Tim Kopra/NASA"));
    CHECK(AttributedCaption::compose(QStringLiteral("Soyuz lifts off. Credit: NASA/Tim Kopra"), credit,
                                     house.line(credit)) == QStringLiteral("Soyuz lifts off. Credit: Tim Kopra/NASA"));
    CHECK(AttributedCaption::compose(QString(), credit, house.line(credit)) ==
          QStringLiteral("Credit: Tim Kopra/NASA"));
    CHECK(AttributedCaption::compose(QStringLiteral("Soyuz"), QString(), house.line(QString())) ==
          QStringLiteral("Soyuz"));
}
