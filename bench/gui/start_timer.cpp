// Times programs' starts, interleaved: each round runs every command once, in turn, and notes when
// each passed its milestones (the "start-mark <microseconds> <name>" lines PACSDROP_START_TRACE makes
// them write, core/common/StartupTrace.h) and when it ended, from the moment it was forked. Prints a
// Markdown table of medians, milestone by milestone, and the whole run with its ratio to the first
// command. Interleaving keeps a slow spell of the machine from landing on one program only.
// Usage: pacsdrop_start_timer ROUNDS NAME=COMMAND... (a command is split at spaces; leading
// VARIABLE=VALUE words are set in its environment, as env(1) would, without a process of their own)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

long long nowMicroseconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

struct Command {
    std::string name;
    std::vector<std::string> words;
    std::vector<std::string> milestones;                   // in the order first seen
    std::map<std::string, std::vector<double>> millis;      // milestone -> ms after the fork, per run
};

// One run: the milestones' times and the end, in ms after the fork; false if it failed.
bool runOnce(Command &command)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return false;
    const long long forked = nowMicroseconds();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(pipeFds[1], STDERR_FILENO);
        ::close(pipeFds[0]);
        std::vector<char *> argv;
        for (std::string &w : command.words) {
            if (argv.empty() && w.find('=') != std::string::npos)
                ::putenv(w.data());
            else
                argv.push_back(w.data());
        }
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<size_t>(n));
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    const long long ended = nowMicroseconds();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", command.name.c_str(), status);
        return false;
    }
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        long long at = 0;
        char name[128] = {};
        if (std::sscanf(line.c_str(), "start-mark %lld %127[^\n]", &at, name) != 2)
            continue;
        if (std::find(command.milestones.begin(), command.milestones.end(), name) == command.milestones.end())
            command.milestones.emplace_back(name);
        command.millis[name].push_back((at - forked) / 1000.0);
    }
    command.millis["ended"].push_back((ended - forked) / 1000.0);
    return true;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s ROUNDS NAME=COMMAND...\n", argv[0]);
        return 2;
    }
    const int rounds = std::atoi(argv[1]);
    std::vector<Command> commands;
    for (int i = 2; i < argc; ++i) {
        const char *equals = std::strchr(argv[i], '=');
        if (!equals)
            return 2;
        Command c;
        c.name.assign(argv[i], static_cast<size_t>(equals - argv[i]));
        std::istringstream words(equals + 1);
        for (std::string w; words >> w;)
            c.words.push_back(w);
        commands.push_back(c);
    }
    ::setenv("PACSDROP_START_TRACE", "1", 1);
    for (Command &c : commands) // a warm-up run each
        if (!runOnce(c))
            return 1;
    for (Command &c : commands)
        c.millis.clear();
    for (int round = 0; round < rounds; ++round)
        for (Command &c : commands)
            if (!runOnce(c))
                return 1;
    // Rows: every milestone any command passed, in the order the one with most passed them.
    std::vector<std::string> rows =
        std::max_element(commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.milestones.size() < b.milestones.size(); })
            ->milestones;
    for (const Command &c : commands)
        for (const std::string &m : c.milestones)
            if (std::find(rows.begin(), rows.end(), m) == rows.end())
                rows.push_back(m);
    rows.push_back("ended");
    std::printf("| ms after the start (median of %d) |", rounds);
    for (const Command &c : commands)
        std::printf(" %s |", c.name.c_str());
    std::printf("\n|---|");
    for (size_t i = 0; i < commands.size(); ++i)
        std::printf("---|");
    std::printf("\n");
    for (const std::string &m : rows) {
        std::printf("| %s |", m.c_str());
        for (const Command &c : commands) {
            const auto it = c.millis.find(m);
            if (it == c.millis.end())
                std::printf(" |");
            else
                std::printf(" %.1f |", median(it->second));
        }
        std::printf("\n");
    }
    const double first = median(commands.front().millis["ended"]);
    std::printf("| whole run, against %s |", commands.front().name.c_str());
    for (Command &c : commands)
        std::printf(" %.2fx |", median(c.millis["ended"]) / first);
    std::printf("\n");
    return 0;
}
