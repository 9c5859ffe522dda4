#include "creditcorrection.h"

#include "credits/captioncreditparser.h"
#include "credits/creditname.h"

PhotoRecord CreditCorrection::applied(PhotoRecord record) const
{
    if (m_aliases.isEmpty())
        return record;
    const QString asWritten = record.credit;
    correctCredit(record);
    correctCaption(record);
    settleConflict(record, asWritten);
    return record;
}

QString CreditCorrection::corrected(const QString &credit) const
{
    const QString spelling = m_aliases.acceptedSpelling(credit);
    return spelling == credit ? QString() : spelling;
}

void CreditCorrection::correctCredit(PhotoRecord &record) const
{
    if (const QString spelling = corrected(record.credit); !spelling.isEmpty()) {
        record.creditCorrectedFrom = record.credit;
        record.credit = spelling;
    }
}

// The credit line Byline prints after the caption (AttributedCaption) leaves out the caption's own line
// only when it names the same credit: corrected here, "... Credit: NASA/Tim Copra" is not printed
// before "Credit: NASA/Tim Kopra".
void CreditCorrection::correctCaption(PhotoRecord &record) const
{
    const std::optional<QString> own = CaptionCreditParser::trailingCredit(record.caption);
    if (!own)
        return;
    if (const QString spelling = corrected(*own); !spelling.isEmpty()) {
        record.caption = CaptionCreditParser::withTrailingCredit(record.caption, spelling);
        // Only a line that names the photo's own credit says that credit was corrected: under an embedded
        // "AP/Evan Vucci", a caption line "NASA/Tim Copra" is another credit, respelled but not this one's.
        if (record.creditCorrectedFrom.isEmpty() &&
            CreditName::groupingKey(spelling) == CreditName::groupingKey(record.credit))
            record.creditCorrectedFrom = *own;
    }
}

// Only a disagreement the alias settles: two stores that differ in more than the grouping key before
// correction and name one group after it.
void CreditCorrection::settleConflict(PhotoRecord &record, const QString &asWritten) const
{
    std::optional<FieldProvenance> provenance = record.provenanceOf(MetadataField::Credit);
    if (!provenance || !provenance->conflict)
        return;
    const QString other = provenance->otherValue;
    if (CreditName::groupingKey(other) == CreditName::groupingKey(asWritten) ||
        m_aliases.canonicalKey(other) != m_aliases.canonicalKey(record.credit))
        return;
    if (record.creditCorrectedFrom.isEmpty())
        record.creditCorrectedFrom = other;
    record.setProvenance(MetadataField::Credit, FieldProvenance{provenance->store, false, {}, {}});
}
