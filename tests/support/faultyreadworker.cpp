// A metadata helper for test_readworker that fails the way Exiv2's parsers can: it serves
// ReadWorkerProtocol like `byline-cli read-worker`, but crashes on a file whose name contains
// "crash", never answers for one whose name contains "hang", and otherwise answers as byline-cli does
// (reads and previews alike).

#include "imaging/thumbnailer.h"
#include "isolation/readworkerprotocol.h"
#include "metadata/metadatareader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
// A crash here must be a real signal, as Exiv2's would be in a release build, not AddressSanitizer's
// report and exit.
extern "C" const char *__asan_default_options()
{
    return "handle_segv=0";
}
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto misbehaveOn = [](const QString &path) {
        const QString name = QFileInfo(path).fileName();
        if (name.contains(QLatin1String("crash")))
            std::raise(SIGSEGV);
        if (name.contains(QLatin1String("hang"))) {
            for (;;)
                ::pause();
        }
    };
    return ReadWorkerProtocol::serve(STDIN_FILENO, STDOUT_FILENO,
                                     {[&](const PhotoFile &file) {
                                          misbehaveOn(file.path);
                                          return MetadataReader::read(file);
                                      },
                                      [&](const QString &path, int minEdge) {
                                          misbehaveOn(path);
                                          return Thumbnailer::embeddedPreview(path, minEdge);
                                      }});
}
