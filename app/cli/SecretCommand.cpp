#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SecretPrompt.h"

#include <QTextStream>

namespace pacsdrop::cli {

int secretCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stores a device's secret, sealed (never in clear text; see docs/settings.md). Reads it from stdin\n"
        "(on a terminal: typed twice, not shown); an empty line removes it.\n"
        "  tls-passphrase   the passphrase of the device's TLS private key"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("The device (by name)."), QStringLiteral("NAME"));
    parser.addOption(device);
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("tls-passphrase"));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    const QStringList kinds{QStringLiteral("tls-passphrase")};
    if (parser.positionalArguments().size() != 1 || !kinds.contains(parser.positionalArguments().first()) || !parser.isSet(device)) {
        err << "pacsdrop secret: give --device NAME and what to set: " << kinds.join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto target = context->settings.device(parser.value(device));
    if (!target) {
        err << "pacsdrop secret: \"" << parser.value(device) << "\" is not a configured device" << Qt::endl;
        return ExitUsage;
    }
    const auto secret = readSecret(err, QStringLiteral("Passphrase"));
    if (!secret)
        return ExitUsage;
    if (auto sealed = target->tls.setPassphrase(*secret); !sealed) {
        err << "pacsdrop secret: " << sealed.error().message << Qt::endl;
        return ExitFailures;
    }
    if (auto r = context->settings.putDevice(*target); !r) {
        err << "pacsdrop secret: " << r.error().message << Qt::endl;
        return ExitUsage;
    }
    if (auto saved = context->settings.save(); !saved) {
        err << "pacsdrop secret: " << saved.error().message << Qt::endl;
        return ExitUsage;
    }
    err << "pacsdrop secret: " << (secret->isEmpty() ? "removed" : "stored sealed") << Qt::endl;
    return ExitOk;
}

} // namespace pacsdrop::cli
