#pragma once

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <memory>

class PreviewWorkers;

/**
 * image://photo/<version>/<percent-encoded absolute path> (ImageId) for the detail pane and the lightbox: the whole
 * photo, upright, scaled on decode to fit the requested size (the Image's sourceSize, i.e. the screen area it fills),
 * never upscaled. Decodes on the provider's own small pool so a slow 100 MP file never delays thumbnails. Without a
 * requested size the photo is fitted into 2048 px. A camera RAW file is shown from its largest embedded preview,
 * looked up in helper processes as the thumbnailer's are.
 */
class PhotoProvider : public QQuickAsyncImageProvider
{
public:
    static constexpr int s_defaultEdge = 2048;

    explicit PhotoProvider(int threads = 2);
    ~PhotoProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    bool waitForDone(int milliseconds) { return m_pool.waitForDone(milliseconds); }

private:
    std::shared_ptr<PreviewWorkers> m_previews;
    QThreadPool m_pool; // last: its threads finish before the workers go
};
