#pragma once

#include "metadata/photorecord.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * The variables of a template's text, for one photo (docs/user-guide.md, "Templates and code
 * replacements"): {filename}, {name}, {folder}, {date}, {date:FORMAT} (DateTakenFormat), {caption},
 * {headline}, {credit}, {creator}, {copyright}, {seq} and {seq:03}. Names are case-insensitive. A value
 * the photo lacks is empty, with a note; an unknown {x} stays as written, with a note; {{ and }} are
 * literal braces. Each value is put in as it is: a caption holding "{seq}" or "=nk=" is not expanded again.
 */
class TemplateVariables
{
public:
    /** For @p photo, the @p sequence-th (from 1) of the selection. */
    TemplateVariables(PhotoRecord photo, int sequence) : m_photo(std::move(photo)), m_sequence(sequence) {}

    /** @p text with each variable replaced; @p notes gets a line for each missing value or unknown variable. */
    [[nodiscard]] QString expand(const QString &text, QStringList &notes) const;

    /** The variables, as a menu lists them: "{filename}", "{date:%d %B %Y}", … */
    [[nodiscard]] static QStringList examples();

private:
    /** The value of @p token ("{date:%Y}", braces included), or nullopt when it is no variable. */
    [[nodiscard]] std::optional<QString> value(const QString &token, QStringList &notes) const;
    [[nodiscard]] std::optional<QString> dateValue(const QString &token, QStringList &notes) const;
    [[nodiscard]] std::optional<QString> sequenceValue(const QString &token) const;

    PhotoRecord m_photo;
    int m_sequence;
};
