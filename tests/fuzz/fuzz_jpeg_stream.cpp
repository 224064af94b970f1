// The JPEG stream scanner: what a photo says about itself (markers up to the first scan), whether
// it can be stored as it is, and the copy without metadata segments.

#include "FuzzInput.h"

#include "convert/JpegStream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = pacsdrop::fuzz::bytesOf(data, size);
    if (const auto info = pacsdrop::parseJpeg(bytes)) {
        (void)info->whyNotEncapsulable();
        (void)info->transferSyntaxUid();
        (void)info->photometricInterpretation();
    }
    const QByteArray stripped = pacsdrop::withoutMetadata(bytes);
    // What is left is still a stream the scanner can read (or it was not one to begin with).
    (void)pacsdrop::parseJpeg(stripped);
    return 0;
}
