#include "deferredcachewrites.h"

bool DeferredCacheWrites::defer(std::function<void()> write)
{
    if (m_pending.fetch_add(1) >= s_maxPending) {
        --m_pending;
        return false;
    }
    m_pool.start(
        [this, write = std::move(write)] {
            write();
            --m_pending;
        },
        m_priority);
    return true;
}
