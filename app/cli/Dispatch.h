#pragma once

#include <QStringList>

namespace pacsdrop {
class DcmtkRuntime;
}

namespace pacsdrop::cli {

// Runs "pacsdrop COMMAND ..." (arguments as from QCoreApplication::arguments()).
int dispatch(const QStringList &arguments, const DcmtkRuntime &dcmtk);

// Whether these arguments (without the program name) ask for the command line rather than the
// window: a command word, or an option the window does not take (--help, --version, ...).
// "pacsdrop [--config F] [--data-dir D] FILE..." opens the window with the files.
bool wantsCommandLine(const QStringList &arguments);

} // namespace pacsdrop::cli
