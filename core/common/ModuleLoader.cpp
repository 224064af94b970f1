#include "common/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace pacsdrop {

namespace {

// The folder of the core library: modules are built and installed beside it.
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

} // namespace pacsdrop
