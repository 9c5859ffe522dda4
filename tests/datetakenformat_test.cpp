// DateTakenFormat: a photo's date taken written with strftime-like codes, in English, for {date:FORMAT}.
#include "editing/datetakenformat.h"

namespace {

QString formatted(const QString &date, const QString &format, QStringList *notesOut = nullptr)
{
    QStringList notes;
    const QString text = DateTakenFormat::format(date, format, notes);
    if (notesOut)
        *notesOut = notes;
    else
        CHECK(notes.isEmpty());
    return text;
}

} // namespace

TEST_CASE("template dates: every code of a full date and time", "[template][date]")
{
    const QString launch = QStringLiteral("2016-03-31T16:23:57+06:00");
    CHECK(formatted(launch, QStringLiteral("%d %B %Y")) == QStringLiteral("31 March 2016"));
    CHECK(formatted(launch, QStringLiteral("%A %e %b %y")) == QStringLiteral("Thursday 31 Mar 16"));
    CHECK(formatted(launch, QStringLiteral("%a %m/%d")) == QStringLiteral("Thu 03/31"));
    CHECK(formatted(launch, QStringLiteral("%H:%M:%S")) == QStringLiteral("16:23:57")); // as recorded, no zone change
    CHECK(formatted(launch, QStringLiteral("day %j")) == QStringLiteral("day 091"));    // 2016 is a leap year
    CHECK(formatted(launch, QStringLiteral("100%%")) == QStringLiteral("100%"));
    CHECK(formatted(launch, QString()) == QString());
}

TEST_CASE("template dates: %e and %d pad differently, and names are English", "[template][date]")
{
    const QString early = QStringLiteral("2021-01-05T07:04:03");
    CHECK(formatted(early, QStringLiteral("%e %B")) == QStringLiteral("5 January"));
    CHECK(formatted(early, QStringLiteral("%d.%m.%y %H-%M-%S")) == QStringLiteral("05.01.21 07-04-03"));
    CHECK(formatted(early, QStringLiteral("%A")) == QStringLiteral("Tuesday"));
    CHECK(formatted(QStringLiteral("2021-12-26"), QStringLiteral("%a %b %j")) == QStringLiteral("Sun Dec 360"));
    CHECK(formatted(QStringLiteral("0999-09-09"), QStringLiteral("%Y %y")) == QStringLiteral("0999 99"));
}

TEST_CASE("template dates: a part the date lacks is empty, and said so", "[template][date]")
{
    QStringList notes;
    CHECK(formatted(QStringLiteral("2016-03-31"), QStringLiteral("%d %B %Y %H:%M"), &notes) ==
          QStringLiteral("31 March 2016 :"));
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == QStringLiteral("the date taken (2016-03-31) has no time, so %H is empty"));

    CHECK(formatted(QStringLiteral("2016-03"), QStringLiteral("%B %Y, %e"), &notes) == QStringLiteral("March 2016, "));
    CHECK(notes.size() == 1);
    CHECK(formatted(QStringLiteral("2016"), QStringLiteral("%Y %b"), &notes) == QStringLiteral("2016 "));
    CHECK(notes.size() == 1);
}

TEST_CASE("template dates: an unknown code stays as written, and a bad date gives nothing", "[template][date]")
{
    QStringList notes;
    CHECK(formatted(QStringLiteral("2016-03-31"), QStringLiteral("%Q %d %"), &notes) == QStringLiteral("%Q 31 %"));
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].contains(QStringLiteral("%Q is no date code")));

    CHECK(formatted(QStringLiteral("yesterday"), QStringLiteral("%d")).isEmpty());
    CHECK(formatted(QStringLiteral("2016-02-30"), QStringLiteral("%d")).isEmpty());
    CHECK(formatted(QStringLiteral("2016-13-01"), QStringLiteral("%d")).isEmpty());
    CHECK(formatted(QString(), QStringLiteral("%d")).isEmpty());
}

TEST_CASE("template dates: the ISO date is as much as was recorded", "[template][date]")
{
    CHECK(DateTakenFormat::isoDate(QStringLiteral("2016-03-31T16:23:57+06:00")) == QStringLiteral("2016-03-31"));
    CHECK(DateTakenFormat::isoDate(QStringLiteral("2016-03")) == QStringLiteral("2016-03"));
    CHECK(DateTakenFormat::isoDate(QStringLiteral("2016")) == QStringLiteral("2016"));
    CHECK(DateTakenFormat::isoDate(QStringLiteral("31/03/2016")).isEmpty());
}
