#include "datetaken.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace {

bool validDate(int year, int month, int day)
{
    return year > 0 && QDate::isValid(year, month, day);
}

QString isoDate(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QChar('0'))
        .arg(month, 2, 10, QChar('0'))
        .arg(day, 2, 10, QChar('0'));
}

QString isoTime(int hour, int minute, int second)
{
    return QStringLiteral("T%1:%2:%3")
        .arg(hour, 2, 10, QChar('0'))
        .arg(minute, 2, 10, QChar('0'))
        .arg(second, 2, 10, QChar('0'));
}

// ".123" from the digits of a fraction of a second (Exif SubSecTime, XMP's "ss.s"), as recorded: at most nine
// digits, and nothing when the text holds none or anything but digits and padding blanks.
QString fraction(const QString &digits)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,9}$"));
    const QString trimmed = digits.trimmed();
    return pattern.match(trimmed).hasMatch() ? QLatin1Char('.') + trimmed : QString();
}

// "Z", "+HH:MM" or "+HHMM" → "Z" / "+HH:MM"; anything else is dropped.
QString zone(const QString &text)
{
    const QString z = text.trimmed();
    if (z == QLatin1String("Z"))
        return z;
    static const QRegularExpression offset(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const auto match = offset.match(z);
    if (!match.hasMatch() || match.captured(2).toInt() > 14 || match.captured(3).toInt() > 59)
        return {};
    return match.captured(1) + match.captured(2) + QLatin1Char(':') + match.captured(3);
}

// "YYYY-MM-DD" from three captured groups starting at @p first, or null when not a real date.
QString dateFrom(const QRegularExpressionMatch &match, int first)
{
    const int year = match.captured(first).toInt(), month = match.captured(first + 1).toInt(),
              day = match.captured(first + 2).toInt();
    return validDate(year, month, day) ? isoDate(year, month, day) : QString();
}

// "THH:MM:SS" plus the fraction of a second and the zone from three captured groups starting at @p first
// (seconds may be missing, and the fraction only follows seconds), or an empty string when there is no valid
// time: the date then stands alone.
QString timeFrom(const QRegularExpressionMatch &match, int first, const QString &zoneText,
                 const QString &fractionDigits = {})
{
    if (!match.hasCaptured(first))
        return {};
    const int hour = match.captured(first).toInt(), minute = match.captured(first + 1).toInt(),
              second = match.captured(first + 2).toInt();
    if (!QTime::isValid(hour, minute, second))
        return {};
    const QString subSecond = match.hasCaptured(first + 2) ? fraction(fractionDigits) : QString();
    return isoTime(hour, minute, second) + subSecond + zone(zoneText);
}

QString withoutZone(const QString &date)
{
    static const QRegularExpression trailingZone(QStringLiteral("(Z|[+-]\\d{2}:\\d{2})$"));
    QString plain = date;
    if (plain.size() > 10)
        plain.remove(trailingZone);
    return plain;
}

} // namespace

namespace DateTaken {

QString fromExif(const QString &dateTime, const QString &offset, const QString &subSeconds)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})[:-](\\d{2})[:-](\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?"));
    const auto match = pattern.match(dateTime.trimmed());
    const QString date = match.hasMatch() ? dateFrom(match, 1) : QString();
    return date.isNull() ? date : date + timeFrom(match, 4, offset, subSeconds);
}

QString fromIptc(const QString &date, const QString &time)
{
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression timePattern(QStringLiteral("^(\\d{2}):?(\\d{2}):?(\\d{2})([+-]\\d{2}:?\\d{2})?$"));
    const auto dateMatch = datePattern.match(date.trimmed());
    const QString day = dateMatch.hasMatch() ? dateFrom(dateMatch, 1) : QString();
    if (day.isNull())
        return day;
    const auto timeMatch = timePattern.match(time.trimmed());
    return timeMatch.hasMatch() ? day + timeFrom(timeMatch, 1, timeMatch.captured(4)) : day;
}

QString fromXmp(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::("
                                                           "\\d{2})(?:\\.(\\d+))?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$"));
    const auto match = pattern.match(value.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (!match.hasCaptured(2))
        return year > 0 ? QStringLiteral("%1").arg(year, 4, 10, QChar('0')) : QString();
    const int month = match.captured(2).toInt();
    if (!match.hasCaptured(3))
        return month >= 1 && month <= 12 && year > 0
                   ? QStringLiteral("%1-%2").arg(year, 4, 10, QChar('0')).arg(month, 2, 10, QChar('0'))
                   : QString();
    const QString date = dateFrom(match, 1);
    return date.isNull() ? date : date + timeFrom(match, 4, match.captured(8), match.captured(7));
}

bool agree(const QString &a, const QString &b)
{
    const QString plainA = withoutZone(a), plainB = withoutZone(b);
    return plainA.startsWith(plainB) || plainB.startsWith(plainA);
}

} // namespace DateTaken
