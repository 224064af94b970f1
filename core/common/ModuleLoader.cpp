#include "common/ModuleLoader.h"

#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace pacsdrop {

namespace {

// The folder of the base library (this file's): modules are built and installed beside it.
QString moduleDirectory()
{
#ifdef Q_OS_UNIX
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void *>(&moduleEntry), &info) && info.dli_fname)
        return QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath();
#endif
    return QCoreApplication::applicationDirPath();
}

} // namespace

Result<QFunctionPointer> moduleEntry(const QString &moduleName, const char *entryName)
{
    // Kept loaded: FFmpeg, Poppler and Qt Widgets keep global state for the life of the process.
    QLibrary library(QDir(moduleDirectory()).filePath(moduleName));
    library.setLoadHints(QLibrary::PreventUnloadHint);
    if (const QFunctionPointer entry = library.resolve(entryName))
        return entry;
    return fail(ErrorCode::Internal, QStringLiteral("%1 could not be loaded: %2").arg(moduleName, library.errorString()));
}

Result<const void *> moduleTable(const QString &moduleName, const char *entryName, int tableSize, const QString &what)
{
    const auto entry = moduleEntry(moduleName, entryName);
    if (!entry)
        return fail(ErrorCode::Internal, QStringLiteral("%1 is not installed (%2)").arg(what, entry.error().message));
    using Entry = const int *(); // every table starts with its size
    const int *table = reinterpret_cast<Entry *>(*entry)();
    if (!table || *table != tableSize)
        return fail(ErrorCode::Internal, QStringLiteral("%1 belongs to another version of PacsDrop (%2)").arg(what, moduleName));
    qCDebug(lcIntake) << moduleName << "loaded";
    return static_cast<const void *>(table);
}

} // namespace pacsdrop
