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
    }
    return {};
}

bool StoreValues::isEmpty() const
{
    return caption.isNull() && creator.isNull() && copyright.isNull() && credit.isNull() && headline.isNull() &&
           dateTaken.isNull() && orientation == 0;
}
