#pragma once

#include <QString>

#include <optional>

/**
 * Whether a part of a credit line names a person (docs/metadata.md, "Credit line grammar"): two to six
 * name words ("Tim Kopra", "L. Calçada", "Jan van der Berg", "Kevin M. Gill"), none of them a word that
 * marks an organisation. Capitals are not looked at: wire credits are often all capitals ("AFP PHOTO /
 * JIM WATSON"), and grouping keys are case folded, yet both must read the same.
 */
class PersonName
{
public:
    /** @p text as a person's name, without a rank or title before it ("Staff Sgt. Jane Doe" → "Jane
     *  Doe"), or nothing when it does not read as one. */
    [[nodiscard]] static std::optional<QString> read(const QString &text);
};
