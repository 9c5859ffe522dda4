#include "photorecord.h"

#include <algorithm>

namespace {

// A provenance byte: 0 when the field has no value, else this bit, the conflict bit and the store.
constexpr quint8 s_hasValue = 0x80;
constexpr quint8 s_conflict = 0x40;
constexpr quint8 s_storeMask = 0x3F;

} // namespace

std::optional<FieldProvenance> PhotoRecord::provenanceOf(MetadataField field) const
{
    const quint8 packed = provenanceBytes[size_t(field)];
    if (!(packed & s_hasValue))
        return std::nullopt;
    FieldProvenance provenance{MetadataStore(packed & s_storeMask), bool(packed & s_conflict), {}, {}};
    if (provenance.conflict) {
        const auto other = std::find_if(disagreements.cbegin(), disagreements.cend(),
                                        [field](const FieldDisagreement &entry) { return entry.field == field; });
        if (other != disagreements.cend()) {
            provenance.otherStore = other->store;
            provenance.otherValue = other->value;
        }
    }
    return provenance;
}

void PhotoRecord::clearProvenance(MetadataField field)
{
    provenanceBytes[size_t(field)] = 0;
    disagreements.removeIf([field](const FieldDisagreement &entry) { return entry.field == field; });
}

void PhotoRecord::setProvenance(MetadataField field, const FieldProvenance &value)
{
    provenanceBytes[size_t(field)] =
        s_hasValue | (value.conflict ? s_conflict : 0) | (quint8(value.store) & s_storeMask);
    const auto at = std::lower_bound(disagreements.begin(), disagreements.end(), field,
                                     [](const FieldDisagreement &entry, MetadataField f) { return entry.field < f; });
    const bool listed = at != disagreements.end() && at->field == field;
    if (value.conflict && listed)
        *at = {field, value.otherStore, value.otherValue};
    else if (value.conflict)
        disagreements.insert(at, {field, value.otherStore, value.otherValue});
    else if (listed)
        disagreements.erase(at);
}

QString metadataStoreName(MetadataStore store)
{
    switch (store) {
    case MetadataStore::Exif:
        return QStringLiteral("exif");
    case MetadataStore::Iptc:
        return QStringLiteral("iptc");
    case MetadataStore::Xmp:
        return QStringLiteral("xmp");
    case MetadataStore::Sidecar:
        return QStringLiteral("sidecar");
    case MetadataStore::Caption:
        return QStringLiteral("caption");
    case MetadataStore::PngText:
        return QStringLiteral("png");
    case MetadataStore::ExifWindows1252:
        return QStringLiteral("exif-windows-1252");
    case MetadataStore::Ducky:
        return QStringLiteral("ducky");
    case MetadataStore::RawCompanion:
        return QStringLiteral("raw-companion");
    }
    return {};
}

QString metadataFieldName(MetadataField field)
{
    switch (field) {
    case MetadataField::Caption:
        return QStringLiteral("caption");
    case MetadataField::Credit:
        return QStringLiteral("credit");
    case MetadataField::Creator:
        return QStringLiteral("creator");
    case MetadataField::Copyright:
        return QStringLiteral("copyright");
    case MetadataField::Headline:
        return QStringLiteral("headline");
    case MetadataField::DateTaken:
        return QStringLiteral("dateTaken");
    case MetadataField::Orientation:
        return QStringLiteral("orientation");
    case MetadataField::Title:
        return QStringLiteral("title");
    case MetadataField::Source:
        return QStringLiteral("source");
    case MetadataField::Instructions:
        return QStringLiteral("instructions");
    case MetadataField::UsageTerms:
        return QStringLiteral("usageTerms");
    case MetadataField::Keywords:
        return QStringLiteral("keywords");
    case MetadataField::Sublocation:
        return QStringLiteral("sublocation");
    case MetadataField::City:
        return QStringLiteral("city");
    case MetadataField::State:
        return QStringLiteral("state");
    case MetadataField::Country:
        return QStringLiteral("country");
    case MetadataField::CountryCode:
        return QStringLiteral("countryCode");
    case MetadataField::Rating:
        return QStringLiteral("rating");
    case MetadataField::Label:
        return QStringLiteral("label");
    case MetadataField::Tagged:
        return QStringLiteral("tagged");
    }
    return {};
}

QString creditSourceName(CreditSource source)
{
    switch (source) {
    case CreditSource::None:
        return {};
    case CreditSource::Embedded:
        return QStringLiteral("embedded");
    case CreditSource::Caption:
        return QStringLiteral("caption");
    }
    return {};
}
