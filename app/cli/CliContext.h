#pragma once
// What every command needs: options common to all commands (--config, --data-dir, --verbose,
// --debug), logging set up, and the settings loaded.

#include "settings/Settings.h"

#include <QCommandLineParser>

namespace pacsdrop::cli {

struct CliContext {
    Settings settings;

    // Adds the options every command accepts.
    static void addCommonOptions(QCommandLineParser &parser);
    // Applies them (paths, logging) and loads the settings.
    static Result<CliContext> create(const QCommandLineParser &parser);
    // Defaults only (the desktop window without arguments).
    static Result<CliContext> create(std::nullptr_t);
};

// Process exit codes.
enum ExitCode { ExitOk = 0, ExitFailures = 1, ExitUsage = 2 };

} // namespace pacsdrop::cli
