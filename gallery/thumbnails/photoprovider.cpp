#include "photoprovider.h"

#include "imageid.h"
#include "photoresponse.h"
#include "pooldrain.h"
#include "previewworkers.h"

#include <QUrl>

PhotoProvider::PhotoProvider(int threads) : m_previews(std::make_shared<PreviewWorkers>())
{
    // Large decodes: two at most, so stepping through the lightbox keeps the next photo coming while the
    // thumbnail pool keeps the cores it needs.
    m_pool.setMaxThreadCount(qMax(1, threads));
    PoolDrain::enrol(&m_pool); // in case a response the engine never deletes keeps this provider past it
}

PhotoProvider::~PhotoProvider()
{
    PoolDrain::withdraw(&m_pool);
    m_pool.waitForDone();
}

QQuickImageResponse *PhotoProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    const QString path = ImageId::parse(id).path;
    const QSize box =
        requestedSize.width() > 0 && requestedSize.height() > 0 ? requestedSize : QSize(s_defaultEdge, s_defaultEdge);
    auto *response = new PhotoResponse(path, box, m_previews);
    m_pool.start(response);
    return response;
}
