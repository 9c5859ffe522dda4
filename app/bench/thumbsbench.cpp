#include "thumbsbench.h"

#include "metadata/folderlister.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <memory>
#include <vector>

namespace {

struct Pass
{
    double firstScreenMs = 0; // the first 40 tiles
    double allMs = 0;
    int errors = 0;
};

// Requests every file at once, as a grid would for its visible and nearby tiles, and waits for all.
Pass run(ThumbnailProvider &provider, const QList<PhotoFile> &files)
{
    constexpr int s_screenful = 40;
    Pass pass;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QQuickImageResponse>> responses;
    for (const PhotoFile &file : files)
        responses.emplace_back(provider.requestImageResponse(QString::fromLatin1(QUrl::toPercentEncoding(file.path)), QSize(256, 256)));
    for (size_t i = 0; i < responses.size(); ++i) {
        const auto *response = static_cast<ThumbnailResponse *>(responses[i].get());
        while (!response->isDone())
            QThread::usleep(200);
        if (i + 1 == s_screenful)
            pass.firstScreenMs = timer.nsecsElapsed() / 1e6;
        pass.errors += response->errorString().isEmpty() ? 0 : 1;
    }
    pass.allMs = timer.nsecsElapsed() / 1e6;
    return pass;
}

} // namespace

int benchThumbs(const QString &folder, int threads)
{
    QTextStream out(stdout);
    const FolderLister::Listing listing = FolderLister::list(folder, true);
    QTemporaryDir cache;
    const auto files = listing.files;
    out << "thumbs " << folder << ": " << files.size() << " files, 256 px, " << threads << " threads\n";
    Pass cold, warm;
    {
        ThumbnailProvider provider(threads, cache.path());
        cold = run(provider, files);
    }
    {
        ThumbnailProvider provider(threads, cache.path());
        warm = run(provider, files);
    }
    const auto perImage = [&](double ms) { return QString::number(ms / qMax<qsizetype>(1, files.size()), 'f', 1); };
    out << "  empty cache: first 40 " << QString::number(cold.firstScreenMs, 'f', 0) << " ms, all "
        << QString::number(cold.allMs / 1000, 'f', 2) << " s (" << perImage(cold.allMs) << " ms/image, " << cold.errors
        << " errors)\n"
        << "  warm disk cache: all " << QString::number(warm.allMs / 1000, 'f', 2) << " s (" << perImage(warm.allMs)
        << " ms/image)\n";
    return 0;
}
