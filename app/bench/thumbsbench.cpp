#include "thumbsbench.h"

#include "imaging/thumbnailer.h"
#include "isolation/readworker.h"
#include "scan/folderlister.h"
#include "thumbnails/previewworkers.h"
#include "thumbnails/thumbnailmemorycache.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <sys/resource.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace {

constexpr int s_edge = 256;
constexpr int s_screenful = 40;      // 8 columns x 5 rows at the default tile size on a 1600x1000 window
constexpr int s_cacheBuffer = 40;    // the rows a GridView builds beyond the visible ones
constexpr int s_windowStartMs = 150; // from the image provider's creation to the first tile

using Responses = std::vector<std::unique_ptr<QQuickImageResponse>>;

// The benchmark's thread sleeps until a response finishes, as the GUI thread does: polling would take
// CPU time from the two decoding threads it measures.
class Completions
{
public:
    void notify()
    {
        const std::lock_guard lock(m_mutex);
        m_finished.notify_all();
    }

    // A response is done just after it emits finished(), and may finish before it is watched: hence the
    // short timeout rather than one wait per notification.
    void waitUntilDone(const ThumbnailResponse *response)
    {
        std::unique_lock lock(m_mutex);
        while (!response->isDone())
            m_finished.wait_for(lock, std::chrono::milliseconds(1));
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_finished;
};

Completions s_completions;

QQuickImageResponse *ask(ThumbnailProvider &provider, const QString &path, bool placeholder)
{
    const QString id =
        QString::fromLatin1(QUrl::toPercentEncoding(path)) + (placeholder ? QStringLiteral("?placeholder") : QString());
    QQuickImageResponse *response = provider.requestImageResponse(id, QSize(s_edge, s_edge));
    QObject::connect(
        response, &QQuickImageResponse::finished, response, [] { s_completions.notify(); }, Qt::DirectConnection);
    return response;
}

// Waits for responses[from, to) and returns how many carry a problem. With @p release, each response is
// deleted once done, as Qt Quick does after taking the texture, so it holds no image beyond the cache.
int waitFor(Responses &responses, size_t from, size_t to, bool release = false)
{
    int problems = 0;
    for (size_t i = from; i < to && i < responses.size(); ++i) {
        const auto *response = static_cast<ThumbnailResponse *>(responses[i].get());
        s_completions.waitUntilDone(response);
        problems += response->problem().isEmpty() ? 0 : 1;
        if (release)
            responses[i].reset();
    }
    return problems;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

struct FirstScreen
{
    double placeholdersMs = 0;
    double sharpMs = 0;
    int blankPlaceholders = 0; // files without an embedded preview: the tile stays empty until sharp
};

// What a grid asks for when a folder opens: for every tile built (the visible ones plus the cache
// buffer), its placeholder and its sharp thumbnail, top to bottom.
FirstScreen firstScreen(ThumbnailProvider &provider, const QList<PhotoFile> &files)
{
    const auto tiles = size_t(qMin<qsizetype>(files.size(), s_screenful + s_cacheBuffer));
    Responses placeholders, sharp;
    QElapsedTimer timer;
    timer.start();
    for (size_t i = 0; i < tiles; ++i) {
        placeholders.emplace_back(ask(provider, files.at(qsizetype(i)).path, true));
        sharp.emplace_back(ask(provider, files.at(qsizetype(i)).path, false));
    }
    FirstScreen result;
    waitFor(placeholders, 0, s_screenful);
    result.placeholdersMs = msSince(timer);
    waitFor(sharp, 0, s_screenful);
    result.sharpMs = msSince(timer);
    for (size_t i = 0; i < size_t(s_screenful) && i < placeholders.size(); ++i)
        result.blankPlaceholders +=
            static_cast<ThumbnailResponse *>(placeholders[i].get())->image().width() == 1 ? 1 : 0;
    waitFor(sharp, 0, sharp.size(), true);
    return result;
}

struct AllPass
{
    double ms = 0;
    int problems = 0;
};

// Every file at once, as a grid asks when the user drags the scroll bar to the end and back.
AllPass everything(ThumbnailProvider &provider, const QList<PhotoFile> &files)
{
    QElapsedTimer timer;
    timer.start();
    Responses responses;
    for (const PhotoFile &file : files)
        responses.emplace_back(ask(provider, file.path, false));
    AllPass pass;
    pass.problems = waitFor(responses, 0, responses.size(), true);
    pass.ms = msSince(timer);
    return pass;
}

} // namespace

int benchThumbs(const QString &folder, int threads)
{
    QTextStream out(stdout);
    const QList<PhotoFile> files = FolderLister::list(folder, true).files;
    const auto perImage = [&](double ms) {
        return QString::number(ms / double(qMax<qsizetype>(1, files.size())), 'f', 1);
    };
    out << "thumbs " << folder << ": " << files.size() << " files, " << s_edge << " px, " << threads << " threads\n";
    const double baselineRss = peakRssMiB();
    {
        QTemporaryDir cache;
        ThumbnailProvider provider(threads, cache.path());
        // The window makes its provider when its QML engine starts, before it has loaded its QML and
        // listed the folder (a few hundred ms here); the preview helpers start meanwhile.
        QThread::msleep(s_windowStartMs);
        const FirstScreen screen = firstScreen(provider, files);
        out << "  first screen (" << s_screenful << " tiles + " << s_cacheBuffer
            << " buffered), empty cache: placeholders " << QString::number(screen.placeholdersMs, 'f', 0) << " ms ("
            << screen.blankPlaceholders << " without a preview), all sharp " << QString::number(screen.sharpMs, 'f', 0)
            << " ms\n";
        out.flush();
    }
    QTemporaryDir cache;
    qint64 cacheBytes = 0;
    AllPass cold, warm;
    {
        ThumbnailProvider provider(threads, cache.path());
        cold = everything(provider, files);
        cacheBytes = provider.memoryCache().usedBytes();
    }
    out << "  all, empty cache: " << QString::number(cold.ms / 1000, 'f', 2) << " s (" << perImage(cold.ms)
        << " ms/image, " << cold.problems << " files with a problem)\n";
    out.flush();
    {
        ThumbnailProvider provider(threads, cache.path());
        warm = everything(provider, files);
    }
    out << "  all, warm disk cache: " << QString::number(warm.ms / 1000, 'f', 2) << " s (" << perImage(warm.ms)
        << " ms/image)\n"
        << "  memory: cache " << QString::number(double(cacheBytes) / 1048576.0, 'f', 1) << " MiB (limit "
        << QString::number(double(ThumbnailMemoryCache::s_defaultBytes) / 1048576.0, 'f', 0) << "), peak RSS "
        << QString::number(peakRssMiB(), 'f', 0) << " MiB (" << QString::number(baselineRss, 'f', 0)
        << " MiB before the first request)\n";
    return 0;
}

int benchNaiveThumbs(const QString &folder)
{
    const QList<PhotoFile> files = FolderLister::list(folder, true).files;
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    for (const PhotoFile &file : files) {
        QImageReader reader(file.path);
        reader.setAutoTransform(true);
        const QImage full = reader.read();
        failed += full.isNull() ? 1 : 0;
        if (!full.isNull())
            (void)full.scaled(s_edge, s_edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    const double ms = msSince(timer);
    QTextStream(stdout) << QStringLiteral("%1 %2 ms/image\n")
                               .arg(QStringLiteral("Qt full decode + smooth scale (1 thread, in process)"), -58)
                               .arg(ms / double(qMax<qsizetype>(1, files.size())), 7, 'f', 1);
    return failed == files.size() && !files.isEmpty() ? 1 : 0;
}

int benchPreviews(const QString &folder)
{
    // One thread, one file at a time: the embedded-preview lookup alone, in process and through a
    // helper, so the round trip's cost shows undiluted.
    const QList<PhotoFile> files = FolderLister::list(folder, true).files;
    QTextStream out(stdout);
    out << "previews " << folder << ": " << files.size() << " files, smallest preview of at least " << s_edge
        << " px, one at a time\n";
    const auto timeLookups = [&files](const Thumbnailer::PreviewLookup &lookup) {
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        for (const PhotoFile &file : files)
            bytes += lookup(file.path, s_edge).data.size();
        return std::pair{msSince(timer), bytes};
    };
    const auto [inProcessMs, inProcessBytes] = timeLookups(Thumbnailer::embeddedPreview);
    PreviewWorkers helpers;
    helpers.prestart(1);
    QThread::msleep(200); // started, as the window's are before a folder opens
    const auto [helperMs, helperBytes] =
        timeLookups([&helpers](const QString &path, int edge) { return helpers.lookup(path, edge); });
    const auto perFile = [&files](double ms) {
        return QString::number(1000.0 * ms / double(qMax<qsizetype>(1, files.size())), 'f', 0);
    };
    out << "  in process        " << perFile(inProcessMs) << " µs/file\n"
        << "  through a helper  " << perFile(helperMs) << " µs/file (" << ReadWorker::defaultProgram() << ")\n";
    return inProcessBytes == helperBytes ? 0 : 1; // the same previews either way
}
