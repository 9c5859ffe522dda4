#pragma once

#include "metadata/editfield.h"

#include <QList>
#include <QStringList>

#include <optional>

/** One field of an edit: its new values, replacing the old or appended to them. */
struct FieldEdit
{
    enum class Mode
    {
        Replace,
        Append,
    };

    EditField field = EditField::Caption;
    Mode mode = Mode::Replace;
    QStringList values; // empty with Replace clears the field

    /** The field's values after this edit, given @p before. */
    [[nodiscard]] QStringList applied(const QStringList &before) const;
    /** Why this edit cannot be made (a rating that is not -1..5, a tag that is not yes or no), or empty. */
    [[nodiscard]] QString problem() const;
};

/** The file as the values an edit was made from were read: its size and modification time. */
struct SeenFile
{
    qint64 size = 0;
    qint64 mtimeMs = 0;
};

/** What a person asked to change in one or many photos. */
struct EditRequest
{
    QList<FieldEdit> edits; // applied in order: a later edit of a field applies to what the earlier left
    bool toSidecar = false; // write an XMP sidecar even where the file could take the metadata itself
    // Edits built from values shown earlier (the sweep's credit, a template's {credit}) hold only while
    // the file is still the one they were read from; MetadataEditor::plan refuses a file changed since.
    std::optional<SeenFile> seen;
};
