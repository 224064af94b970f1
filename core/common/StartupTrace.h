#pragma once
// Milestones of a run (the program's main, the window's module loaded, the window built and
// shown; for a send: taken in, the first file answered, delivered), written to stderr with a
// monotonic clock when PACSDROP_START_TRACE is set, so that bench/gui/start_timer.cpp and the
// benchmarks can say where a run's time goes. Nothing is written otherwise.

namespace pacsdrop {

void markStartup(const char *milestone);

} // namespace pacsdrop
