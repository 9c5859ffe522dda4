// libFuzzer harness: the Photoshop image-resource block of APP13 (and the IPTC-IIM records inside it),
// the IPTCDigest check, and a write-back of what was parsed, all of it Byline's own parsing.
#include "metadata/iptcrecords.h"
#include "metadata/photoshopresources.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView block(reinterpret_cast<const char *>(data), qsizetype(size));
    const PhotoshopResources resources = PhotoshopResources::parse(block);
    (void)resources.digestState();
    (void)PhotoshopResources::parse(resources.serialize());
    const IptcRecords records =
        IptcRecords::parse(resources.find(PhotoshopResources::s_iptcId).value_or(block.toByteArray()));
    (void)records.values(2, 120); // Caption-Abstract
    return 0;
}
