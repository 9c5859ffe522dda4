#include "editfield.h"

#include <QRegularExpression>
#include <QtGlobal>

#include <array>

namespace {

using Kind = EditFieldInfo::XmpKind;

// The labels are the window's, translated in the "EditField" context (QCoreApplication::translate).
// docs/metadata.md, "Writing metadata": the IIM datasets and limits are IPTC IIM 4.2's, the XMP
// properties those of the IPTC Photo Metadata Standard 2023 and MWG 2.0.
constexpr std::array<EditFieldInfo, s_editFieldCount> s_fields{{
    {EditField::Caption, "caption", QT_TRANSLATE_NOOP("EditField", "Caption"), false, 120, 2000, "Xmp.dc.description",
     Kind::LangAlt, "Exif.Image.ImageDescription"},
    {EditField::Headline, "headline", QT_TRANSLATE_NOOP("EditField", "Headline"), false, 105, 256,
     "Xmp.photoshop.Headline", Kind::Text, nullptr},
    {EditField::Credit, "credit", QT_TRANSLATE_NOOP("EditField", "Credit"), false, 110, 32, "Xmp.photoshop.Credit",
     Kind::Text, nullptr},
    {EditField::Creator, "creator", QT_TRANSLATE_NOOP("EditField", "Creator"), true, 80, 32, "Xmp.dc.creator",
     Kind::Seq, "Exif.Image.Artist"},
    {EditField::Copyright, "copyright", QT_TRANSLATE_NOOP("EditField", "Copyright"), false, 116, 128, "Xmp.dc.rights",
     Kind::LangAlt, "Exif.Image.Copyright"},
    {EditField::Source, "source", QT_TRANSLATE_NOOP("EditField", "Source"), false, 115, 32, "Xmp.photoshop.Source",
     Kind::Text, nullptr},
    {EditField::Instructions, "instructions", QT_TRANSLATE_NOOP("EditField", "Special instructions"), false, 40, 256,
     "Xmp.photoshop.Instructions", Kind::Text, nullptr},
    {EditField::UsageTerms, "usageTerms", QT_TRANSLATE_NOOP("EditField", "Usage terms"), false, 0, 0,
     "Xmp.xmpRights.UsageTerms", Kind::LangAlt, nullptr},
    {EditField::Keywords, "keywords", QT_TRANSLATE_NOOP("EditField", "Keywords"), true, 25, 64, "Xmp.dc.subject",
     Kind::Bag, nullptr},
    {EditField::Location, "location", QT_TRANSLATE_NOOP("EditField", "Location"), false, 92, 32, "Xmp.iptc.Location",
     Kind::Text, nullptr},
    {EditField::City, "city", QT_TRANSLATE_NOOP("EditField", "City"), false, 90, 32, "Xmp.photoshop.City", Kind::Text,
     nullptr},
    {EditField::State, "state", QT_TRANSLATE_NOOP("EditField", "State/Province"), false, 95, 32, "Xmp.photoshop.State",
     Kind::Text, nullptr},
    {EditField::Country, "country", QT_TRANSLATE_NOOP("EditField", "Country"), false, 101, 64, "Xmp.photoshop.Country",
     Kind::Text, nullptr},
    {EditField::CountryCode, "countryCode", QT_TRANSLATE_NOOP("EditField", "Country code"), false, 100, 3,
     "Xmp.iptc.CountryCode", Kind::Text, nullptr},
    {EditField::Title, "title", QT_TRANSLATE_NOOP("EditField", "Title"), false, 5, 64, "Xmp.dc.title", Kind::LangAlt,
     nullptr},
    {EditField::AltText, "altText", QT_TRANSLATE_NOOP("EditField", "Alt text"), false, 0, 0,
     "Xmp.iptc.AltTextAccessibility", Kind::LangAlt, nullptr},
    {EditField::Rating, "rating", QT_TRANSLATE_NOOP("EditField", "Rating"), false, 0, 0, "Xmp.xmp.Rating", Kind::Text,
     nullptr},
    {EditField::Label, "label", QT_TRANSLATE_NOOP("EditField", "Label"), false, 0, 0, "Xmp.xmp.Label", Kind::Text,
     nullptr},
    {EditField::Tagged, "tagged", QT_TRANSLATE_NOOP("EditField", "Tagged"), false, 0, 0, "Xmp.photomechanic.Tagged",
     Kind::Text, nullptr},
}};

} // namespace

namespace EditFields {

const EditFieldInfo &info(EditField field)
{
    return s_fields[static_cast<size_t>(field)];
}

QList<EditField> all()
{
    QList<EditField> fields;
    for (const EditFieldInfo &entry : s_fields)
        fields.append(entry.field);
    return fields;
}

std::optional<EditField> byName(const QString &name)
{
    for (const EditFieldInfo &entry : s_fields) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.field;
    }
    return std::nullopt;
}

QString name(EditField field)
{
    return QLatin1String(info(field).name);
}

QString display(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

QStringList parse(EditField field, const QString &typed)
{
    static const QRegularExpression s_separators(QStringLiteral("\\s*[;,]\\s*"));
    // Creators are separated by ';' only: "Kopra, Tim" is one name.
    const QStringList parts = !info(field).list             ? QStringList{typed}
                              : field == EditField::Creator ? typed.split(u';')
                                                            : typed.split(s_separators);
    QStringList values;
    for (const QString &part : parts) {
        if (const QString value = part.trimmed(); !value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

} // namespace EditFields
