#pragma once

#include <QString>
#include <QStringList>

/**
 * The names a credit carries that a line printed for it leaves out: "JPL-Caltech" when the house line of
 * "NASA/JPL-Caltech" is "NASA/JPL" (docs/metadata.md, "Credit book and credit line style"). A name is an
 * organisation, a person or a client as the credit line grammar reads them (CreditLine); roles such as
 * "Handout" and words such as "©" or "Photo" are not names. A name is kept when the line holds its words,
 * whatever the case, spacing or hyphens, or names the same agency under another of its spellings ("AP" for
 * "AP Photo"). The styles never drop a name; a desk's house line may, on purpose, and is warned. Pure.
 */
class DroppedNames
{
public:
    /** The names of @p credit, in its order, that @p line does not name; none for an empty line. */
    [[nodiscard]] static QStringList of(const QString &credit, const QString &line);
};
