#include "captureorder.h"

#include <algorithm>

namespace {

// "2016-03-31T09:23:57.12+06:00" in three: up to the seconds, the fraction's digits, and the zone.
struct DateParts
{
    QByteArrayView wholeSeconds;
    QByteArrayView fraction;
    QByteArrayView zone;
};

DateParts partsOf(QByteArrayView date)
{
    constexpr qsizetype s_secondsEnd = 19; // "YYYY-MM-DDTHH:MM:SS"
    if (date.size() <= s_secondsEnd)
        return {date, {}, {}};
    DateParts parts{date.first(s_secondsEnd), {}, date.sliced(s_secondsEnd)};
    if (parts.zone.startsWith('.')) {
        qsizetype digits = 1;
        while (digits < parts.zone.size() && parts.zone[digits] >= '0' && parts.zone[digits] <= '9')
            ++digits;
        parts.fraction = parts.zone.sliced(1, digits - 1);
        parts.zone = parts.zone.sliced(digits);
    }
    return parts;
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int order = a.compare(b, Qt::CaseSensitive);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

// Digits after the point compare as numbers do: ".5" equals ".50", and no fraction is ".0".
int compareFractions(QByteArrayView a, QByteArrayView b)
{
    const qsizetype length = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i) {
        const char digitA = i < a.size() ? a[i] : '0', digitB = i < b.size() ? b[i] : '0';
        if (digitA != digitB)
            return digitA < digitB ? -1 : 1;
    }
    return 0;
}

} // namespace

namespace CaptureOrder {

int compare(QByteArrayView dateA, QByteArrayView serialA, QByteArrayView dateB, QByteArrayView serialB)
{
    const DateParts a = partsOf(dateA), b = partsOf(dateB);
    if (const int order = compareBytes(a.wholeSeconds, b.wholeSeconds); order != 0)
        return order;
    if (const int order = compareFractions(a.fraction, b.fraction); order != 0)
        return order;
    if (const int order = compareBytes(serialA, serialB); order != 0)
        return order;
    return compareBytes(a.zone, b.zone);
}

} // namespace CaptureOrder
