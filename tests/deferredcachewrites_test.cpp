#include <catch2/catch.hpp>

#include "thumbnails/deferredcachewrites.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

TEST_CASE("cache writes wait behind the pool's work, holding at most a byte limit", "[thumbnails][cache]")
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore gate;
    pool.start([&gate] { gate.acquire(); }); // the only thread is busy, as with a queue of requests
    std::atomic<int> written{0};
    {
        DeferredCacheWrites writes(pool, -10);
        constexpr qint64 each = 1024 * 1024;
        int queued = 0;
        while (writes.defer([&written] { ++written; }, each))
            ++queued;
        CHECK(queued == DeferredCacheWrites::s_maxPendingBytes / each);
        CHECK(writes.pendingBytes() == queued * each);
        CHECK_FALSE(writes.defer([] {}, 1)); // full: the caller writes at once
        CHECK(written == 0);                 // none has run while the pool was busy

        gate.release();
        REQUIRE(pool.waitForDone(10000));
        CHECK(written == queued);
        CHECK(writes.pendingBytes() == 0);
        CHECK_FALSE(writes.defer([] {}, DeferredCacheWrites::s_maxPendingBytes + 1)); // never fits
        CHECK(writes.defer([&written] { ++written; }, each));                         // room again
        REQUIRE(pool.waitForDone(10000));                                             // before the writes object goes
    }
    CHECK(written == DeferredCacheWrites::s_maxPendingBytes / (1024 * 1024) + 1);
}
