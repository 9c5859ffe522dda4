#include "templateapplier.h"

#include "templatevariables.h"

namespace {

void appendNew(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

} // namespace

TemplateApplier::TemplateApplier(const MetadataTemplate &applied, const CodeReplacements &codes)
    : m_fields(applied.fields)
{
    // Codes first and once: they are the same for every photo, and a code's replacement may use a variable.
    for (TemplateField &field : m_fields) {
        for (QString &text : field.texts) {
            QStringList notes;
            text = codes.expand(text, notes);
            appendNew(m_notes, notes);
        }
    }
}

TemplatedEdit TemplateApplier::applyTo(const PhotoRecord &photo, int sequence, bool toSidecar) const
{
    TemplatedEdit edit{photo.path, {{}, toSidecar}, {}, {}};
    const TemplateVariables variables(photo, sequence);
    for (const TemplateField &field : m_fields) {
        QStringList values;
        for (const QString &text : field.texts) {
            QStringList notes;
            appendNew(values, EditFields::parse(field.field, variables.expand(text, notes)));
            appendNew(edit.notes, notes);
        }
        const FieldEdit fieldEdit{field.field, field.mode, values};
        if (QString problem = fieldEdit.problem(); !problem.isEmpty() && edit.problem.isEmpty())
            edit.problem = QStringLiteral("%1: %2").arg(EditFields::name(field.field), problem);
        edit.request.edits.append(fieldEdit);
    }
    return edit;
}

QList<TemplatedEdit> TemplateApplier::apply(const QList<PhotoRecord> &selection, bool toSidecar) const
{
    QList<TemplatedEdit> edits;
    edits.reserve(selection.size());
    for (qsizetype i = 0; i < selection.size(); ++i)
        edits.append(applyTo(selection[i], int(i + 1), toSidecar));
    return edits;
}
