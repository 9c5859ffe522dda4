#include "pooldrain.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QThreadPool>

namespace {

QMutex s_mutex;
QList<QThreadPool *> s_pools;
bool s_routineAdded = false; // post routines run once and are forgotten: a new application needs it again

} // namespace

void PoolDrain::enrol(QThreadPool *pool)
{
    QMutexLocker lock(&s_mutex);
    if (!s_routineAdded) {
        qAddPostRoutine(&PoolDrain::drainAll);
        s_routineAdded = true;
    }
    if (!s_pools.contains(pool))
        s_pools.append(pool);
}

void PoolDrain::withdraw(QThreadPool *pool)
{
    QMutexLocker lock(&s_mutex);
    s_pools.removeAll(pool);
}

void PoolDrain::drainAll()
{
    // Held throughout: a provider deleted meanwhile waits in withdraw() instead of freeing its pool under us.
    QMutexLocker lock(&s_mutex);
    s_routineAdded = false;
    for (QThreadPool *pool : std::as_const(s_pools)) {
        // Queued responses are dropped unrun (the engine that asked is gone); running ones are short, or
        // cancelled and finish at once.
        pool->clear();
        pool->waitForDone();
    }
}
