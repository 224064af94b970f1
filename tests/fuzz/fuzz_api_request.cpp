// The API's own request parsing: the connection guard's reading of a request header (sizes,
// chunked bodies) and the multipart/form-data reader with its file names. The first line of the
// input is the Content-Type header for the form; the whole input is also judged as a raw header.

#include "FuzzInput.h"

#include "api/Multipart.h"
#include "api/RequestGuard.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = pacsdrop::fuzz::bytesOf(data, size);
    (void)pacsdrop::judgeRequestHeader(bytes, 1024 * 1024);
    const auto [contentType, body] = pacsdrop::fuzz::splitFirstLine(bytes);
    if (const auto parts = pacsdrop::parseFormData(contentType, body)) {
        int index = 0;
        for (const pacsdrop::FormPart &part : *parts)
            (void)pacsdrop::safeFileName(part.fileName, index++);
    }
    return 0;
}
