#pragma once

#include "codereplacements.h"
#include "fieldedit.h"
#include "metadatatemplate.h"

#include "metadata/photorecord.h"

#include <QList>
#include <QString>
#include <QStringList>

/** One photo's edit from a template: what MetadataEditor::plan takes, and what its preview should say. */
struct TemplatedEdit
{
    QString path;
    EditRequest request;
    QStringList notes; // values the photo lacks, unknown variables and codes: each once
    QString problem;   // why the photo gets no edit (a rating that came out no number), or empty
};

/**
 * Applies a template to a selection (docs/user-guide.md, "Templates and code replacements"): each text
 * has its =codes= replaced once, then its {variables} for each photo, and is read as typed
 * (EditFields::parse), so the preview MetadataEditor::plan makes from the result is exactly what will be
 * written. Pure: reads no file, so a model can preview a selection as the person types.
 */
class TemplateApplier
{
public:
    explicit TemplateApplier(const MetadataTemplate &applied, const CodeReplacements &codes = {});

    /** Notes that hold for every photo: the codes the list does not know. */
    [[nodiscard]] const QStringList &notes() const { return m_notes; }

    /** The edit for @p photo, the @p sequence-th (from 1) of the selection. */
    [[nodiscard]] TemplatedEdit applyTo(const PhotoRecord &photo, int sequence, bool toSidecar = false) const;
    /** The edit for each photo of @p selection, numbered in its order. */
    [[nodiscard]] QList<TemplatedEdit> apply(const QList<PhotoRecord> &selection, bool toSidecar = false) const;

private:
    QList<TemplateField> m_fields; // the template's, codes replaced
    QStringList m_notes;
};
