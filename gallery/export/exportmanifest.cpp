#include "exportmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isImage(const ExportReport::Output &output)
{
    return output.kind == ExportReport::Output::Kind::Original || output.kind == ExportReport::Output::Kind::Resized;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue creditSourceOrNull(CreditSource source)
{
    return source == CreditSource::None ? QJsonValue() : QJsonValue(creditSourceName(source));
}

// A RAW+JPEG pair's RAW as exported: file (relative), size and SHA-256; null when none was written.
QJsonValue companionJson(const ExportReport::Photo &photo, const QDir &destination)
{
    const ExportReport::Output *companion = photo.output(ExportReport::Output::Kind::Companion);
    if (!companion)
        return {};
    return QJsonObject{{QStringLiteral("file"), destination.relativeFilePath(companion->path)},
                       {QStringLiteral("size"), companion->size},
                       {QStringLiteral("sha256"), QString::fromLatin1(companion->sha256)}};
}

// The same as the CSV's last three fields, empty when no RAW was written.
QStringList companionFields(const ExportReport::Photo &photo, const QDir &destination)
{
    const ExportReport::Output *companion = photo.output(ExportReport::Output::Kind::Companion);
    if (!companion)
        return {QString(), QString(), QString()};
    return {destination.relativeFilePath(companion->path), QString::number(companion->size),
            QString::fromLatin1(companion->sha256)};
}

} // namespace

QString ExportManifest::csvField(const QString &value)
{
    static const QString s_special = QStringLiteral(",\"\r\n");
    if (!std::any_of(value.cbegin(), value.cend(), [](QChar c) { return s_special.contains(c); }))
        return value;
    return u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QByteArray ExportManifest::csv(const QList<ExportReport::Photo> &photos, const QDir &destination,
                               const HouseStyle &house)
{
    // New columns come last, so the columns a desk's script reads by position stay where they were.
    QString text = QStringLiteral("file,caption,credit,creditSource,creator,copyright,date,size,sha256,companion,"
                                  "companionSize,companionSha256,creditLine,creditCorrectedFrom\r\n");
    for (const ExportReport::Photo &photo : photos) {
        const PhotoRecord &r = photo.record;
        for (const ExportReport::Output &output : photo.outputs) {
            if (!isImage(output))
                continue;
            const QStringList fields =
                QStringList{destination.relativeFilePath(output.path),
                            r.caption,
                            r.credit,
                            r.creditSource == CreditSource::None ? QString() : creditSourceName(r.creditSource),
                            r.creator,
                            r.copyright,
                            r.dateTaken,
                            QString::number(output.size),
                            QString::fromLatin1(output.sha256)} +
                companionFields(photo, destination) + QStringList{house.line(r.credit), r.creditCorrectedFrom};
            QStringList quoted;
            for (const QString &field : fields)
                quoted.append(csvField(field));
            text += quoted.join(u',') + QStringLiteral("\r\n");
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray ExportManifest::json(const QList<ExportReport::Photo> &photos, const QDir &destination,
                                const HouseStyle &house)
{
    QJsonArray rows;
    for (const ExportReport::Photo &photo : photos) {
        const PhotoRecord &r = photo.record;
        for (const ExportReport::Output &output : photo.outputs) {
            if (!isImage(output))
                continue;
            rows.append(QJsonObject{{QStringLiteral("file"), destination.relativeFilePath(output.path)},
                                    {QStringLiteral("caption"), textOrNull(r.caption)},
                                    {QStringLiteral("credit"), textOrNull(r.credit)},
                                    {QStringLiteral("creditLine"), textOrNull(house.line(r.credit))},
                                    {QStringLiteral("creditCorrectedFrom"), textOrNull(r.creditCorrectedFrom)},
                                    {QStringLiteral("creditSource"), creditSourceOrNull(r.creditSource)},
                                    {QStringLiteral("creator"), textOrNull(r.creator)},
                                    {QStringLiteral("copyright"), textOrNull(r.copyright)},
                                    {QStringLiteral("date"), textOrNull(r.dateTaken)},
                                    {QStringLiteral("size"), output.size},
                                    {QStringLiteral("sha256"), QString::fromLatin1(output.sha256)},
                                    {QStringLiteral("companion"), companionJson(photo, destination)}});
        }
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}
