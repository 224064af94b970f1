#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "net/Echo.h"
#include "net/Target.h"

#include <QTextStream>

namespace pacsdrop::cli {

int echoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks that a PACS answers and accepts PacsDrop (DICOM C-ECHO)."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("A device name from the settings, or AET@host:port."));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "pacsdrop echo: give exactly one TARGET (see pacsdrop echo --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto device = resolveTarget(context->settings, parser.positionalArguments().first());
    if (!device) {
        err << "pacsdrop echo: " << device.error().message << Qt::endl;
        return ExitUsage;
    }
    auto result = echo(*device, callingAeTitle(context->settings, *device));
    if (!result) {
        err << "echo " << device->address() << ": FAILED: " << result.error().message << Qt::endl;
        return ExitFailures;
    }
    err << "echo " << device->address() << ": OK (" << result->milliseconds << " ms)" << Qt::endl;
    return ExitOk;
}

} // namespace pacsdrop::cli
