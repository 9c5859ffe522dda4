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
