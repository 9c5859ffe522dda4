#pragma once

#include "credits/creditbook.h"
#include "metadata/photorecord.h"

#include <QList>
#include <QString>

/**
 * The check before an export leaves the desk: which selected photos have no credit, or only one
 * inferred from the caption text (docs/metadata.md, "Credit found in the caption"). The window lists
 * them and lets the user go on, fix the selection or cancel; `byline-cli export --require-credit`
 * refuses to export and prints them. The desk may also require credits from its credit book
 * (docs/metadata.md, "Credit book and credit line style"): bookOffenders().
 */
class CreditGate
{
public:
    struct Offender
    {
        enum class Reason
        {
            NoCredit,
            InferredOnly,
            NotInBook
        };
        QString path;
        Reason reason = Reason::NoCredit;
        QString credit; // the inferred credit, for InferredOnly; the credit, for NotInBook

        friend bool operator==(const Offender &, const Offender &) = default;
    };

    /** The offenders among @p records, in their order; empty when every photo has an embedded credit. */
    [[nodiscard]] static QList<Offender> offenders(const QList<PhotoRecord> &records);
    /** The photos among @p records whose credit (as the records give it, after aliases) is not in
     *  @p book, that have none, or whose credit is only inferred from the caption, in their order. An empty book holds
     * no credit: every photo is one. */
    [[nodiscard]] static QList<Offender> bookOffenders(const QList<PhotoRecord> &records, const CreditBook &book);

    /** One line per offender: "path: no credit", "path: credit only inferred from the caption (X)" or
     *  "path: credit not in the credit book (X)". */
    [[nodiscard]] static QString describe(const QList<Offender> &offenders);
};
