#include "iptctransplant.h"

#include "iptcrecords.h"
#include "textdecoding.h"

#include <algorithm>

namespace {

const QByteArray s_utf8Escape("\x1B%G");

// IIM 4.2's binary datasets (numbers, the preview); every other dataset of records 1 and 2 is text.
// Records 3 and up describe or hold the object data itself and are carried as bytes.
bool isText(quint8 record, quint8 dataset)
{
    if (record == IptcRecords::s_envelope)
        return dataset != 0 && dataset != 20 && dataset != 22 && dataset != IptcRecords::s_codedCharacterSet &&
               dataset != 120 && dataset != 122;
    if (record == IptcRecords::s_application)
        return dataset != 0 && dataset < 200;
    return false;
}

// 2:200 ObjectPreviewFileFormat, 2:201 its version, 2:202 ObjectPreviewData: a picture of the old pixels.
bool isPreview(const IptcDataSet &set)
{
    return set.record == IptcRecords::s_application && set.dataset >= 200 && set.dataset <= 202;
}

// The datasets Byline writes, each with the record's value; a null value keeps the original's.
QList<IptcDataSet> writtenDataSets(const StoreValues &written)
{
    QList<IptcDataSet> sets;
    const auto add = [&sets](quint8 dataset, const QString &value) {
        if (!value.isNull())
            sets.append({IptcRecords::s_application, dataset, value.toUtf8()});
    };
    if (!written.creator.isNull()) {
        for (const QString &creator : written.creator.split(QStringLiteral("; ")))
            add(IptcRecords::s_byline, creator);
    }
    add(IptcRecords::s_headline, written.headline);
    add(IptcRecords::s_credit, written.credit);
    add(IptcRecords::s_copyrightNotice, written.copyright);
    add(IptcRecords::s_captionAbstract, written.caption);
    return sets;
}

bool isWritten(const IptcDataSet &set, const QList<IptcDataSet> &written)
{
    return std::any_of(written.cbegin(), written.cend(),
                       [&set](const IptcDataSet &w) { return w.record == set.record && w.dataset == set.dataset; });
}

// The value as the copy holds it: text as UTF-8, decoded as the reader decodes it.
QByteArray carriedValue(const IptcDataSet &set, bool declaredUtf8)
{
    if (!isText(set.record, set.dataset) || TextDecoding::isValidUtf8(set.value))
        return set.value;
    return TextDecoding::fromIptc(set.value, declaredUtf8).toUtf8();
}

QString describe(const IptcDataSet &set)
{
    return QStringLiteral("IPTC %1:%2").arg(set.record).arg(set.dataset, 2, 10, QLatin1Char('0'));
}

} // namespace

QByteArray IptcTransplant::block(QByteArrayView original, const StoreValues &written)
{
    const IptcRecords records = IptcRecords::parse(original);
    const bool utf8 = records.declaresUtf8();
    const QList<IptcDataSet> replaced = writtenDataSets(written);
    QList<IptcDataSet> sets{{IptcRecords::s_envelope, IptcRecords::s_codedCharacterSet, s_utf8Escape},
                            {IptcRecords::s_application, 0, QByteArray("\x00\x04", 2)}}; // 2:00 RecordVersion 4
    for (const IptcDataSet &set : records.dataSets()) {
        const bool replacedHere = (set.record == IptcRecords::s_envelope && set.dataset == 90) ||
                                  (set.record == IptcRecords::s_application && set.dataset == 0) ||
                                  isWritten(set, replaced) || isPreview(set);
        if (!replacedHere)
            sets.append({set.record, set.dataset, carriedValue(set, utf8)});
    }
    sets += replaced;
    // IIM 4.2 orders datasets by record and number; a stable sort keeps repeated ones (keywords, by-lines)
    // in the order written.
    std::stable_sort(sets.begin(), sets.end(), [](const IptcDataSet &a, const IptcDataSet &b) {
        return a.record != b.record ? a.record < b.record : a.dataset < b.dataset;
    });
    IptcRecords out;
    for (const IptcDataSet &set : std::as_const(sets))
        out.append(set.record, set.dataset, set.value);
    return out.serialize();
}

QStringList IptcTransplant::differences(QByteArrayView original, QByteArrayView copy, const StoreValues &written)
{
    const IptcRecords from = IptcRecords::parse(original);
    const IptcRecords to = IptcRecords::parse(copy);
    QStringList problems;
    if (!to.problem().isEmpty())
        problems.append(QStringLiteral("the copy's IPTC block is damaged: %1").arg(to.problem()));
    if (!to.declaresUtf8())
        problems.append(QStringLiteral("the copy's IPTC does not declare UTF-8 (1:90)"));
    // Compared as text, each side decoded by its own declaration, so a Latin-1 original and its UTF-8 copy
    // agree; each dataset of the copy answers for one of the original's.
    QList<IptcDataSet> unmatched = to.dataSets();
    const QList<IptcDataSet> wanted = writtenDataSets(written);
    const auto take = [&](const IptcDataSet &set, const QByteArray &value) {
        const auto found = std::find_if(unmatched.begin(), unmatched.end(), [&](const IptcDataSet &c) {
            return c.record == set.record && c.dataset == set.dataset && carriedValue(c, true) == value;
        });
        if (found == unmatched.end())
            return false;
        unmatched.erase(found);
        return true;
    };
    for (const IptcDataSet &set : from.dataSets()) {
        if (isPreview(set) || isWritten(set, wanted) || (set.record == 1 && set.dataset == 90) ||
            (set.record == 2 && set.dataset == 0))
            continue;
        if (!take(set, carriedValue(set, from.declaresUtf8())))
            problems.append(QStringLiteral("%1 of the original is missing or changed").arg(describe(set)));
    }
    for (const IptcDataSet &set : wanted) {
        if (!take(set, set.value))
            problems.append(QStringLiteral("%1 does not hold the exported value").arg(describe(set)));
    }
    return problems;
}
