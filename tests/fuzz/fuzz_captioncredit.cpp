// libFuzzer harness: caption text (any bytes, as UTF-8) through the caption-credit parser, then the
// credit line grammar, over the credit found and over the whole text, as a credit field would give it.
#include "credits/captioncreditparser.h"
#include "credits/creditline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString caption = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<QString> credit = CaptionCreditParser::trailingCredit(caption))
        (void)CreditLine::parse(*credit).agencies.size();
    (void)CreditLine::parse(caption).photographer.size();
    return 0;
}
