#include "metadatasources.h"

QString StoreValues::text(MetadataField field) const
{
    switch (field) {
    case MetadataField::Caption:
        return caption;
    case MetadataField::Credit:
        return credit;
    case MetadataField::Creator:
        return creator;
    case MetadataField::Copyright:
        return copyright;
    case MetadataField::Headline:
        return headline;
    case MetadataField::DateTaken:
        return dateTaken;
    case MetadataField::Orientation:
        return orientation > 0 ? QString::number(orientation) : QString();
    case MetadataField::Title:
        return title;
    case MetadataField::Source:
        return source;
    case MetadataField::Instructions:
        return instructions;
    case MetadataField::UsageTerms:
        return usageTerms;
    case MetadataField::Keywords:
        return keywords.isEmpty() ? QString() : keywords.join(QChar(s_listSeparator));
    case MetadataField::Sublocation:
        return sublocation;
    case MetadataField::City:
        return city;
    case MetadataField::State:
        return state;
    case MetadataField::Country:
        return country;
    case MetadataField::CountryCode:
        return countryCode;
    case MetadataField::Rating:
        return rating;
    case MetadataField::Label:
        return label;
    case MetadataField::Tagged:
        return tagged;
    }
    return {};
}

bool StoreValues::isEmpty() const
{
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        if (!text(MetadataField(i)).isNull())
            return false;
    }
    return true;
}
