#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

/**
 * Spins the event loop until @p condition holds or @p timeoutMs passes; returns the condition. For
 * REQUIRE/CHECK in Catch2 tests (QtTest's QTRY_* macros report to QtTest, not Catch2, and would pass).
 */
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
