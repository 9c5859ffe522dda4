// byline-make-sample: writes the bundled sample gallery (resources/sample) into OUTDIR. The pictures
// are painted, not photographed; the captions and credits are those of a real news page.

#include "metadata/exiv2extractor.h"
#include "samplephoto.h"
#include "samplewriter.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdint>
#include <cstdio>

namespace {

// Fixed, so that every run writes the same bytes; each photo adds its index.
constexpr std::uint32_t s_seed = 20160331;

} // namespace

int main(int argc, char *argv[])
{
    // Painting and JPEG encoding need a QGuiApplication but never a display: this runs in builds.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: byline-make-sample OUTDIR\n", stderr);
        return 2;
    }
    Exiv2Extractor::initialize();
    const QString directory = arguments.at(1);
    if (!QDir().mkpath(directory)) {
        std::fprintf(stderr, "byline-make-sample: cannot create %s\n", qPrintable(directory));
        return 1;
    }
    const SampleWriter writer(directory);
    const std::span<const SamplePhoto> photos = samplePhotos();
    for (std::size_t i = 0; i < photos.size(); ++i) {
        if (const QString error = writer.write(photos[i], s_seed + std::uint32_t(i)); !error.isEmpty()) {
            std::fprintf(stderr, "byline-make-sample: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("%zu sample photos written to %s\n", photos.size(), qPrintable(QDir(directory).absolutePath()));
    return 0;
}
