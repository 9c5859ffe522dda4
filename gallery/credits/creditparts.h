#pragma once

#include <QString>
#include <QStringList>

/**
 * What a credit line says, read by CreditLine (docs/metadata.md, "Credit line grammar"): "Jim Watson/AFP
 * via Getty Images" is the agencies AFP and Getty Images and the photographer Jim Watson.
 */
struct CreditParts
{
    QStringList agencies; // organisations, in the order written, each in its one spelling ("AP", "Reuters")
    QString photographer; // the person ("A and B" when two are named), or empty
    QStringList roles;    // how the picture came, not who made it: "Handout", "Pool", "Stringer", ...
    QString client;       // whom it was made for: "The New York Times" in "Jane Doe for The New York Times"

    friend bool operator==(const CreditParts &, const CreditParts &) = default;
};
