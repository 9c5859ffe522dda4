// libFuzzer harness: any bytes as a photo file through MetadataReader (Byline's JPEG walk, APP13, XMP, then
// Exiv2 for Exif and the other formats, Qt for the size). The reader must never crash, whatever it reports.
#include "fuzzfile.h"

#include "metadata/exiv2extractor.h"
#include "metadata/metadatareader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Exiv2Extractor::initialize(); // XMP toolkit set-up, once, before any read (Exiv2's own rule)
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzFile file(data, size);
    if (file.isValid())
        (void)MetadataReader::read(file.path());
    return 0;
}
