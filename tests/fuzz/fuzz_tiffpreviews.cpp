// libFuzzer harness: the walk of a TIFF-based RAW file's IFDs for its JPEG previews (TiffPreviews), which
// runs in the GUI's process for every RAW tile.
#include "metadata/tiffpreviews.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const TiffPreviews::Found found = TiffPreviews::find(
        [&file](qint64 offset, qint64 length) {
            return offset < 0 || offset > file.size() ? QByteArray() : file.mid(offset, length);
        },
        file.size());
    (void)TiffPreviews::smallestCovering(found.previews, 256);
    return 0;
}
