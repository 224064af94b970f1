#include "cli/Cancellation.h"

#include <csignal>

namespace pacsdrop::cli {

namespace {
std::atomic_bool g_cancel{false};

extern "C" void onSignal(int signal)
{
    g_cancel.store(true);
    std::signal(signal, SIG_DFL); // the next one is not caught
}
} // namespace

const std::atomic_bool &installCancelOnSignal()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return g_cancel;
}

void requestCancel() { g_cancel.store(true); }

} // namespace pacsdrop::cli
