#pragma once
// PacsDrop's own modules (libpacsdrop_commands.so: the command line; libpacsdrop_window.so: Qt
// Widgets and the window; libpacsdrop_core.so: the pipeline, for the window; libpacsdrop_video.so:
// FFmpeg; libpacsdrop_pdf.so: Poppler; libpacsdrop_codecs.so: DCMTK's decoders;
// libpacsdrop_image.so: Qt Gui; libpacsdrop_tls.so: OpenSSL) sit next to the base library (which
// holds this loader) and are loaded only when needed, so what does not need one pays neither its
// load time nor its memory.

#include "common/Error.h"

#include <QFunctionPointer>

#include <mutex>

namespace pacsdrop {

// Loads the module (once; never unloaded) and returns its entry point; an error says why not.
Result<QFunctionPointer> moduleEntry(const QString &moduleName, const char *entryName);

// Calls a module's entry (a function returning its table of functions, whose first member is the
// table's size) and checks the module was built with this core. what: what the module brings, for
// the error ("video and PDF support").
Result<const void *> moduleTable(const QString &moduleName, const char *entryName, int tableSize, const QString &what);

// The same, loaded once per process and table type (thread-safe).
template <typename Table>
Result<const Table *> moduleTableOnce(const char *moduleName, const char *entryName, const char *what)
{
    static std::once_flag once;
    static Result<const Table *> result = std::unexpected(Error{});
    std::call_once(once, [&] {
        const auto table = moduleTable(QString::fromLatin1(moduleName), entryName, static_cast<int>(sizeof(Table)), QString::fromLatin1(what));
        result = table ? Result<const Table *>(static_cast<const Table *>(*table)) : std::unexpected(table.error());
    });
    return result;
}

} // namespace pacsdrop
