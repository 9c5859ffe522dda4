#pragma once

#include <QByteArray>
#include <QString>

/** Byte-to-text rules shared by every metadata store (docs/metadata.md, "Text handling"). */
namespace TextDecoding {

/** True when every byte sequence is well-formed UTF-8 (ASCII included; no overlongs or surrogates). */
[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);

/**
 * The length of the well-formed UTF-8 sequence at @p bytes[at] (1 for ASCII), with its code point in
 * @p codePoint; 0 when the bytes there are not one (overlong, surrogate, beyond U+10FFFF, cut short).
 */
[[nodiscard]] int utf8SequenceAt(QByteArrayView bytes, qsizetype at, char32_t &codePoint);

/**
 * @p bytes made valid UTF-8: well-formed sequences kept, every other byte read as Windows-1252 (a Latin-1
 * value pasted into UTF-8 text by an old tool). @p repaired counts those bytes.
 */
[[nodiscard]] QByteArray repairedUtf8(QByteArrayView bytes, qsizetype &repaired);

/** Windows-1252, the de-facto "Latin-1" of legacy IPTC writers; undefined bytes map to U+FFFD. */
[[nodiscard]] QString fromWindows1252(QByteArrayView bytes);

/**
 * IPTC IIM text: UTF-8 when 1:90 declares it, else UTF-8 when the bytes are valid UTF-8 (what Exiv2 and
 * digiKam do), else Windows-1252.
 */
[[nodiscard]] QString fromIptc(QByteArrayView bytes, bool declaredUtf8);

/** Surrounding whitespace trimmed; an empty or whitespace-only value becomes a null (absent) string. */
[[nodiscard]] QString cleaned(const QString &text);

} // namespace TextDecoding
