#include "exiv2fields.h"

#include "textdecoding.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

using Kind = EditFieldInfo::XmpKind;

QString fromStd(const std::string &text)
{
    return TextDecoding::cleaned(QString::fromStdString(text));
}

QStringList langAlt(const Exiv2::Value &value)
{
    const auto *alternatives = dynamic_cast<const Exiv2::LangAltValue *>(&value);
    if (!alternatives)
        return {fromStd(value.toString())};
    const auto &map = alternatives->value_;
    if (auto it = map.find("x-default"); it != map.end() && !fromStd(it->second).isNull())
        return {fromStd(it->second)};
    for (const auto &[lang, text] : map) {
        if (!fromStd(text).isNull())
            return {fromStd(text)};
    }
    return {};
}

QStringList items(const Exiv2::Value &value)
{
    QStringList values;
    for (long i = 0; i < value.count(); ++i) {
        if (const QString item = fromStd(value.toString(i)); !item.isNull())
            values.append(item);
    }
    return values;
}

void eraseAll(Exiv2::XmpData &xmp, const std::string &key)
{
    // An array or lang-alt is one datum in Exiv2, but a packet it parsed may also hold the items
    // as keys of their own ("Xmp.dc.subject[1]"): remove those too.
    for (auto it = xmp.begin(); it != xmp.end();) {
        const std::string itemKey = it->key();
        if (itemKey == key || itemKey.rfind(key + "[", 0) == 0 || itemKey.rfind(key + "/", 0) == 0)
            it = xmp.erase(it);
        else
            ++it;
    }
}

} // namespace

namespace Exiv2Fields {

QStringList xmp(const Exiv2::XmpData &xmp, EditField field)
{
    const EditFieldInfo &info = EditFields::info(field);
    const auto it = xmp.findKey(Exiv2::XmpKey(info.xmpKey));
    if (it == xmp.end())
        return {};
    QStringList values = info.xmpKind == Kind::LangAlt ? langAlt(it->value()) : items(it->value());
    values.removeAll(QString());
    if (!info.list && values.size() > 1)
        values = values.mid(0, 1);
    return values;
}

void setXmp(Exiv2::XmpData &xmp, EditField field, const QStringList &values)
{
    const EditFieldInfo &info = EditFields::info(field);
    const Exiv2::XmpKey key(info.xmpKey);
    Exiv2::Value::AutoPtr previous;
    if (const auto it = xmp.findKey(key); it != xmp.end())
        previous = it->getValue();
    eraseAll(xmp, info.xmpKey);
    if (values.isEmpty())
        return;
    switch (info.xmpKind) {
    case Kind::LangAlt: {
        // Translations stay: the new text replaces x-default and every language that said the same as
        // x-default did (a copy of it), but a German caption that differed is the German caption still.
        Exiv2::LangAltValue value;
        if (const auto *old = dynamic_cast<const Exiv2::LangAltValue *>(previous.get())) {
            const auto oldDefault = old->value_.find("x-default");
            for (const auto &[lang, text] : old->value_) {
                if (oldDefault == old->value_.end() || text != oldDefault->second)
                    value.value_[lang] = text;
            }
            for (const auto &[lang, text] : old->value_) {
                if (oldDefault != old->value_.end() && text == oldDefault->second)
                    value.value_[lang] = values.first().toStdString();
            }
        }
        value.value_["x-default"] = values.first().toStdString();
        xmp.add(key, &value);
        break;
    }
    case Kind::Seq:
    case Kind::Bag: {
        Exiv2::XmpArrayValue value(info.xmpKind == Kind::Seq ? Exiv2::xmpSeq : Exiv2::xmpBag);
        for (const QString &item : values)
            value.read(item.toStdString());
        xmp.add(key, &value);
        break;
    }
    case Kind::Text: {
        Exiv2::XmpTextValue value(values.first().toStdString());
        xmp.add(key, &value);
        break;
    }
    }
}

FieldValues allXmp(const Exiv2::XmpData &data)
{
    FieldValues values;
    for (EditField field : EditFields::all()) {
        if (QStringList found = xmp(data, field); !found.isEmpty())
            values.insert(field, found);
    }
    return values;
}

QStringList exif(const Exiv2::ExifData &exif, EditField field)
{
    const char *key = EditFields::info(field).exifKey;
    if (!key)
        return {};
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return {};
    const std::string raw = it->toString();
    const QString text = fromStd(raw.substr(0, raw.find('\0')));
    if (text.isNull())
        return {};
    return field == EditField::Creator ? EditFields::parse(field, text) : QStringList{text};
}

bool hasExif(const Exiv2::ExifData &exif, EditField field)
{
    const char *key = EditFields::info(field).exifKey;
    return key && exif.findKey(Exiv2::ExifKey(key)) != exif.end();
}

void setExif(Exiv2::ExifData &exif, EditField field, const QStringList &values)
{
    const char *key = EditFields::info(field).exifKey;
    if (!key)
        return;
    const Exiv2::ExifKey exifKey(key);
    if (values.isEmpty()) {
        if (auto it = exif.findKey(exifKey); it != exif.end())
            exif.erase(it);
        return;
    }
    // MWG 2.0: Exif text is written as UTF-8; Artist lists creators separated by "; ".
    exif[key] = EditFields::display(values).toStdString();
}

FieldValues allExif(const Exiv2::ExifData &data)
{
    FieldValues values;
    for (EditField field : EditFields::all()) {
        if (QStringList found = exif(data, field); !found.isEmpty())
            values.insert(field, found);
    }
    return values;
}

} // namespace Exiv2Fields

#pragma GCC diagnostic pop
