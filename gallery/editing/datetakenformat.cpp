#include "datetakenformat.h"

#include <QDate>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace {

// English whatever the locale: a caption written on a German desktop still goes to an English wire.
constexpr std::array<const char *, 12> s_months{"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char *, 7> s_weekdays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"};

/** The parts a recorded date has; 0 for a part it lacks (no year, month or day is 0). */
struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

std::optional<DateParts> partsOf(const QString &dateTaken)
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?)?)?)?"));
    const QRegularExpressionMatch match = s_pattern.match(dateTaken);
    if (!match.hasMatch())
        return std::nullopt;
    DateParts parts{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    if (parts.month > 12 || (parts.day > 0 && !QDate::isValid(parts.year, parts.month, parts.day)))
        return std::nullopt;
    parts.hasTime = match.hasCaptured(4);
    parts.hour = match.captured(4).toInt();
    parts.minute = match.captured(5).toInt();
    parts.second = match.captured(6).toInt();
    return parts;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

enum class Needs
{
    Year,
    Month,
    Day,
    Time
};

bool has(const DateParts &parts, Needs needs)
{
    switch (needs) {
    case Needs::Year:
        return true;
    case Needs::Month:
        return parts.month > 0;
    case Needs::Day:
        return parts.day > 0;
    case Needs::Time:
        return parts.hasTime;
    }
    return false;
}

// The part of the date each code needs; nullopt for a character that is no code.
std::optional<Needs> needsOf(QChar code)
{
    switch (code.unicode()) {
    case 'Y':
    case 'y':
    case '%':
        return Needs::Year;
    case 'm':
    case 'B':
    case 'b':
        return Needs::Month;
    case 'd':
    case 'e':
    case 'j':
    case 'A':
    case 'a':
        return Needs::Day;
    case 'H':
    case 'M':
    case 'S':
        return Needs::Time;
    }
    return std::nullopt;
}

// The text of a known code whose part the date has.
QString codeText(QChar code, const DateParts &parts)
{
    const QDate date = parts.day > 0 ? QDate(parts.year, parts.month, parts.day) : QDate();
    const QString month = parts.month > 0 ? QLatin1String(s_months[parts.month - 1]) : QString();
    const QString weekday = date.isValid() ? QLatin1String(s_weekdays[date.dayOfWeek() - 1]) : QString();
    switch (code.unicode()) {
    case 'Y':
        return QStringLiteral("%1").arg(parts.year, 4, 10, QLatin1Char('0'));
    case 'y':
        return twoDigits(parts.year % 100);
    case 'm':
        return twoDigits(parts.month);
    case 'B':
        return month;
    case 'b':
        return month.left(3);
    case 'd':
        return twoDigits(parts.day);
    case 'e':
        return QString::number(parts.day);
    case 'j':
        return QStringLiteral("%1").arg(date.dayOfYear(), 3, 10, QLatin1Char('0'));
    case 'A':
        return weekday;
    case 'a':
        return weekday.left(3);
    case 'H':
        return twoDigits(parts.hour);
    case 'M':
        return twoDigits(parts.minute);
    case 'S':
        return twoDigits(parts.second);
    }
    return QStringLiteral("%");
}

QString missingPart(Needs needs)
{
    return needs == Needs::Month ? QStringLiteral("month")
           : needs == Needs::Day ? QStringLiteral("day")
                                 : QStringLiteral("time");
}

} // namespace

namespace DateTakenFormat {

QString format(const QString &dateTaken, const QString &format, QStringList &notes)
{
    const std::optional<DateParts> parts = partsOf(dateTaken);
    if (!parts)
        return {};
    QString text;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format[i] != u'%' || i + 1 == format.size()) {
            text += format[i];
            continue;
        }
        const QChar code = format[++i];
        const std::optional<Needs> needs = needsOf(code);
        if (!needs) {
            notes.append(QStringLiteral("%%1 is no date code; it is left as written").arg(code));
            text += u'%' + code;
        } else if (!has(*parts, *needs)) {
            notes.append(QStringLiteral("the date taken (%1) has no %2, so %%3 is empty")
                             .arg(dateTaken, missingPart(*needs))
                             .arg(code));
        } else {
            text += codeText(code, *parts);
        }
    }
    return text;
}

QString isoDate(const QString &dateTaken)
{
    const std::optional<DateParts> parts = partsOf(dateTaken);
    if (!parts)
        return {};
    QString date = QStringLiteral("%1").arg(parts->year, 4, 10, QLatin1Char('0'));
    if (parts->month > 0)
        date += u'-' + twoDigits(parts->month);
    if (parts->day > 0)
        date += u'-' + twoDigits(parts->day);
    return date;
}

} // namespace DateTakenFormat
