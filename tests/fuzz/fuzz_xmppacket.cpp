// libFuzzer harness: XMP packets (from APP1 and sidecars) through Byline's own RDF reader.
#include "metadata/xmppacketreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)XmpPacketReader::read(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
