#pragma once
// PacsDrop's own modules (libpacsdrop_media.so: FFmpeg and Poppler; libpacsdrop_window.so: Qt
// Widgets and the window) sit next to the core library and are loaded only by the commands that
// need them, so a command that does not pays neither their load time nor their memory.

#include "common/Error.h"

#include <QFunctionPointer>

namespace pacsdrop {

// Loads the module (once; never unloaded) and returns its entry point; an error says why not.
Result<QFunctionPointer> moduleEntry(const QString &moduleName, const char *entryName);

} // namespace pacsdrop
