#include <catch2/catch.hpp>

#include "search/captureorder.h"

#include <QByteArray>

namespace {

int order(const char *dateA, const char *serialA, const char *dateB, const char *serialB)
{
    return CaptureOrder::compare(QByteArrayView(dateA), QByteArrayView(serialA), QByteArrayView(dateB),
                                 QByteArrayView(serialB));
}

} // namespace

TEST_CASE("the time taken orders by the second, then by its fraction", "[captureorder]")
{
    CHECK(order("2016-03-31T09:23:56.9", "A", "2016-03-31T09:23:57.1", "A") < 0);
    CHECK(order("2016-03-31T09:23:57.2", "A", "2016-03-31T09:23:57.15", "B") > 0);
    CHECK(order("2016-03-31T09:23:57.15", "B", "2016-03-31T09:23:57.2", "A") < 0);
    // A fraction compares as a number: ".5" is ".50", and none is ".0".
    CHECK(order("2016-03-31T09:23:57.5", "A", "2016-03-31T09:23:57.50", "A") == 0);
    CHECK(order("2016-03-31T09:23:57", "A", "2016-03-31T09:23:57.01", "A") < 0);
    CHECK(order("2016-03-31T09:23:57.00", "A", "2016-03-31T09:23:57", "A") == 0);
    // The fraction comes before the zone: a burst with an offset and one without still interleave.
    CHECK(order("2016-03-31T09:23:57.3+06:00", "A", "2016-03-31T09:23:57.4", "B") < 0);
}

TEST_CASE("the same instant orders by camera, so each camera's burst stays together", "[captureorder]")
{
    CHECK(order("2016-03-31T09:23:57", "1234", "2016-03-31T09:23:57", "5678") < 0);
    CHECK(order("2016-03-31T09:23:57", "5678", "2016-03-31T09:23:57", "1234") > 0);
    CHECK(order("2016-03-31T09:23:57.1", "5678", "2016-03-31T09:23:57.10", "1234") > 0);
    // The same camera and instant: a tie, left to the caller's name order.
    CHECK(order("2016-03-31T09:23:57", "1234", "2016-03-31T09:23:57", "1234") == 0);
    // The camera never outranks the time.
    CHECK(order("2016-03-31T09:23:57", "9999", "2016-03-31T09:23:58", "0000") < 0);
}

TEST_CASE("dates of less precision and zones order as their text", "[captureorder]")
{
    CHECK(order("2016", "", "2016-03", "") < 0);
    CHECK(order("2016-03-31", "", "2016-03-31T00:00:00", "") < 0);
    CHECK(order("2016-03-31T09:23:57", "", "2016-03-31T09:23:57+06:00", "") < 0);
    CHECK(order("2016-03-31T09:23:57Z", "", "2016-03-31T09:23:57+06:00", "") > 0);
}
