// libFuzzer harness: JPEG XL container boxes (box sizes, 64-bit and to-the-end boxes, Brotli-compressed
// 'brob' boxes and their limits, the Exif box's offset), Byline's own parsing.
#include "metadata/jxlcontainer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)JxlContainer::read([&file](qint64 offset, qint64 length) { return file.mid(offset, length); }, file.size());
    return 0;
}
