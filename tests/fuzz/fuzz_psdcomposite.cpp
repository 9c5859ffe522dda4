// libFuzzer harness: any bytes as a Photoshop file through Byline's composite decoder (header, section
// lengths, PackBits rows and their length table, row skipping for small boxes).
#include "imaging/psdcomposite.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const PsdComposite::ReadAt readAt = [&file](qint64 offset, qint64 length) { return file.mid(offset, length); };
    (void)PsdComposite::fitted(readAt, file.size(), QSize(64, 64));
    (void)PsdComposite::fitted(readAt, file.size(), QSize(2048, 2048));
    return 0;
}
