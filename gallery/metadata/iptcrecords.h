#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** One IPTC-IIM dataset: record:dataset and its raw bytes. */
struct IptcDataSet
{
    quint8 record = 0;
    quint8 dataset = 0;
    QByteArray value;
};

/**
 * An IPTC-IIM block (the data of Photoshop resource 0x0404, or TIFF tag 33723). Parsed by Byline rather
 * than Exiv2 so that text decoding follows docs/metadata.md, "Text handling" (1:90, UTF-8 detection,
 * Windows-1252) and the bytes whose MD5 is the IPTCDigest are exactly the bytes read.
 */
class IptcRecords
{
public:
    // The datasets Byline reads (IPTC IIM 4.2, record 2 "Application").
    static constexpr quint8 s_envelope = 1, s_application = 2;
    static constexpr quint8 s_codedCharacterSet = 90; // 1:90
    static constexpr quint8 s_dateCreated = 55, s_timeCreated = 60, s_byline = 80, s_headline = 105, s_credit = 110,
                            s_copyrightNotice = 116, s_captionAbstract = 120;
    // The wire fields (docs/metadata.md, "Stores and fields").
    static constexpr quint8 s_objectName = 5, s_keywords = 25, s_specialInstructions = 40, s_city = 90,
                            s_sublocation = 92, s_provinceState = 95, s_countryCode = 100, s_countryName = 101,
                            s_source = 115;

    [[nodiscard]] static IptcRecords parse(QByteArrayView block);

    void append(quint8 record, quint8 dataset, const QByteArray &value);
    [[nodiscard]] QByteArray serialize() const;

    [[nodiscard]] QList<QByteArray> values(quint8 record, quint8 dataset) const;
    /** True when 1:90 holds the ISO 2022 escape for UTF-8 (ESC % G). */
    [[nodiscard]] bool declaresUtf8() const;
    /** Every record-2 value of @p dataset, decoded and cleaned; blank values are dropped. */
    [[nodiscard]] QStringList texts(quint8 dataset) const;
    /** The first non-blank value of @p dataset, or a null string. */
    [[nodiscard]] QString text(quint8 dataset) const;

    [[nodiscard]] bool isEmpty() const { return m_dataSets.isEmpty(); }
    [[nodiscard]] const QList<IptcDataSet> &dataSets() const { return m_dataSets; }
    [[nodiscard]] const QString &problem() const { return m_problem; }

private:
    QList<IptcDataSet> m_dataSets;
    QString m_problem;
};
