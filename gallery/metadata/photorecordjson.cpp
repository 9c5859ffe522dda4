#include "photorecordjson.h"

#include "nativepath.h"

#include "credits/creditline.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(qint64 number)
{
    return number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

// Where the photo was taken (IPTC's location fields): null when the file names no part of it, else every
// part, null where absent, so a script reads location.city without asking first.
QJsonValue locationJson(const PhotoRecord &record)
{
    const QString parts[] = {record.sublocation, record.city, record.state, record.country, record.countryCode};
    if (std::all_of(std::begin(parts), std::end(parts), [](const QString &part) { return part.isEmpty(); }))
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("sublocation"), textOrNull(record.sublocation)},
        {QStringLiteral("city"), textOrNull(record.city)},
        {QStringLiteral("state"), textOrNull(record.state)},
        {QStringLiteral("country"), textOrNull(record.country)},
        {QStringLiteral("countryCode"), textOrNull(record.countryCode)},
    };
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
        // The wire fields (docs/metadata.md, "Stores and fields").
        {QStringLiteral("title"), textOrNull(record.title)},
        {QStringLiteral("source"), textOrNull(record.source)},
        {QStringLiteral("instructions"), textOrNull(record.instructions)},
        {QStringLiteral("usageTerms"), textOrNull(record.usageTerms)},
        {QStringLiteral("keywords"),
         record.keywords.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(record.keywords))},
        {QStringLiteral("location"), locationJson(record)},
        {QStringLiteral("rating"), record.rating ? QJsonValue(*record.rating) : QJsonValue()},
        {QStringLiteral("label"), textOrNull(record.label)},
        // null when no store has the tag, as a missing rating or label is; False written by a tool is false.
        {QStringLiteral("tagged"),
         record.provenanceOf(MetadataField::Tagged) ? QJsonValue(record.tagged) : QJsonValue()},
        {QStringLiteral("width"), numberOrNull(record.width)},
        {QStringLiteral("height"), numberOrNull(record.height)},
        {QStringLiteral("orientation"), numberOrNull(record.orientation)},
        {QStringLiteral("format"), textOrNull(record.format)},
        {QStringLiteral("cameraSerial"), textOrNull(record.cameraSerial)},
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
