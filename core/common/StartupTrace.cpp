#include "common/StartupTrace.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace pacsdrop {

void markStartup(const char *milestone)
{
    static const bool wanted = std::getenv("PACSDROP_START_TRACE") != nullptr;
    if (!wanted)
        return;
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    // Same clock and format as the bench's timer expects: "start-mark <microseconds> <milestone>".
    std::fprintf(stderr, "start-mark %lld %s\n", static_cast<long long>(now.tv_sec) * 1000000 + now.tv_nsec / 1000, milestone);
}

} // namespace pacsdrop
