#include <catch2/catch.hpp>

#include "export/creditgate.h"

TEST_CASE("the credit gate lists photos without a credit or with only an inferred one", "[export]")
{
    PhotoRecord embedded, inferred, none;
    embedded.path = QStringLiteral("/p/a.jpg");
    embedded.credit = QStringLiteral("NASA");
    embedded.creditSource = CreditSource::Embedded;
    inferred.path = QStringLiteral("/p/b.jpg");
    inferred.credit = QStringLiteral("Energia");
    inferred.creditSource = CreditSource::Caption;
    none.path = QStringLiteral("/p/c.jpg");

    const QList<CreditGate::Offender> offenders = CreditGate::offenders({embedded, inferred, none});
    REQUIRE(offenders.size() == 2);
    CHECK(offenders[0] ==
          CreditGate::Offender{inferred.path, CreditGate::Offender::Reason::InferredOnly, QStringLiteral("Energia")});
    CHECK(offenders[1] == CreditGate::Offender{none.path, CreditGate::Offender::Reason::NoCredit, {}});
    CHECK(CreditGate::describe(offenders) ==
          QStringLiteral("/p/b.jpg: credit only inferred from the caption (Energia)\n/p/c.jpg: no credit\n"));
    CHECK(CreditGate::offenders({embedded}).isEmpty());
}

TEST_CASE("the book gate lists photos whose credit is not in the book, only inferred, or missing", "[export][book]")
{
    PhotoRecord booked, spelled, inferred, unbooked, none;
    booked.path = QStringLiteral("/p/a.jpg");
    booked.credit = QStringLiteral("NASA/Tim Kopra");
    spelled.path = QStringLiteral("/p/b.jpg");
    spelled.credit = QStringLiteral("nasa / tim kopra.");
    inferred.path = QStringLiteral("/p/c.jpg");
    inferred.credit = QStringLiteral("Energia");
    inferred.creditSource = CreditSource::Caption; // a book credit, but not in the files
    unbooked.path = QStringLiteral("/p/d.jpg");
    unbooked.credit = QStringLiteral("NASA/Tim Copra");
    none.path = QStringLiteral("/p/e.jpg");
    none.credit = QStringLiteral("  ");
    const CreditBook book({{QStringLiteral("NASA/Tim Kopra")}, {QStringLiteral("Energia")}});

    const QList<CreditGate::Offender> offenders =
        CreditGate::bookOffenders({booked, spelled, inferred, unbooked, none}, book);
    REQUIRE(offenders.size() == 3);
    CHECK(offenders[0] ==
          CreditGate::Offender{inferred.path, CreditGate::Offender::Reason::InferredOnly, QStringLiteral("Energia")});
    CHECK(offenders[1] == CreditGate::Offender{unbooked.path, CreditGate::Offender::Reason::NotInBook,
                                               QStringLiteral("NASA/Tim Copra")});
    CHECK(offenders[2] == CreditGate::Offender{none.path, CreditGate::Offender::Reason::NoCredit, {}});
    CHECK(CreditGate::describe(offenders) ==
          QStringLiteral("/p/c.jpg: credit only inferred from the caption (Energia)\n"
                         "/p/d.jpg: credit not in the credit book (NASA/Tim Copra)\n/p/e.jpg: no credit\n"));
    // An empty book holds no credit: requiring it refuses every photo.
    CHECK(CreditGate::bookOffenders({booked, inferred}, CreditBook()).size() == 2);
    CHECK(CreditGate::bookOffenders({}, book).isEmpty());
}
