#pragma once

#include "metadatatemplate.h"

#include <QByteArray>
#include <QString>

/** A template read from a file, or why it could not be. */
struct TemplateLoad
{
    MetadataTemplate value;
    QString error; // empty when value is the template the file holds

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/**
 * The template file a desk shares and edits by hand (docs/user-guide.md, "Templates and code
 * replacements"): UTF-8 JSON, `{"version": 1, "name": …, "description": …, "fields": {"credit": "…",
 * "caption": {"value": "…", "mode": "append"}, "keywords": ["…", "…"], "rating": 3}}`, fields named as
 * EditFields names them. Reading never trusts the file: every problem is an error value that says where.
 */
namespace TemplateFile {

/** A desk's template is a page of text; a larger file is not one, and is not read whole. */
inline constexpr qint64 s_maxBytes = 1024 * 1024;
inline constexpr int s_version = 1;
inline constexpr int s_maxNameLength = 200;

[[nodiscard]] TemplateLoad parse(const QByteArray &bytes);
/** Reads @p path; errors start with the file's name. */
[[nodiscard]] TemplateLoad load(const QString &path);

/** Why @p value cannot be written as a file (a field given twice, a list for a one-value field), or empty. */
[[nodiscard]] QString problem(const MetadataTemplate &value);
/** The file's text, keys in a reading order (version, name, description, fields as EditFields lists them). */
[[nodiscard]] QByteArray serialize(const MetadataTemplate &value);

} // namespace TemplateFile
