// libFuzzer harness: PNG text chunks (tEXt, zTXt, iTXt and their inflating), Byline's own parsing.
#include "metadata/pngtext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList warnings;
    const QList<PngText::Chunk> chunks =
        PngText::read([&file](qint64 offset, qint64 length) { return file.mid(offset, length); }, warnings);
    (void)PngText::values(chunks);
    return 0;
}
