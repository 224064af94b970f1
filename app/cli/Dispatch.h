#pragma once

#include <QStringList>

namespace pacsdrop {
class DcmtkRuntime;
}

namespace pacsdrop::cli {

// Runs "pacsdrop COMMAND ..." (arguments as from QCoreApplication::arguments()).
int dispatch(const QStringList &arguments, const DcmtkRuntime &dcmtk);

// Whether these arguments (without the program name) ask for the command line rather than the
// window: a command word, an option the window does not take (--help, --version, ...), or a first
// word that is no file (a mistyped command). "pacsdrop [--config F] [--data-dir D] FILE..." with
// existing files opens the window with them.
bool wantsCommandLine(const QStringList &arguments);

} // namespace pacsdrop::cli
