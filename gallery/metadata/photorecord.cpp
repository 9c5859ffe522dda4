#include "photorecord.h"

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
