#include "xmppacketreader.h"

#include "datetaken.h"
#include "textdecoding.h"
#include "xmpboolean.h"

#include <QXmlStreamReader>

#include <cmath>

namespace {

const QString s_rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString s_dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString s_photoshop = QStringLiteral("http://ns.adobe.com/photoshop/1.0/");
const QString s_tiff = QStringLiteral("http://ns.adobe.com/tiff/1.0/");
const QString s_exif = QStringLiteral("http://ns.adobe.com/exif/1.0/");
const QString s_exifAux = QStringLiteral("http://ns.adobe.com/exif/1.0/aux/");
const QString s_exifEx = QStringLiteral("http://cipa.jp/exif/1.0/");
const QString s_xmpBasic = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString s_xmpRights = QStringLiteral("http://ns.adobe.com/xap/1.0/rights/");
const QString s_iptcCore = QStringLiteral("http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/");
const QString s_xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
const QString s_photoMechanic = QStringLiteral("http://ns.camerabits.com/photomechanic/1.0/");
const QString s_googleCamera = QStringLiteral("http://ns.google.com/photos/1.0/camera/");

/** One property's value: plain text, or the items of an rdf:Alt / rdf:Seq / rdf:Bag in order. */
struct PropertyValue
{
    QString text;
    QList<QPair<QString, QString>> items; // (xml:lang, text)
};

// x-default unless blank, else the first non-blank alternative in document order (docs/metadata.md,
// "Language alternatives").
QString langAlt(const PropertyValue &value)
{
    if (value.items.isEmpty())
        return TextDecoding::cleaned(value.text);
    for (const auto &[lang, text] : value.items) {
        if (lang.compare(QLatin1String("x-default"), Qt::CaseInsensitive) == 0 && !TextDecoding::cleaned(text).isNull())
            return TextDecoding::cleaned(text);
    }
    for (const auto &item : value.items) {
        if (const QString text = TextDecoding::cleaned(item.second); !text.isNull())
            return text;
    }
    return {};
}

QString joined(const PropertyValue &value)
{
    QStringList names;
    for (const auto &item : value.items) {
        if (const QString text = TextDecoding::cleaned(item.second); !text.isNull())
            names.append(text);
    }
    if (value.items.isEmpty() && !TextDecoding::cleaned(value.text).isNull())
        names.append(TextDecoding::cleaned(value.text));
    return names.isEmpty() ? QString() : names.join(QStringLiteral("; "));
}

// Real XMP nests a handful of levels (Description, property, Alt/Bag/Seq, li, a struct or two); a packet
// nested thousands deep is hostile, and stopping early keeps every caller's work bounded.
constexpr int s_maxDepth = 64;

QString tooDeep()
{
    return QStringLiteral("XMP nests deeper than %1 elements; the rest of the packet was ignored").arg(s_maxDepth);
}

// Reads the content of a property element (the reader is on its start); returns at its end element.
// Iterative on purpose: QXmlStreamReader::readElementText(IncludeChildElements) recurses once per level,
// and a packet nested 100,000 deep overflowed a pool thread's stack with it.
PropertyValue readProperty(QXmlStreamReader &xml, int outerDepth)
{
    PropertyValue value;
    if (const auto resource = xml.attributes().value(s_rdf, QStringLiteral("resource")); !resource.isNull())
        value.text = resource.toString();
    int depth = 1;
    int itemDepth = 0; // depth of the rdf:li being read; 0 outside one
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++depth + outerDepth > s_maxDepth) {
                xml.raiseError(tooDeep());
                return value;
            }
            if (itemDepth == 0 && xml.namespaceUri() == s_rdf && xml.name() == QLatin1String("li")) {
                itemDepth = depth;
                value.items.append({xml.attributes().value(s_xml, QStringLiteral("lang")).toString(), QString()});
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == itemDepth)
                itemDepth = 0;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (itemDepth > 0)
                value.items.last().second += xml.text(); // the text of nested elements too, as before
            else if (depth == 1)
                value.text += xml.text();
            break;
        default:
            break;
        }
    }
    return value;
}

// The items of a bag (dc:subject), each cleaned, blanks dropped; a plain value is one item.
QStringList items(const PropertyValue &value)
{
    QStringList list;
    for (const auto &item : value.items) {
        if (const QString text = TextDecoding::cleaned(item.second); !text.isNull())
            list.append(text);
    }
    if (value.items.isEmpty() && !TextDecoding::cleaned(value.text).isNull())
        list.append(TextDecoding::cleaned(value.text));
    return list;
}

// xmp:Rating is a Real by the XMP specification, "-1 for rejected, 0 for unrated, 1 to 5"; every tool
// writes whole numbers ("3", Bridge's "3.0" included). Null when @p text is none of them.
QString ratingOf(const QString &text)
{
    bool numeric = false;
    const double value = text.toDouble(&numeric);
    // Checked before the cast: a NaN or an infinity ("nan" parses) cast to int is undefined.
    if (!numeric || !std::isfinite(value) || value < -1 || value > 5 || value != int(value))
        return {};
    return QString::number(int(value));
}

// The wire fields (docs/metadata.md, "Stores and fields") that are one text each: namespace, name, member.
struct TextProperty
{
    const QString &ns;
    QLatin1String name;
    QString StoreValues::*member;
};

const TextProperty s_textProperties[] = {
    {s_photoshop, QLatin1String("Credit"), &StoreValues::credit},
    {s_photoshop, QLatin1String("Headline"), &StoreValues::headline},
    {s_photoshop, QLatin1String("Source"), &StoreValues::source},
    {s_photoshop, QLatin1String("Instructions"), &StoreValues::instructions},
    {s_photoshop, QLatin1String("City"), &StoreValues::city},
    {s_photoshop, QLatin1String("State"), &StoreValues::state},
    {s_photoshop, QLatin1String("Country"), &StoreValues::country},
    {s_iptcCore, QLatin1String("Location"), &StoreValues::sublocation},
    {s_iptcCore, QLatin1String("CountryCode"), &StoreValues::countryCode},
    {s_xmpBasic, QLatin1String("Label"), &StoreValues::label},
};

class PacketWalker
{
public:
    explicit PacketWalker(XmpPacketReader::Result &result) : m_result(result) {}

    void property(const QStringView ns, const QStringView name, const PropertyValue &value)
    {
        StoreValues &v = m_result.values;
        for (const TextProperty &text : s_textProperties) {
            if (name == text.name && ns == text.ns) {
                v.*text.member = TextDecoding::cleaned(value.text);
                return;
            }
        }
        if (ns == s_dc && name == QLatin1String("description"))
            v.caption = langAlt(value);
        else if (ns == s_dc && name == QLatin1String("rights"))
            v.copyright = langAlt(value);
        else if (ns == s_dc && name == QLatin1String("creator"))
            v.creator = joined(value);
        else if (ns == s_dc && name == QLatin1String("title"))
            v.title = langAlt(value);
        else if (ns == s_dc && name == QLatin1String("subject"))
            v.keywords = items(value);
        else if (ns == s_xmpRights && name == QLatin1String("UsageTerms"))
            v.usageTerms = langAlt(value);
        else if (ns == s_xmpBasic && name == QLatin1String("Rating"))
            m_rating = value.text.trimmed();
        else if (ns == s_photoMechanic && name == QLatin1String("Tagged"))
            m_tagged = value.text.trimmed();
        else if (ns == s_photoshop && name == QLatin1String("DateCreated"))
            m_photoshopDate = DateTaken::fromXmp(value.text);
        else if (ns == s_exif && name == QLatin1String("DateTimeOriginal"))
            m_exifDate = DateTaken::fromXmp(value.text);
        else if (ns == s_tiff && name == QLatin1String("Orientation"))
            m_orientation = value.text.trimmed();
        else if ((ns == s_exifAux && name == QLatin1String("SerialNumber")) ||
                 (ns == s_exifEx && name == QLatin1String("BodySerialNumber")))
            v.cameraSerial = TextDecoding::cleaned(value.text).trimmed().left(64);
        else if (ns == s_googleCamera && (name == QLatin1String("MicroVideo") || name == QLatin1String("MotionPhoto")))
            m_result.hasTrailingMedia = true;
    }

    void finish(QStringList &warnings)
    {
        m_result.values.dateTaken = m_photoshopDate.isNull() ? m_exifDate : m_photoshopDate;
        if (!m_rating.isEmpty()) {
            m_result.values.rating = ratingOf(m_rating);
            if (m_result.values.rating.isNull())
                warnings.append(QStringLiteral("XMP rating %1 is not -1 to 5 and was ignored").arg(m_rating.left(40)));
        }
        if (!m_tagged.isEmpty()) {
            m_result.values.tagged = XmpBoolean::normalised(m_tagged);
            if (m_result.values.tagged.isNull())
                warnings.append(
                    QStringLiteral("XMP tag %1 is not True or False and was ignored").arg(m_tagged.left(40)));
        }
        if (m_orientation.isEmpty())
            return;
        bool numeric = false;
        const int orientation = m_orientation.toInt(&numeric);
        if (numeric && orientation >= 1 && orientation <= 8)
            m_result.values.orientation = orientation;
        else
            warnings.append(QStringLiteral("XMP orientation %1 is not 1-8 and was ignored").arg(m_orientation));
    }

private:
    XmpPacketReader::Result &m_result;
    QString m_photoshopDate, m_exifDate, m_orientation, m_rating, m_tagged;
};

// Whether the packet is meant as UTF-8: XMP allows UTF-16 and UTF-32 too (with a byte-order mark, or
// NULs between ASCII characters), and an XML declaration may name another encoding, which the XML reader
// then applies itself.
bool meantAsUtf8(QByteArrayView packet)
{
    const QByteArrayView head = packet.first(qMin<qsizetype>(packet.size(), 256));
    if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE") || head.contains('\0'))
        return false;
    if (!head.startsWith("<?xml"))
        return true;
    const qsizetype encoding = head.indexOf("encoding=");
    if (encoding < 0)
        return true;
    const QByteArray name =
        head.sliced(encoding + 9).first(qMin<qsizetype>(head.size() - encoding - 9, 7)).toByteArray();
    return name.toUpper().startsWith("\"UTF-8") || name.toUpper().startsWith("'UTF-8");
}

} // namespace

XmpPacketReader::Result XmpPacketReader::read(QByteArrayView packet)
{
    Result result;
    PacketWalker walker(result);
    // A stray Latin-1 byte makes a whole packet malformed XML, and every field in it would be lost
    // (Adobe's toolkit in Exiv2 says "Error in XMLValidator"). ExifTool reads past it; Byline reads such
    // bytes as Windows-1252, as it does Exif text, and says so (docs/metadata.md, "Text handling").
    QByteArray bytes = packet.toByteArray();
    qsizetype repaired = 0;
    if (meantAsUtf8(packet) && !TextDecoding::isValidUtf8(packet))
        bytes = TextDecoding::repairedUtf8(packet, repaired);
    QXmlStreamReader xml(bytes);
    int descriptionDepth = -1; // depth of the rdf:Description whose children are properties
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (--depth < descriptionDepth)
                descriptionDepth = -1;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > s_maxDepth) {
            xml.raiseError(tooDeep());
            break;
        }
        if (xml.namespaceUri() == s_rdf && xml.name() == QLatin1String("Description")) {
            descriptionDepth = depth;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.namespaceUri() != s_rdf)
                    walker.property(attribute.namespaceUri(), attribute.name(),
                                    PropertyValue{attribute.value().toString(), {}});
            }
        } else if (descriptionDepth >= 0 && depth == descriptionDepth + 1) {
            const QString ns = xml.namespaceUri().toString(), name = xml.name().toString();
            walker.property(ns, name, readProperty(xml, depth - 1));
            --depth; // readProperty consumed the end element
        }
    }
    QStringList warnings;
    if (repaired > 0)
        warnings.append(QStringLiteral("the XMP packet is not valid UTF-8; %1 of its bytes were read as Windows-1252")
                            .arg(repaired));
    walker.finish(warnings);
    if (xml.error() == QXmlStreamReader::CustomError)
        result.problem = xml.errorString();
    else if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        result.problem = QStringLiteral("XMP is not well-formed XML: %1").arg(xml.errorString());
    if (!warnings.isEmpty())
        result.problem =
            result.problem.isEmpty() ? warnings.join(u'\n') : result.problem + u'\n' + warnings.join(u'\n');
    return result;
}
