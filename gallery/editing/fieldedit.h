#pragma once

#include "metadata/editfield.h"

#include <QList>
#include <QStringList>

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
    /** Why this edit cannot be made (a rating that is not -1..5), or empty. */
    [[nodiscard]] QString problem() const;
};

/** What a person asked to change in one or many photos. */
struct EditRequest
{
    QList<FieldEdit> edits; // applied in order: a later edit of a field applies to what the earlier left
    bool toSidecar = false; // write an XMP sidecar even where the file could take the metadata itself
};
