// The settings loader: any bytes as settings.json (devices, lookups, hot folders, listeners, API,
// conversion rules) must load with a clear error or validate, never crash.

#include "FuzzInput.h"

#include "settings/Settings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = pacsdrop::fuzz::scratchFile(pacsdrop::fuzz::bytesOf(data, size), QStringLiteral("settings.json"));
    (void)pacsdrop::Settings::load(path);
    return 0;
}
