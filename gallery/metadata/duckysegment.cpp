#include "duckysegment.h"

#include <QtEndian>

namespace DuckySegment {

namespace {

constexpr quint16 s_copyrightTag = 3;

// A Ducky string: the number of UTF-16 units, then the units, big-endian; a count past the data is cut.
QString ducky16(QByteArrayView data)
{
    if (data.size() < 4)
        return {};
    const quint32 count = qFromBigEndian<quint32>(data.data());
    const qsizetype units = qMin<qsizetype>(qsizetype(qMin<quint32>(count, 0xFFFF)), (data.size() - 4) / 2);
    QString text(units, Qt::Uninitialized);
    for (qsizetype i = 0; i < units; ++i)
        text[i] = QChar(qFromBigEndian<quint16>(data.data() + 4 + 2 * i));
    while (text.endsWith(QChar(0)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

StoreValues values(QByteArrayView payload)
{
    StoreValues values;
    if (!payload.startsWith(s_signature))
        return values;
    for (qsizetype at = s_signature.size(); at + 4 <= payload.size();) {
        const quint16 tag = qFromBigEndian<quint16>(payload.data() + at);
        const quint16 length = qFromBigEndian<quint16>(payload.data() + at + 2);
        if (tag == 0 || at + 4 + length > payload.size())
            break; // the end marker, or a record that runs past the segment
        if (tag == s_copyrightTag) {
            if (const QString copyright = ducky16(payload.sliced(at + 4, length)); !copyright.isEmpty())
                values.copyright = copyright;
        }
        at += 4 + length;
    }
    return values;
}

} // namespace DuckySegment
