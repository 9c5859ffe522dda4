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

QString fromExif(const QString &dateTime, const QString &offset)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})[:-](\\d{2})[:-](\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?"));
    const auto match = pattern.match(dateTime.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt(), month = match.captured(2).toInt(),
              day = match.captured(3).toInt();
    if (!validDate(year, month, day))
        return {};
    QString result = isoDate(year, month, day);
    if (match.hasCaptured(4)) {
        const int hour = match.captured(4).toInt(), minute = match.captured(5).toInt(),
                  second = match.captured(6).toInt();
        if (!QTime::isValid(hour, minute, second))
            return result;
        result += isoTime(hour, minute, second) + zone(offset);
    }
    return result;
}

QString fromIptc(const QString &date, const QString &time)
{
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})$"));
    const auto dateMatch = datePattern.match(date.trimmed());
    if (!dateMatch.hasMatch())
        return {};
    const int year = dateMatch.captured(1).toInt(), month = dateMatch.captured(2).toInt(),
              day = dateMatch.captured(3).toInt();
    if (!validDate(year, month, day))
        return {};
    QString result = isoDate(year, month, day);
    static const QRegularExpression timePattern(
        QStringLiteral("^(\\d{2}):?(\\d{2}):?(\\d{2})([+-]\\d{2}:?\\d{2})?$"));
    const auto timeMatch = timePattern.match(time.trimmed());
    if (timeMatch.hasMatch()) {
        const int hour = timeMatch.captured(1).toInt(), minute = timeMatch.captured(2).toInt(),
                  second = timeMatch.captured(3).toInt();
        if (QTime::isValid(hour, minute, second))
            result += isoTime(hour, minute, second) + zone(timeMatch.captured(4));
    }
    return result;
}

QString fromXmp(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$"));
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
    const int day = match.captured(3).toInt();
    if (!validDate(year, month, day))
        return {};
    QString result = isoDate(year, month, day);
    if (match.hasCaptured(4)) {
        const int hour = match.captured(4).toInt(), minute = match.captured(5).toInt(),
                  second = match.captured(6).toInt();
        if (QTime::isValid(hour, minute, second))
            result += isoTime(hour, minute, second) + zone(match.captured(7));
    }
    return result;
}

bool agree(const QString &a, const QString &b)
{
    const QString plainA = withoutZone(a), plainB = withoutZone(b);
    return plainA.startsWith(plainB) || plainB.startsWith(plainA);
}

} // namespace DateTaken
