#include "iptcrecords.h"

#include "textdecoding.h"
#include "zeropadding.h"

#include <QtEndian>

namespace {

constexpr char s_tagMarker = 0x1C;
const QByteArray s_utf8Escape("\x1B%G");

// Reads the length of the dataset whose 5-byte header starts at @p pos; returns an error message, or an
// empty string with @p length and @p valueOffset set.
QString readLength(QByteArrayView block, qsizetype pos, quint64 &length, qsizetype &valueOffset)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(block.data());
    length = qFromBigEndian<quint16>(bytes + pos + 3);
    valueOffset = pos + 5;
    if (!(length & 0x8000))
        return {};
    // Extended dataset: the low 15 bits count the length bytes that follow (IIM 4.2, 1.5.3).
    const qsizetype lengthBytes = length & 0x7FFF;
    if (lengthBytes == 0 || lengthBytes > 4 || valueOffset + lengthBytes > block.size())
        return QStringLiteral("IPTC dataset %1:%2 has an invalid extended length")
            .arg(bytes[pos + 1])
            .arg(bytes[pos + 2]);
    length = 0;
    for (qsizetype i = 0; i < lengthBytes; ++i)
        length = (length << 8) | bytes[valueOffset + i];
    valueOffset += lengthBytes;
    return {};
}

} // namespace

IptcRecords IptcRecords::parse(QByteArrayView block)
{
    IptcRecords result;
    qsizetype pos = 0;
    while (pos < block.size()) {
        if (block[pos] != s_tagMarker) {
            if (!isZeroPadding(block.sliced(pos)))
                result.m_problem = QStringLiteral("IPTC data damaged at offset %1").arg(pos);
            break;
        }
        if (pos + 5 > block.size()) {
            result.m_problem = QStringLiteral("IPTC dataset header truncated at offset %1").arg(pos);
            break;
        }
        IptcDataSet dataSet{quint8(block[pos + 1]), quint8(block[pos + 2]), {}};
        quint64 length = 0;
        qsizetype valueOffset = 0;
        result.m_problem = readLength(block, pos, length, valueOffset);
        if (result.m_problem.isEmpty() && length > quint64(block.size() - valueOffset))
            result.m_problem = QStringLiteral("IPTC dataset %1:%2 claims %3 bytes, only %4 remain")
                                   .arg(dataSet.record)
                                   .arg(dataSet.dataset)
                                   .arg(length)
                                   .arg(block.size() - valueOffset);
        if (!result.m_problem.isEmpty())
            break;
        dataSet.value = block.sliced(valueOffset, qsizetype(length)).toByteArray();
        result.m_dataSets.append(dataSet);
        pos = valueOffset + qsizetype(length);
    }
    return result;
}

void IptcRecords::append(quint8 record, quint8 dataset, const QByteArray &value)
{
    m_dataSets.append({record, dataset, value});
}

QByteArray IptcRecords::serialize() const
{
    QByteArray out;
    for (const IptcDataSet &dataSet : m_dataSets) {
        out.append(s_tagMarker);
        out.append(char(dataSet.record));
        out.append(char(dataSet.dataset));
        if (dataSet.value.size() < 0x8000) {
            char length[2];
            qToBigEndian<quint16>(quint16(dataSet.value.size()), length);
            out.append(length, 2);
        } else {
            char length[6];
            qToBigEndian<quint16>(0x8004, length);
            qToBigEndian<quint32>(quint32(dataSet.value.size()), length + 2);
            out.append(length, 6);
        }
        out.append(dataSet.value);
    }
    return out;
}

QList<QByteArray> IptcRecords::values(quint8 record, quint8 dataset) const
{
    QList<QByteArray> found;
    for (const IptcDataSet &dataSet : m_dataSets) {
        if (dataSet.record == record && dataSet.dataset == dataset)
            found.append(dataSet.value);
    }
    return found;
}

bool IptcRecords::declaresUtf8() const
{
    const QList<QByteArray> charset = values(s_envelope, s_codedCharacterSet);
    return !charset.isEmpty() && charset.first().startsWith(s_utf8Escape);
}

QStringList IptcRecords::texts(quint8 dataset) const
{
    const bool utf8 = declaresUtf8();
    QStringList decoded;
    for (const QByteArray &value : values(s_application, dataset)) {
        const QString text = TextDecoding::cleaned(TextDecoding::fromIptc(value, utf8));
        if (!text.isNull())
            decoded.append(text);
    }
    return decoded;
}

QString IptcRecords::text(quint8 dataset) const
{
    const QStringList all = texts(dataset);
    return all.isEmpty() ? QString() : all.first();
}
