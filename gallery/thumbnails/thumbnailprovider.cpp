#include "thumbnailprovider.h"

#include "deferredcachewrites.h"
#include "imageid.h"
#include "pooldrain.h"
#include "previewworkers.h"
#include "thumbnaildiskcache.h"
#include "thumbnailmemorycache.h"
#include "thumbnailresponse.h"

#include <QThread>
#include <QUrl>

ThumbnailProvider::ThumbnailProvider(int threads, const QString &diskCacheRoot, qint64 memoryBytes)
    : m_memory(
          std::make_shared<ThumbnailMemoryCache>(memoryBytes > 0 ? memoryBytes : ThumbnailMemoryCache::s_defaultBytes)),
      m_disk(std::make_shared<ThumbnailDiskCache>(diskCacheRoot.isEmpty() ? ThumbnailDiskCache::defaultRoot()
                                                                          : diskCacheRoot)),
      m_previews(std::make_shared<PreviewWorkers>())
{
    // Decoding is CPU-bound: one thread per core, and never the global pool's threads.
    m_pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    m_writes = std::make_shared<DeferredCacheWrites>(m_pool, s_housekeepingPriority);
    m_clock.start();
    // The preview helpers start while the window is still opening its folder. And a writer killed
    // mid-write (this program or another) leaves its temporary file in the shared cache.
    m_pool.start([previews = m_previews, helpers = m_pool.maxThreadCount()] { previews->prestart(helpers); },
                 s_housekeepingPriority);
    m_pool.start([disk = m_disk] { disk->removeAbandonedTemporaries(); }, s_housekeepingPriority);
    PoolDrain::enrol(&m_pool); // in case a response the engine never deletes keeps this provider past it
}

ThumbnailProvider::~ThumbnailProvider()
{
    PoolDrain::withdraw(&m_pool);
    // Every response must finish (the engine waits for it); the engine has cancelled those it no
    // longer needs, which then finish at once.
    m_pool.waitForDone();
}

QQuickImageResponse *ThumbnailProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    const auto [path, placeholder] = ImageId::parse(id);
    const int edge = requestedSize.isValid() && !requestedSize.isEmpty()
                         ? qMax(requestedSize.width(), requestedSize.height())
                         : s_defaultEdge;
    const auto mode = placeholder ? ThumbnailResponse::Mode::Placeholder : ThumbnailResponse::Mode::Sharp;
    auto *response = new ThumbnailResponse(path, edge, mode, m_memory, m_disk, m_previews, m_writes);
    m_pool.start(response, priorityOf(placeholder));
    return response;
}

// Newer bursts above older ones; within a burst, placeholders (a few milliseconds each) above decodes.
// Every priority is negative: Qt 6.4's QThreadPool queues a request it hands to an idle thread at
// priority 0 whatever was asked (QThreadPoolPrivate::tryStart calls enqueueTask(task) without it), so
// with positive priorities the first tile of a burst, the top-left one, ran after all the others.
// Counting up from INT_MIN / 2 leaves room for a billion bursts.
int ThumbnailProvider::priorityOf(bool placeholder)
{
    QMutexLocker lock(&m_clockMutex); // the engine may call from more than one thread
    const qint64 now = m_clock.elapsed();
    if (now - m_lastRequestMs >= s_burstGapMs || now - m_burstStartMs >= s_longestBurstMs) {
        ++m_burst;
        m_burstStartMs = now;
    }
    m_lastRequestMs = now;
    return s_lowestPriority + m_burst * 2 + (placeholder ? 1 : 0);
}
