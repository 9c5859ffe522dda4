#include "templatefile.h"

#include "metadata/nativepath.h"
#include "metadata/textdecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

using Mode = FieldEdit::Mode;

const QLatin1String s_version("version");
const QLatin1String s_name("name");
const QLatin1String s_description("description");
const QLatin1String s_fields("fields");
const QLatin1String s_value("value");
const QLatin1String s_mode("mode");

TemplateLoad failure(const QString &error)
{
    return {{}, error};
}

// Qt reports a byte offset; a person looks for a line and a character in it.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return QStringLiteral("line %1, column %2")
        .arg(before.count('\n') + 1)
        .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1);
}

qsizetype firstBadUtf8(QByteArrayView bytes)
{
    char32_t codePoint = 0;
    for (qsizetype at = 0; at < bytes.size();) {
        const int length = TextDecoding::utf8SequenceAt(bytes, at, codePoint);
        if (length == 0)
            return at;
        at += length;
    }
    return -1;
}

// A value a metadata store can hold: a control character (a NUL ends a C string in the writers, an ESC
// starts an IIM character set switch) or a lone surrogate from a JSON "\ud800" escape is no text.
QString textProblem(const QString &text, bool lineBreaksAllowed = true)
{
    if (!text.isValidUtf16())
        return QStringLiteral("holds a lone surrogate (\\uD800-\\uDFFF), which is no character");
    for (const QChar c : text) {
        const bool lineBreak = c == u'\n' || c == u'\r';
        if ((c.unicode() < 0x20 && c != u'\t' && !(lineBreak && lineBreaksAllowed)) || c.unicode() == 0x7F)
            return QStringLiteral("holds the control character U+%1")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return {};
}

QString fieldNames()
{
    QStringList names;
    for (EditField field : EditFields::all())
        names.append(EditFields::name(field));
    return names.join(QStringLiteral(", "));
}

QString textsFrom(const QJsonValue &value, const EditFieldInfo &info, QStringList &texts)
{
    if (value.isString()) {
        texts = {value.toString()};
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers only (a rating); 2^53 is where a double stops counting in ones.
        if (number != std::trunc(number) || std::abs(number) > 9007199254740992.0)
            return QStringLiteral("a number must be a whole number");
        texts = {QString::number(qint64(number))};
    } else if (value.isArray()) {
        if (!info.list)
            return QStringLiteral("takes one value, not a list (lists are for creator and keywords)");
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return QStringLiteral("a list holds text only");
            texts.append(item.toString());
        }
        if (texts.isEmpty())
            texts = {QString()}; // [] clears the field, as "" does
    } else {
        return QStringLiteral("must be text, a number, a list of text, or {\"value\": …, \"mode\": …}");
    }
    for (const QString &text : texts) {
        if (QString problem = textProblem(text); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString modeFrom(const QJsonValue &value, Mode &mode)
{
    if (value == QJsonValue(QStringLiteral("replace")))
        mode = Mode::Replace;
    else if (value == QJsonValue(QStringLiteral("append")))
        mode = Mode::Append;
    else
        return QStringLiteral("the mode must be \"replace\" or \"append\", not %1")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1)));
    return {};
}

QString fieldFrom(const QString &key, const QJsonValue &value, TemplateField &field)
{
    const std::optional<EditField> known = EditFields::byName(key);
    if (!known)
        return QStringLiteral("unknown field (the fields are %1)").arg(fieldNames());
    field.field = *known;
    QJsonValue text = value;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString &inner : object.keys()) {
            if (inner != s_value && inner != s_mode)
                return QStringLiteral("unknown key \"%1\" (a field has \"value\" and \"mode\")").arg(inner);
        }
        if (!object.contains(s_value))
            return QStringLiteral("has no \"value\"");
        text = object.value(s_value);
        if (object.contains(s_mode)) {
            if (QString problem = modeFrom(object.value(s_mode), field.mode); !problem.isEmpty())
                return problem;
        }
    }
    if (QString problem = textsFrom(text, EditFields::info(field.field), field.texts); !problem.isEmpty())
        return problem;
    // A value without a variable or a code can be checked now rather than once a photo.
    for (const QString &typed : field.texts) {
        if (typed.contains(u'{') || typed.contains(u'='))
            continue;
        if (QString problem = FieldEdit{field.field, field.mode, EditFields::parse(field.field, typed)}.problem();
            !problem.isEmpty())
            return problem;
    }
    return {};
}

QString fieldsFrom(const QJsonValue &value, QList<TemplateField> &fields)
{
    if (!value.isObject())
        return QStringLiteral("\"fields\" must be an object: {\"credit\": \"…\", …}");
    const QJsonObject object = value.toObject();
    QSet<EditField> seen;
    for (auto it = object.begin(); it != object.end(); ++it) {
        TemplateField field;
        if (QString problem = fieldFrom(it.key(), it.value(), field); !problem.isEmpty())
            return QStringLiteral("field \"%1\": %2").arg(it.key(), problem);
        // Names are case-insensitive, so "Credit" and "credit" are one field named twice.
        if (seen.contains(field.field))
            return QStringLiteral("field \"%1\" is given twice").arg(EditFields::name(field.field));
        seen.insert(field.field);
        fields.append(field);
    }
    std::sort(fields.begin(), fields.end(),
              [](const TemplateField &a, const TemplateField &b) { return a.field < b.field; });
    return {};
}

QString versionFrom(const QJsonValue &value)
{
    const double version = value.toDouble(-1);
    if (!value.isDouble() || version != std::trunc(version) || version < 1)
        return QStringLiteral("\"version\" must be a whole number from 1");
    if (version > TemplateFile::s_version)
        return QStringLiteral("written for a newer Byline (template version %1; this one reads version %2)")
            .arg(version)
            .arg(TemplateFile::s_version);
    return {};
}

QString nameProblem(const QString &name)
{
    if (name.size() > TemplateFile::s_maxNameLength)
        return QStringLiteral("\"name\" is longer than %1 characters").arg(TemplateFile::s_maxNameLength);
    if (QString problem = textProblem(name, false); !problem.isEmpty())
        return QStringLiteral("\"name\" %1").arg(problem);
    return {};
}

QString templateFrom(const QJsonObject &root, MetadataTemplate &value)
{
    for (const QString &key : root.keys()) {
        if (key != s_version && key != s_name && key != s_description && key != s_fields)
            return QStringLiteral("unknown key \"%1\" (a template has \"version\", \"name\", \"description\" "
                                  "and \"fields\")")
                .arg(key);
    }
    if (root.contains(s_version)) {
        if (QString problem = versionFrom(root.value(s_version)); !problem.isEmpty())
            return problem;
    }
    for (const auto &[key, text] : {std::pair{s_name, &value.name}, std::pair{s_description, &value.description}}) {
        if (root.contains(key) && !root.value(key).isString())
            return QStringLiteral("\"%1\" must be text").arg(key);
        *text = root.value(key).toString();
    }
    if (QString problem = nameProblem(value.name); !problem.isEmpty())
        return problem;
    if (QString problem = textProblem(value.description); !problem.isEmpty())
        return QStringLiteral("\"description\" %1").arg(problem);
    if (!root.contains(s_fields))
        return QStringLiteral("no \"fields\": a template is {\"name\": \"…\", \"fields\": {\"credit\": \"…\"}}");
    return fieldsFrom(root.value(s_fields), value.fields);
}

// One JSON value as compact text; QJsonDocument writes only arrays and objects, so the value goes in an
// array and comes out of it.
QByteArray jsonText(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

QJsonValue valueOf(const TemplateField &field)
{
    const QJsonValue texts =
        field.texts.size() > 1 ? QJsonValue(QJsonArray::fromStringList(field.texts)) : QJsonValue(field.texts.value(0));
    if (field.mode == Mode::Replace)
        return texts;
    return QJsonObject{{s_value, texts}, {s_mode, QStringLiteral("append")}};
}

} // namespace

namespace TemplateFile {

TemplateLoad parse(const QByteArray &input)
{
    if (input.size() > s_maxBytes)
        return failure(
            QStringLiteral("the file is %1 bytes; a template is at most %2").arg(input.size()).arg(s_maxBytes));
    // Windows editors start UTF-8 with a byte-order mark, which JSON does not allow.
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    if (bytes.trimmed().isEmpty())
        return failure(QStringLiteral("the file is empty"));
    if (const qsizetype bad = firstBadUtf8(bytes); bad >= 0)
        return failure(QStringLiteral("not UTF-8 text: %1 has the byte 0x%2; save the file as UTF-8")
                           .arg(lineAndColumn(bytes, bad))
                           .arg(quint8(bytes.at(bad)), 2, 16, QLatin1Char('0')));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(
            QStringLiteral("not valid JSON: %1: %2").arg(lineAndColumn(bytes, error.offset), error.errorString()));
    if (!document.isObject())
        return failure(QStringLiteral("a template is a JSON object: {\"name\": \"…\", \"fields\": {…}}"));
    TemplateLoad load;
    load.error = templateFrom(document.object(), load.value);
    if (!load.ok())
        load.value = {};
    return load;
}

TemplateLoad load(const QString &path)
{
    const QString shown = NativePath::display(path);
    QFile file;
    if (QString error = NativePath::openForReading(file, path); !error.isEmpty())
        return failure(QStringLiteral("%1: %2").arg(shown, error));
    if (QFileInfo(file).isDir())
        return failure(QStringLiteral("%1: a folder, not a template file").arg(shown));
    // One byte past the limit is enough to know the file is too big, whatever size it claims.
    const QByteArray bytes = file.read(s_maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("%1: %2").arg(shown, file.errorString()));
    TemplateLoad loaded = parse(bytes);
    if (!loaded.ok())
        loaded.error = QStringLiteral("%1: %2").arg(shown, loaded.error);
    return loaded;
}

QString problem(const MetadataTemplate &value)
{
    if (QString problem = nameProblem(value.name); !problem.isEmpty())
        return problem;
    if (QString problem = textProblem(value.description); !problem.isEmpty())
        return QStringLiteral("the description %1").arg(problem);
    QSet<EditField> seen;
    for (const TemplateField &field : value.fields) {
        const QString name = EditFields::name(field.field);
        if (seen.contains(field.field))
            return QStringLiteral("%1 is given twice").arg(name);
        seen.insert(field.field);
        if (field.texts.size() > 1 && !EditFields::info(field.field).list)
            return QStringLiteral("%1 takes one value, not a list").arg(name);
        for (const QString &text : field.texts) {
            if (QString problem = textProblem(text); !problem.isEmpty())
                return QStringLiteral("%1 %2").arg(name, problem);
        }
    }
    return {};
}

QByteArray serialize(const MetadataTemplate &value)
{
    QByteArray text = "{\n    \"version\": " + QByteArray::number(s_version) + ",\n";
    text += "    \"name\": " + jsonText(value.name) + ",\n";
    if (!value.description.isEmpty())
        text += "    \"description\": " + jsonText(value.description) + ",\n";
    text += "    \"fields\": {";
    QList<TemplateField> fields = value.fields;
    std::stable_sort(fields.begin(), fields.end(),
                     [](const TemplateField &a, const TemplateField &b) { return a.field < b.field; });
    for (qsizetype i = 0; i < fields.size(); ++i) {
        text += i == 0 ? "\n" : ",\n";
        text += "        " + jsonText(EditFields::name(fields[i].field)) + ": " + jsonText(valueOf(fields[i]));
    }
    text += fields.isEmpty() ? "}\n}\n" : "\n    }\n}\n";
    return text;
}

} // namespace TemplateFile
