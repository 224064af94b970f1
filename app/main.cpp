// PacsDrop: "pacsdrop COMMAND ..." is the command-line tool; "pacsdrop [FILE...]" the window (one per
// user: a second start hands its files to the first). The window lives in a module of its own
// (app/WindowMain.cpp), loaded only here, so commands start without Qt Widgets.
#include "cli/Dispatch.h"
#include "common/ModuleLoader.h"
#include "dicom/DcmtkRuntime.h"

#include <QCoreApplication>

#include <cstdio>

#include <sys/stat.h>

namespace {

int runWindow(int argc, char *argv[])
{
    const auto entry = pacsdrop::moduleEntry(QStringLiteral("libpacsdrop_window"), "pacsdrop_run_window");
    if (!entry) {
        std::fprintf(stderr, "pacsdrop: the window cannot be shown: %s\n", entry.error().message.toLocal8Bit().constData());
        return 2;
    }
    using RunWindow = int(int, char **);
    return reinterpret_cast<RunWindow *>(*entry)(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // Outbox, its journal files, logs and converted objects hold patient-related data: owner only.
    ::umask(077);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!pacsdrop::cli::wantsCommandLine(arguments))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pacsdrop"));
    QCoreApplication::setOrganizationName(QStringLiteral("PacsDrop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
    pacsdrop::DcmtkRuntime dcmtk;
    return pacsdrop::cli::dispatch(QCoreApplication::arguments(), dcmtk);
}
