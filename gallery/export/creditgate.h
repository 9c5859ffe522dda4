#pragma once

#include "metadata/photorecord.h"

#include <QList>
#include <QString>

/**
 * The check before an export leaves the desk: which selected photos have no credit, or only one
 * inferred from the caption text (docs/metadata.md, "Credit found in the caption"). The window lists
 * them and lets the user go on, fix the selection or cancel; `byline-cli export --require-credit`
 * refuses to export and prints them.
 */
class CreditGate
{
public:
    struct Offender
    {
        enum class Reason
        {
            NoCredit,
            InferredOnly
        };
        QString path;
        Reason reason = Reason::NoCredit;
        QString credit; // the inferred credit, for InferredOnly

        friend bool operator==(const Offender &, const Offender &) = default;
    };

    /** The offenders among @p records, in their order; empty when every photo has an embedded credit. */
    [[nodiscard]] static QList<Offender> offenders(const QList<PhotoRecord> &records);

    /** One line per offender: "path: no credit" or "path: credit only inferred from the caption (X)". */
    [[nodiscard]] static QString describe(const QList<Offender> &offenders);
};
