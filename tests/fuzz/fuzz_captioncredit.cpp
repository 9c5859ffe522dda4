// libFuzzer harness: caption text (any bytes, as UTF-8) through the caption-credit parser.
#include "credits/captioncreditparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString caption = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<QString> credit = CaptionCreditParser::trailingCredit(caption))
        (void)credit->size();
    return 0;
}
