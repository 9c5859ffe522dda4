#pragma once

#include "finishedsignal.h"
#include "imaging/photodecoder.h"

#include <QImage>
#include <QQuickImageResponse>
#include <QRunnable>
#include <QSize>

#include <atomic>
#include <memory>

class PreviewWorkers;

/**
 * One request of PhotoProvider: read the photo (reporting progress to PhotoLoadProgress), then decode it
 * scaled to fit a box, upright. finished() is emitted exactly once on every path. A photo that cannot be
 * decoded yields the error tile with the reason in problem(); errorString() stays empty, as for
 * ThumbnailResponse, because Qt Quick drops the image of a response with an error string.
 */
class PhotoResponse : public QQuickImageResponse, public QRunnable
{
    Q_OBJECT

public:
    /** @p previews looks up a RAW file's embedded previews (in helper processes); null: in this process. */
    PhotoResponse(QString path, QSize box, std::shared_ptr<PreviewWorkers> previews = {});

    [[nodiscard]] QQuickTextureFactory *textureFactory() const override;
    void cancel() override { m_cancelled = true; }
    void run() override;

    [[nodiscard]] bool isDone() const { return m_finished.isDone(); }
    [[nodiscard]] QImage image() const { return m_image; }
    /** Why the image is the error tile ("cancelled" for a skipped request); empty on success. */
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    // Small enough for a smooth bar on a slow share, large enough that a local read is a few calls.
    static constexpr qint64 s_chunkBytes = 1 << 20;
    // Larger files are decoded as they are read, not read whole first: a 4 GB TIFF would otherwise take
    // 4 GB of memory per decoding thread. Their reading progress is not reported.
    static constexpr qint64 s_largestReadWhole = 256 << 20;

    DecodedPhoto decoded();

    QString m_path;
    QSize m_box;
    std::shared_ptr<PreviewWorkers> m_previews;
    std::atomic<bool> m_cancelled{false};
    QImage m_image;
    QString m_problem;
    FinishedSignal m_finished; // last: destroyed first, once an emission in progress has returned
};
