#include "setrequests.h"

#include "editing/templatefile.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"

#include <QCommandLineParser>

namespace {

struct TextOption
{
    const char *option;
    EditField field;
    FieldEdit::Mode mode;
};

// Each field's option; list fields take "a; b" (creators) or "a, b" (keywords) in one value.
const TextOption s_textOptions[] = {
    {"caption", EditField::Caption, FieldEdit::Mode::Replace},
    {"append-caption", EditField::Caption, FieldEdit::Mode::Append},
    {"headline", EditField::Headline, FieldEdit::Mode::Replace},
    {"credit", EditField::Credit, FieldEdit::Mode::Replace},
    {"creator", EditField::Creator, FieldEdit::Mode::Replace},
    {"copyright", EditField::Copyright, FieldEdit::Mode::Replace},
    {"source", EditField::Source, FieldEdit::Mode::Replace},
    {"instructions", EditField::Instructions, FieldEdit::Mode::Replace},
    {"usage-terms", EditField::UsageTerms, FieldEdit::Mode::Replace},
    {"keywords", EditField::Keywords, FieldEdit::Mode::Replace},
    {"location", EditField::Location, FieldEdit::Mode::Replace},
    {"city", EditField::City, FieldEdit::Mode::Replace},
    {"state", EditField::State, FieldEdit::Mode::Replace},
    {"country", EditField::Country, FieldEdit::Mode::Replace},
    {"country-code", EditField::CountryCode, FieldEdit::Mode::Replace},
    {"title", EditField::Title, FieldEdit::Mode::Replace},
    {"alt-text", EditField::AltText, FieldEdit::Mode::Replace},
    {"rating", EditField::Rating, FieldEdit::Mode::Replace},
    {"label", EditField::Label, FieldEdit::Mode::Replace},
    {"tagged", EditField::Tagged, FieldEdit::Mode::Replace},
};

const QString s_keyword = QStringLiteral("keyword");
const QString s_sidecar = QStringLiteral("sidecar");
const QString s_template = QStringLiteral("template");
const QString s_codes = QStringLiteral("codes");

// The typed options as template fields, in the order of s_textOptions, --keyword last: their text is
// expanded like the template's, and they apply after it (a replacing option wins, --keyword adds).
QList<TemplateField> typedFields(const QCommandLineParser &parser)
{
    QList<TemplateField> fields;
    for (const TextOption &option : s_textOptions) {
        if (parser.isSet(QLatin1String(option.option)))
            fields.append({option.field, option.mode, {parser.value(QLatin1String(option.option))}});
    }
    if (parser.isSet(s_keyword))
        fields.append({EditField::Keywords, FieldEdit::Mode::Append, parser.values(s_keyword)});
    return fields;
}

} // namespace

QList<QCommandLineOption> SetRequests::options()
{
    QList<QCommandLineOption> options;
    for (const TextOption &option : s_textOptions)
        options.append(QCommandLineOption(QLatin1String(option.option), QString(), QStringLiteral("TEXT")));
    options.append(QCommandLineOption(s_keyword, QString(), QStringLiteral("K")));
    options.append(QCommandLineOption(s_sidecar));
    options.append(QCommandLineOption(s_template, QString(), QStringLiteral("FILE")));
    options.append(QCommandLineOption(s_codes, QString(), QStringLiteral("FILE")));
    return options;
}

QString SetRequests::prepare(const QCommandLineParser &parser)
{
    m_toSidecar = parser.isSet(s_sidecar);
    // Without a template or codes, values are written as typed, braces and '=' included.
    if (!parser.isSet(s_template) && !parser.isSet(s_codes))
        return typedRequest(parser);
    return templateRequest(parser);
}

TemplatedEdit SetRequests::forPhoto(const QString &path, int sequence) const
{
    if (!m_applier)
        return {path, m_request, {}, {}};
    // The variables come from the photo as Byline reads it: the record the window would pass.
    PhotoRecord record = MetadataReader::read(path);
    record.path = path;
    return m_applier->applyTo(record, sequence, m_toSidecar);
}

QString SetRequests::typedRequest(const QCommandLineParser &parser)
{
    for (const TemplateField &field : typedFields(parser)) {
        QStringList values;
        for (const QString &text : field.texts)
            values += EditFields::parse(field.field, text);
        const FieldEdit edit{field.field, field.mode, values};
        if (QString problem = edit.problem(); !problem.isEmpty())
            return QStringLiteral("%1: %2").arg(EditFields::name(field.field), problem);
        m_request.edits.append(edit);
    }
    m_request.toSidecar = m_toSidecar;
    if (m_request.edits.isEmpty())
        return QStringLiteral("nothing to set: give at least one field option or --template");
    return {};
}

QString SetRequests::templateRequest(const QCommandLineParser &parser)
{
    MetadataTemplate applied;
    if (parser.isSet(s_template)) {
        const TemplateLoad loaded = TemplateFile::load(NativePath::absolute(parser.value(s_template)));
        if (!loaded.ok())
            return QStringLiteral("--template %1").arg(loaded.error);
        applied = loaded.value;
    }
    CodeReplacements codes;
    if (parser.isSet(s_codes)) {
        const CodeReplacements::Load loaded = CodeReplacements::load(NativePath::absolute(parser.value(s_codes)));
        if (!loaded.ok())
            return QStringLiteral("--codes %1").arg(loaded.error);
        m_notes += loaded.notes;
        codes = loaded.codes;
    }
    applied.fields += typedFields(parser);
    if (applied.fields.isEmpty())
        return QStringLiteral("nothing to set: the template has no fields and no field option was given");
    m_applier.emplace(applied, codes);
    m_notes += m_applier->notes();
    return {};
}
