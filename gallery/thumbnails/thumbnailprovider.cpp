#include "thumbnailprovider.h"

#include "thumbnaildiskcache.h"
#include "thumbnailmemorycache.h"
#include "thumbnailresponse.h"

#include <QThread>
#include <QUrl>

ThumbnailProvider::ThumbnailProvider(int threads, const QString &diskCacheRoot)
    : m_memory(std::make_shared<ThumbnailMemoryCache>())
    , m_disk(std::make_shared<ThumbnailDiskCache>(diskCacheRoot.isEmpty() ? ThumbnailDiskCache::defaultRoot()
                                                                          : diskCacheRoot))
{
    // Decoding is CPU-bound: one thread per core, and never the global pool's threads.
    m_pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
}

ThumbnailProvider::~ThumbnailProvider()
{
    // Every response must finish (the engine waits for it); the engine has cancelled those it no
    // longer needs, which then finish at once.
    m_pool.waitForDone();
}

QQuickImageResponse *ThumbnailProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    const QString path = QUrl::fromPercentEncoding(id.toUtf8());
    const int edge = requestedSize.isValid() && !requestedSize.isEmpty()
                         ? qMax(requestedSize.width(), requestedSize.height())
                         : s_defaultEdge;
    auto *response = new ThumbnailResponse(path, edge, m_memory, m_disk);
    m_pool.start(response);
    return response;
}
