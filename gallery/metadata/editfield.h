#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The fields a person can edit and Byline writes back (docs/metadata.md, "Writing metadata"): each has
 * its XMP home, and where IPTC IIM or Exif have one, those too.
 */
enum class EditField
{
    Caption,
    Headline,
    Credit,
    Creator,
    Copyright,
    Source,
    Instructions,
    UsageTerms,
    Keywords,
    Location, // the sublocation: IIM 2:92, Iptc4xmpCore:Location
    City,
    State,
    Country,
    CountryCode,
    Title,
    AltText,
    Rating,
    Label,
    Tagged, // photomechanic:Tagged, "True" or "False"
};
inline constexpr int s_editFieldCount = 19;

/** Where one field lives in each store; a null key means the store has no home for it. */
struct EditFieldInfo
{
    enum class XmpKind
    {
        Text,
        LangAlt,
        Seq,
        Bag
    };

    EditField field;
    const char *name;   // "caption", as the CLI, templates and JSON spell it
    const char *label;  // "Caption", as the window shows it
    bool list;          // several values (creators, keywords)
    quint8 iimDataSet;  // record 2 dataset, 0 for none
    int iimLimit;       // IIM 4.2 maximum bytes of one value
    const char *xmpKey; // Exiv2's key
    XmpKind xmpKind;
    const char *exifKey; // IFD0 tag, or nullptr
};

/** Every field's value, as a list (a single-valued field has at most one item); absent fields are unset. */
using FieldValues = QMap<EditField, QStringList>;

namespace EditFields {
[[nodiscard]] const EditFieldInfo &info(EditField field);
[[nodiscard]] QList<EditField> all();
/** The field named @p name ("caption", "usageTerms"; case-insensitive), if any. */
[[nodiscard]] std::optional<EditField> byName(const QString &name);
[[nodiscard]] QString name(EditField field);
/** How a value is shown in a preview or a CLI line: a list joined with "; ". */
[[nodiscard]] QString display(const QStringList &values);
/** A value as typed (a list separated by ';' or ','), cleaned: blanks dropped, whitespace trimmed. */
[[nodiscard]] QStringList parse(EditField field, const QString &typed);
} // namespace EditFields
