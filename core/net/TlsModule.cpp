#include "net/TlsModule.h"

#include "common/ModuleLoader.h"

#include <atomic>

namespace pacsdrop {

namespace {

std::atomic<bool> g_loaded{false};

} // namespace

Result<const TlsFunctions *> tlsFunctions()
{
    auto table = moduleTableOnce<TlsFunctions>("libpacsdrop_tls", "pacsdrop_tls_functions", "DICOM TLS and sealed secrets");
    if (table)
        g_loaded = true;
    return table;
}

bool tlsLoaded() { return g_loaded; }

} // namespace pacsdrop
