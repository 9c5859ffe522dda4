// libFuzzer harness: any bytes as a photo through the thumbnail path (content sniffing, Exiv2's preview
// extraction, Qt's decoders with scaled decoding and orientation) and the detail view's fitted decode.
#include "fuzzfile.h"

#include "imaging/photodecoder.h"
#include "imaging/thumbnailer.h"
#include "metadata/exiv2extractor.h"

#include <QGuiApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's image plugins are loaded through the application object.
    static QGuiApplication application(*argc, *argv);
    Exiv2Extractor::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzFile file(data, size);
    if (!file.isValid())
        return 0;
    (void)Thumbnailer::make(file.path(), 128);
    (void)Thumbnailer::preview(file.path(), 128);
    (void)PhotoDecoder::fitted(file.path(), QSize(300, 200));
    return 0;
}
