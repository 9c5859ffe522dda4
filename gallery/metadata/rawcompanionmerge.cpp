#include "rawcompanionmerge.h"

#include "nativepath.h"

#include <QFileInfo>

namespace {

// Two texts that differ only in case or spacing say the same thing; a warning about them would be noise.
bool sameText(const QString &a, const QString &b)
{
    return QString::compare(a.simplified(), b.simplified(), Qt::CaseInsensitive) == 0;
}

// The RAW's provenance for a field it gives the pair: where it came from is "the RAW companion" (its own
// store is one file further away than the detail pane can show), and a disagreement inside the RAW stays.
FieldProvenance fromCompanion(const PhotoRecord &raw, MetadataField field)
{
    FieldProvenance provenance = raw.provenanceOf(field).value_or(FieldProvenance{});
    provenance.store = MetadataStore::RawCompanion;
    return provenance;
}

bool isAbsent(const QString &value)
{
    return value.isEmpty();
}
bool isAbsent(const QStringList &value)
{
    return value.isEmpty();
}
bool isAbsent(const std::optional<int> &value)
{
    return !value.has_value();
}

// Fills @p field from the RAW when the rendition has no value; returns whether it did.
template<typename Value>
bool fillFromRaw(PhotoRecord &pair, Value PhotoRecord::*member, const PhotoRecord &raw, MetadataField field)
{
    if (!isAbsent(pair.*member) || isAbsent(raw.*member))
        return false;
    pair.*member = raw.*member;
    pair.setProvenance(field, fromCompanion(raw, field));
    return true;
}

void warnIfDifferent(PhotoRecord &pair, const PhotoRecord &raw, const QString &shown, const QString &rawValue,
                     const QString &what)
{
    if (shown.isEmpty() || rawValue.isEmpty() || sameText(shown, rawValue))
        return;
    pair.warnings.append(QStringLiteral("the RAW companion %1 has another %2: \"%3\"; the JPEG's is shown")
                             .arg(NativePath::display(QFileInfo(raw.path).fileName()), what, rawValue));
}

// The credit, by the single-file rule "an embedded credit always beats an inferred one" (docs/metadata.md),
// the rendition first at each level: its embedded credit, the RAW's embedded credit, its inferred credit,
// the RAW's inferred credit.
void mergeCredit(PhotoRecord &pair, const PhotoRecord &raw)
{
    const bool takeRaw = !raw.credit.isEmpty() &&
                         (pair.credit.isEmpty() ||
                          (pair.creditSource == CreditSource::Caption && raw.creditSource == CreditSource::Embedded));
    if (!takeRaw) {
        warnIfDifferent(pair, raw, pair.credit, raw.credit, QStringLiteral("credit"));
        return;
    }
    const QString inferred = pair.credit;
    pair.credit = raw.credit;
    pair.creditSource = raw.creditSource;
    pair.setProvenance(MetadataField::Credit, fromCompanion(raw, MetadataField::Credit));
    if (!inferred.isEmpty() && !sameText(inferred, raw.credit))
        pair.warnings.append(QStringLiteral("the JPEG's caption names another credit: \"%1\"; the credit embedded "
                                            "in the RAW companion %2 is shown")
                                 .arg(inferred, NativePath::display(QFileInfo(raw.path).fileName())));
}

} // namespace

PhotoRecord RawCompanionMerge::merge(PhotoRecord rendition, const PhotoRecord &raw)
{
    PhotoRecord &pair = rendition;
    pair.companionPath = raw.path;
    pair.companionSize = raw.fileSize;
    if (raw.hasError()) {
        pair.warnings.append(QStringLiteral("the RAW companion %1 could not be read: %2")
                                 .arg(NativePath::display(QFileInfo(raw.path).fileName()), raw.error));
        return pair; // an error record carries no metadata worth taking
    }
    if (!fillFromRaw(pair, &PhotoRecord::caption, raw, MetadataField::Caption))
        warnIfDifferent(pair, raw, pair.caption, raw.caption, QStringLiteral("caption"));
    mergeCredit(pair, raw);
    fillFromRaw(pair, &PhotoRecord::creator, raw, MetadataField::Creator);
    fillFromRaw(pair, &PhotoRecord::copyright, raw, MetadataField::Copyright);
    fillFromRaw(pair, &PhotoRecord::headline, raw, MetadataField::Headline);
    fillFromRaw(pair, &PhotoRecord::dateTaken, raw, MetadataField::DateTaken);
    // The wire fields, the rating and label above all: Lightroom and Photo Mechanic rate a pair in the RAW's
    // sidecar.
    for (const auto &[member, field] :
         {std::pair{&PhotoRecord::title, MetadataField::Title}, std::pair{&PhotoRecord::source, MetadataField::Source},
          std::pair{&PhotoRecord::instructions, MetadataField::Instructions},
          std::pair{&PhotoRecord::usageTerms, MetadataField::UsageTerms},
          std::pair{&PhotoRecord::sublocation, MetadataField::Sublocation},
          std::pair{&PhotoRecord::city, MetadataField::City}, std::pair{&PhotoRecord::state, MetadataField::State},
          std::pair{&PhotoRecord::country, MetadataField::Country},
          std::pair{&PhotoRecord::countryCode, MetadataField::CountryCode},
          std::pair{&PhotoRecord::label, MetadataField::Label}})
        fillFromRaw(pair, member, raw, field);
    fillFromRaw(pair, &PhotoRecord::keywords, raw, MetadataField::Keywords);
    fillFromRaw(pair, &PhotoRecord::rating, raw, MetadataField::Rating);
    if (!pair.provenanceOf(MetadataField::Tagged) && raw.provenanceOf(MetadataField::Tagged)) {
        pair.tagged = raw.tagged;
        pair.setProvenance(MetadataField::Tagged, fromCompanion(raw, MetadataField::Tagged));
    }
    if (pair.cameraSerial.isEmpty()) // a camera's JPEG may leave out what its RAW's maker note keeps
        pair.cameraSerial = raw.cameraSerial;
    // Width, height, orientation and format stay the rendition's: they describe the picture shown.
    return pair;
}
