#include "textdecoding.h"

#include <array>

namespace {

// Windows-1252 differs from ISO 8859-1 only in 0x80-0x9F; 0 marks the five undefined code points.
constexpr std::array<char16_t, 32> s_cp1252High = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

namespace TextDecoding {

int utf8SequenceAt(QByteArrayView bytes, qsizetype at, char32_t &codePoint)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const unsigned char lead = data[at];
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    int length = 0;
    char32_t min = 0;
    if ((lead & 0xE0) == 0xC0)
        length = 2, min = 0x80, codePoint = lead & 0x1F;
    else if ((lead & 0xF0) == 0xE0)
        length = 3, min = 0x800, codePoint = lead & 0x0F;
    else if ((lead & 0xF8) == 0xF0)
        length = 4, min = 0x10000, codePoint = lead & 0x07;
    else
        return 0;
    if (at + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if (!isContinuation(data[at + k]))
            return 0;
        codePoint = (codePoint << 6) | (data[at + k] & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

bool isValidUtf8(QByteArrayView bytes)
{
    char32_t codePoint = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceAt(bytes, i, codePoint);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QByteArray repairedUtf8(QByteArrayView bytes, qsizetype &repaired)
{
    repaired = 0;
    QByteArray utf8;
    utf8.reserve(bytes.size() + 16);
    char32_t codePoint = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceAt(bytes, i, codePoint);
        if (length > 0) {
            utf8.append(bytes.sliced(i, length));
            i += length;
            continue;
        }
        utf8.append(fromWindows1252(bytes.sliced(i, 1)).toUtf8());
        ++repaired;
        ++i;
    }
    return utf8;
}

QString fromWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte <= 0x9F) {
            const char16_t mapped = s_cp1252High[byte - 0x80];
            text.append(mapped ? QChar(mapped) : QChar(QChar::ReplacementCharacter));
        } else {
            text.append(QChar(byte));
        }
    }
    return text;
}

QString fromIptc(QByteArrayView bytes, bool declaredUtf8)
{
    if (declaredUtf8 || isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return fromWindows1252(bytes);
}

namespace {

// C0 controls and DEL, except the tab and line breaks a caption may hold.
bool isStrayControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7F;
}

} // namespace

QString cleaned(const QString &text)
{
    QString trimmed = text.trimmed();
    // Writers pad fixed-size Exif fields with NULs; they are not part of the text.
    while (trimmed.endsWith(QChar(0)))
        trimmed = trimmed.chopped(1).trimmed();
    // A control character inside the text (an IIM value with an embedded NUL, a stray escape) is no
    // part of a caption or a name, and a NUL would end the text for C readers and the row's fields.
    for (QChar &c : trimmed) {
        if (isStrayControl(c))
            c = u' ';
    }
    trimmed = trimmed.trimmed();
    if (trimmed.isEmpty())
        return {};
    return trimmed;
}

} // namespace TextDecoding
