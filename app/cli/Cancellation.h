#pragma once
// Ctrl+C (SIGINT) or SIGTERM during a transfer: finish the current file, leave the rest pending
// in the outbox. A second Ctrl+C ends the process at once.

#include <atomic>

namespace pacsdrop::cli {

const std::atomic_bool &installCancelOnSignal();

// The same stop from elsewhere (the Windows service's "Stop").
void requestCancel();

} // namespace pacsdrop::cli
