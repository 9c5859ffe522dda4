#include "creditsweep.h"

#include "credits/captioncreditparser.h"
#include "credits/creditline.h"
#include "credits/creditname.h"
#include "metadata/nativepath.h"

#include <QFileInfo>

namespace {

// The file as the record was read: an edit made from it holds only while the file is still that file.
std::optional<SeenFile> seenOf(const PhotoRecord &record)
{
    if (!record.mtime.isValid())
        return std::nullopt;
    return SeenFile{record.fileSize, record.mtime.toMSecsSinceEpoch()};
}

} // namespace

SweptPhoto CreditSweep::sweep(const PhotoRecord &record) const
{
    SweptPhoto swept{record.path, reasonFor(record), {{}, m_options.toSidecar, seenOf(record)}, {}, record.credit};
    if (swept.reason == SweptPhoto::Reason::Unreadable)
        swept.notes.append(QStringLiteral("cannot be read: %1").arg(record.error));
    if (swept.reason != SweptPhoto::Reason::FromCaption && swept.reason != SweptPhoto::Reason::Corrected &&
        swept.reason != SweptPhoto::Reason::AlreadyRight)
        return swept;
    // "Already right" only when every store agrees and the credit is this file's own.
    if (const QString why = whyLeftAlone(record, swept.reason); !why.isEmpty()) {
        swept.reason = SweptPhoto::Reason::LeftAlone;
        swept.notes.append(why);
        return swept;
    }
    if (swept.reason == SweptPhoto::Reason::AlreadyRight)
        return swept;
    swept.request.edits.append({EditField::Credit, FieldEdit::Mode::Replace, {record.credit}});
    if (const std::optional<QString> caption = captionFor(record, swept.notes))
        swept.request.edits.append({EditField::Caption, FieldEdit::Mode::Replace, {*caption}});
    if (!record.companionPath.isEmpty())
        swept.notes.append(QStringLiteral("its RAW companion %1 is not written: it keeps the metadata it has")
                               .arg(NativePath::display(QFileInfo(record.companionPath).fileName())));
    return swept;
}

QList<SweptPhoto> CreditSweep::sweep(const QList<PhotoRecord> &records) const
{
    QList<SweptPhoto> swept;
    swept.reserve(records.size());
    for (const PhotoRecord &record : records)
        swept.append(sweep(record));
    return swept;
}

CreditSweep::Counts CreditSweep::count(const QList<SweptPhoto> &swept)
{
    Counts counts;
    for (const SweptPhoto &photo : swept) {
        switch (photo.reason) {
        case SweptPhoto::Reason::FromCaption:
            ++counts.fromCaption;
            break;
        case SweptPhoto::Reason::Corrected:
            ++counts.corrected;
            break;
        case SweptPhoto::Reason::AlreadyRight:
            ++counts.alreadyRight;
            break;
        case SweptPhoto::Reason::NoCredit:
            ++counts.noCredit;
            break;
        case SweptPhoto::Reason::Unreadable:
            ++counts.unreadable;
            break;
        case SweptPhoto::Reason::LeftAlone:
            ++counts.leftAlone;
            break;
        }
    }
    return counts;
}

SweptPhoto::Reason CreditSweep::reasonFor(const PhotoRecord &record)
{
    if (record.hasError())
        return SweptPhoto::Reason::Unreadable;
    if (record.credit.isEmpty() || record.creditSource == CreditSource::None)
        return SweptPhoto::Reason::NoCredit;
    // An inferred credit is no stored credit, corrected or not: it moves into the field either way.
    if (record.creditSource == CreditSource::Caption)
        return SweptPhoto::Reason::FromCaption;
    return record.isCorrected() ? SweptPhoto::Reason::Corrected : SweptPhoto::Reason::AlreadyRight;
}

// What the sweep must not decide for the desk: which of two disagreeing stores is right, the RAW
// companion's credit (it is not this file's), or a caption line that does not read as one credit.
QString CreditSweep::whyLeftAlone(const PhotoRecord &record, SweptPhoto::Reason reason)
{
    const std::optional<FieldProvenance> credit = record.provenanceOf(MetadataField::Credit);
    if (credit && credit->conflict)
        return QStringLiteral("credit left as it is: its stores disagree (the %1 holds \"%2\")")
            .arg(metadataStoreName(credit->otherStore), credit->otherValue);
    if (credit && credit->store == MetadataStore::RawCompanion)
        return QStringLiteral("credit left as it is: it is the RAW companion's, not this file's");
    if (reason != SweptPhoto::Reason::FromCaption)
        return {};
    const std::optional<FieldProvenance> caption = record.provenanceOf(MetadataField::Caption);
    if (caption && caption->store == MetadataStore::RawCompanion)
        return QStringLiteral("credit left as it is: it comes from the RAW companion's caption");
    if (caption && caption->conflict) {
        const std::optional<QString> other = CaptionCreditParser::trailingCredit(caption->otherValue);
        if (!other || CreditName::groupingKey(*other) != CreditName::groupingKey(record.credit))
            return QStringLiteral("credit left as it is: the caption's stores disagree about it");
    }
    if (CaptionCreditParser::creditLabelCount(record.caption) > 1)
        return QStringLiteral("credit left as it is: the caption names more than one credit");
    const CreditParts parts = CreditLine::parse(record.credit);
    if (parts.agencies.isEmpty() && parts.photographer.isEmpty())
        return QStringLiteral("credit left as it is: \"%1\" names no agency or person").arg(record.credit);
    return {};
}

// Only the credit line that names the credit going into the field is touched: respelled where the alias
// corrected it (record.caption holds it so, CreditCorrection), removed when asked. A caption is written
// whole into every store, so one whose stores disagree, or that is the RAW companion's, is left alone
// rather than have the sweep settle what the files disagree about.
std::optional<QString> CreditSweep::captionFor(const PhotoRecord &record, QStringList &notes) const
{
    const std::optional<QString> line = CaptionCreditParser::trailingCredit(record.caption);
    if (!line || CreditName::groupingKey(*line) != CreditName::groupingKey(record.credit))
        return std::nullopt;
    const bool strip = m_options.stripCaptionCredit && record.creditSource == CreditSource::Caption;
    if (!strip && !record.isCorrected())
        return std::nullopt;
    const std::optional<FieldProvenance> provenance = record.provenanceOf(MetadataField::Caption);
    if (provenance && provenance->conflict) {
        notes.append(QStringLiteral("caption left as it is: its stores disagree"));
        return std::nullopt;
    }
    if (provenance && provenance->store == MetadataStore::RawCompanion) {
        notes.append(QStringLiteral("caption left as it is: it is the RAW companion's"));
        return std::nullopt;
    }
    if (!strip)
        return record.caption;
    const QString stripped = CaptionCreditParser::withoutTrailingCredit(record.caption);
    if (!stripped.isEmpty())
        return stripped;
    // Clearing a caption that is nothing but its credit line would lose the only text it has.
    notes.append(QStringLiteral("caption kept: it is only its credit line"));
    return record.isCorrected() ? std::optional<QString>(record.caption) : std::nullopt;
}
