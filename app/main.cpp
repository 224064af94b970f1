// PacsDrop: "pacsdrop COMMAND ..." is the command-line tool; "pacsdrop [FILE...]" the window (one per
// user: a second start hands its files to the first). Each lives in a module of its own, loaded
// here: the window (app/WindowMain.cpp) starts without DCMTK and Qt Network, which it loads on first
// use (pipeline/PipelineModule.h); the commands (app/CommandsMain.cpp) without Qt Widgets.
#include "cli/CommandChoice.h"
#include "common/ModuleLoader.h"
#include "common/StartupTrace.h"

#include <cstdio>

#include <sys/stat.h>

namespace {

int runModule(const char *module, const char *entryName, const char *what, int argc, char *argv[])
{
    const auto entry = pacsdrop::moduleEntry(QString::fromLatin1(module), entryName);
    if (!entry) {
        std::fprintf(stderr, "pacsdrop: %s cannot start: %s\n", what, entry.error().message.toLocal8Bit().constData());
        return 2;
    }
    pacsdrop::markStartup("module loaded");
    using Run = int(int, char **);
    const int code = reinterpret_cast<Run *>(*entry)(argc, argv);
    pacsdrop::markStartup("module done");
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    pacsdrop::markStartup("main");
    // Outbox, its journal files, logs and converted objects hold patient-related data: owner only.
    ::umask(077);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (pacsdrop::cli::wantsCommandLine(arguments))
        return runModule("libpacsdrop_commands", "pacsdrop_run_commands", "the command line", argc, argv);
    return runModule("libpacsdrop_window", "pacsdrop_run_window", "the window", argc, argv);
}
