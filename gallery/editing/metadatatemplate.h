#pragma once

#include "fieldedit.h"

#include "metadata/editfield.h"

#include <QList>
#include <QString>
#include <QStringList>

/** One field of a template as it is saved: its text before code replacements and variables are expanded. */
struct TemplateField
{
    EditField field = EditField::Caption;
    FieldEdit::Mode mode = FieldEdit::Mode::Replace;
    // Each text is expanded for a photo, then read as typed (EditFields::parse): "Soyuz, launch" is two
    // keywords. One text for a field of one value; an empty text with Replace clears the field.
    QStringList texts;

    friend bool operator==(const TemplateField &, const TemplateField &) = default;
};

/**
 * A saved set of fields applied to a selection, Photo Mechanic's "stationery pad" (docs/user-guide.md,
 * "Templates and code replacements"). A value type: TemplateFile reads and writes it, TemplateStore keeps
 * it, TemplateApplier turns it into each photo's EditRequest.
 */
struct MetadataTemplate
{
    QString name;
    QString description; // what the template is for, as the desk wrote it
    QList<TemplateField> fields;

    friend bool operator==(const MetadataTemplate &, const MetadataTemplate &) = default;
};
