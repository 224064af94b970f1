#pragma once
// The one decision pacsdrop's main() makes before loading anything of PacsDrop's own: the command
// line or the window (app/main.cpp). Qt Core only.

#include <QStringList>

namespace pacsdrop::cli {

// Whether these arguments (without the program name) ask for the command line rather than the
// window: a command word, an option the window does not take (--help, --version, ...), or a first
// word that is no file (a mistyped command). "pacsdrop [--config F] [--data-dir D] FILE..." with
// existing files opens the window with them.
bool wantsCommandLine(const QStringList &arguments);

} // namespace pacsdrop::cli
