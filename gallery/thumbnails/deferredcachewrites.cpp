#include "deferredcachewrites.h"

bool DeferredCacheWrites::defer(std::function<void()> write, qint64 bytes)
{
    if (m_pendingBytes.fetch_add(bytes) + bytes > s_maxPendingBytes) {
        m_pendingBytes -= bytes;
        return false;
    }
    m_pool.start(
        [this, write = std::move(write), bytes] {
            write();
            m_pendingBytes -= bytes;
        },
        m_priority);
    return true;
}
