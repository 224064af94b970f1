#pragma once
// Milestones of a start (the program's main, the window's module loaded, the window built and
// shown), written to stderr with a monotonic clock when PACSDROP_START_TRACE is set, so that
// bench/gui/start_timer.cpp can say where a start's time goes. Nothing is written otherwise.

namespace pacsdrop {

void markStartup(const char *milestone);

} // namespace pacsdrop
