#include "photorecordjson.h"

#include "nativepath.h"

#include "credits/creditline.h"

#include <QJsonArray>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(qint64 number)
{
    return number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

QJsonObject provenanceJson(const PhotoRecord &record)
{
    QJsonObject provenance;
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        const auto field = static_cast<MetadataField>(i);
        if (const auto value = record.provenanceOf(field)) {
            QJsonObject entry{{QStringLiteral("source"), metadataStoreName(value->store)},
                              {QStringLiteral("conflict"), value->conflict}};
            if (value->conflict) // what the other store says
                entry.insert(QStringLiteral("other"),
                             QJsonObject{{QStringLiteral("source"), metadataStoreName(value->otherStore)},
                                         {QStringLiteral("value"), value->otherValue}});
            // The spelling the files give a credit the folder's accepted alias corrected.
            if (field == MetadataField::Credit && record.isCorrected())
                entry.insert(QStringLiteral("correctedFrom"), record.creditCorrectedFrom);
            provenance.insert(metadataFieldName(field), entry);
        }
    }
    return provenance;
}

} // namespace

namespace PhotoRecordJson {

QJsonObject toJson(const PhotoRecord &record)
{
    // What the credit line names (docs/metadata.md, "Credit line grammar"), for scripts that sort by agency.
    const CreditParts credit = CreditLine::parse(record.credit);
    QJsonObject json{
        {QStringLiteral("path"), NativePath::display(record.path)},
        {QStringLiteral("caption"), textOrNull(record.caption)},
        {QStringLiteral("credit"), textOrNull(record.credit)},
        {QStringLiteral("creditSource"), textOrNull(creditSourceName(record.creditSource))},
        {QStringLiteral("agencies"), QJsonArray::fromStringList(credit.agencies)},
        {QStringLiteral("photographer"), textOrNull(credit.photographer)},
        {QStringLiteral("creator"), textOrNull(record.creator)},
        {QStringLiteral("copyright"), textOrNull(record.copyright)},
        {QStringLiteral("headline"), textOrNull(record.headline)},
        {QStringLiteral("dateTaken"), textOrNull(record.dateTaken)},
        {QStringLiteral("width"), numberOrNull(record.width)},
        {QStringLiteral("height"), numberOrNull(record.height)},
        {QStringLiteral("orientation"), numberOrNull(record.orientation)},
        {QStringLiteral("format"), textOrNull(record.format)},
        {QStringLiteral("fileSize"), QJsonValue(record.fileSize)},
        {QStringLiteral("error"), textOrNull(record.error)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(record.warnings)},
        {QStringLiteral("provenance"), provenanceJson(record)},
        // A RAW+JPEG pair's RAW (docs/metadata.md, "RAW+JPEG pairs"); null for a photo of one file.
        {QStringLiteral("companion"), textOrNull(NativePath::display(record.companionPath))},
        {QStringLiteral("companionSize"), record.hasCompanion() ? QJsonValue(record.companionSize) : QJsonValue()},
    };
    // JSON text is Unicode: a name that is not UTF-8 shows U+FFFD in "path", and its exact bytes in "uri".
    if (NativePath::hasEscapes(record.path))
        json.insert(QStringLiteral("uri"), QString::fromLatin1(NativePath::fileUri(record.path)));
    return json;
}

} // namespace PhotoRecordJson
