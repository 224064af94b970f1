#pragma once
// `pacsdrop serve --windows-service`: the same service under the Windows Service Control Manager.
// The SCM's dispatcher runs on a thread of its own (Qt's event loop must stay on the main thread);
// it reports "running" at once, turns Stop and system shutdown into the same clean stop as SIGTERM
// (finish the current file, leave the rest in the outbox), and reports "stopped" with serve's exit
// code. On other systems the option is refused.

#include <functional>

namespace pacsdrop::cli {

int runAsWindowsService(const std::function<int()> &serve);

} // namespace pacsdrop::cli
