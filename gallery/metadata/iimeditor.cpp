#include "iimeditor.h"

#include "textdecoding.h"

#include <QSet>

#include <algorithm>

namespace {

const QByteArray s_utf8Escape = QByteArrayLiteral("\x1B%G");

// Record 2 datasets that hold bytes, not text (IIM 4.2): the record version, the rasterized caption and
// the object preview. Everything else in record 2 is text or digits.
bool isBinary(const IptcDataSet &dataSet)
{
    static const QSet<quint8> s_binary{0, 125, 200, 201, 202};
    return dataSet.record != IptcRecords::s_application || s_binary.contains(dataSet.dataset);
}

QByteArray asUtf8(const IptcDataSet &dataSet, bool declaredUtf8)
{
    if (isBinary(dataSet) || declaredUtf8 || TextDecoding::isValidUtf8(dataSet.value))
        return dataSet.value;
    return TextDecoding::fromIptc(dataSet.value, false).toUtf8();
}

QSet<quint8> changedDataSets(const FieldValues &changes)
{
    QSet<quint8> datasets;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (const quint8 dataset = EditFields::info(it.key()).iimDataSet)
            datasets.insert(dataset);
    }
    return datasets;
}

} // namespace

bool IimEditor::touchesIim(const FieldValues &changes)
{
    return !changedDataSets(changes).isEmpty();
}

QByteArray IimEditor::edited(const IptcRecords &block, const FieldValues &changes)
{
    const bool declaredUtf8 = block.declaresUtf8();
    const QSet<quint8> replaced = changedDataSets(changes);

    QList<IptcDataSet> kept;
    bool hasVersion = false;
    for (const IptcDataSet &dataSet : block.dataSets()) {
        const bool isCharset =
            dataSet.record == IptcRecords::s_envelope && dataSet.dataset == IptcRecords::s_codedCharacterSet;
        const bool isReplaced = dataSet.record == IptcRecords::s_application && replaced.contains(dataSet.dataset);
        if (isCharset || isReplaced)
            continue;
        hasVersion |= dataSet.record == IptcRecords::s_application && dataSet.dataset == 0;
        kept.append({dataSet.record, dataSet.dataset, asUtf8(dataSet, declaredUtf8)});
    }
    kept.append({IptcRecords::s_envelope, IptcRecords::s_codedCharacterSet, s_utf8Escape});
    if (!hasVersion)
        kept.append({IptcRecords::s_application, 0, QByteArray("\x00\x04", 2)}); // RecordVersion 4
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const quint8 dataset = EditFields::info(it.key()).iimDataSet;
        if (dataset == 0)
            continue;
        for (const QString &value : it.value())
            kept.append({IptcRecords::s_application, dataset, value.toUtf8()});
    }
    // IIM wants records in order and datasets ascending within a record; a stable sort keeps repeated
    // datasets (creators, keywords) in the order given.
    std::stable_sort(kept.begin(), kept.end(), [](const IptcDataSet &a, const IptcDataSet &b) {
        return a.record != b.record ? a.record < b.record : a.dataset < b.dataset;
    });
    IptcRecords out;
    for (const IptcDataSet &dataSet : kept)
        out.append(dataSet.record, dataSet.dataset, dataSet.value);
    return out.serialize();
}
