#include "dicom/Decoders.h"

#include "common/ModuleLoader.h"

#include <atomic>
#include <mutex>

namespace pacsdrop {

namespace {

std::atomic<const DecoderFunctions *> g_registered{nullptr};

} // namespace

Result<void> ensureDecoders()
{
    static std::once_flag once;
    static Result<void> result;
    std::call_once(once, [] {
        const auto table = moduleTableOnce<DecoderFunctions>("libpacsdrop_codecs", "pacsdrop_codecs_functions",
                                                             "decompression of JPEG, JPEG-LS and RLE images");
        if (!table) {
            result = std::unexpected(table.error());
            return;
        }
        (*table)->registerDecoders();
        g_registered = *table;
    });
    return result;
}

void releaseDecoders()
{
    if (const DecoderFunctions *table = g_registered.exchange(nullptr))
        table->unregisterDecoders();
}

} // namespace pacsdrop
