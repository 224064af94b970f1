// The command line (libpacsdrop_commands.so): every "pacsdrop COMMAND ...", loaded by pacsdrop's
// main() when a command is given. It links the core (DCMTK, Qt Network), never Qt Widgets.
#include "cli/Dispatch.h"
#include "dicom/DcmtkRuntime.h"

#include <QCoreApplication>

extern "C" Q_DECL_EXPORT int pacsdrop_run_commands(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pacsdrop"));
    QCoreApplication::setOrganizationName(QStringLiteral("PacsDrop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
    pacsdrop::DcmtkRuntime dcmtk;
    return pacsdrop::cli::dispatch(QCoreApplication::arguments(), dcmtk);
}
