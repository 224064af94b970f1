#include "api/PasswordHash.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SecretPrompt.h"

#include <QTextStream>

namespace pacsdrop::cli {

int apiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sets up the local HTTP API (see docs/api.md).\n"
        "  set-password   Reads the new password from stdin (on a terminal: typed twice, not shown) and stores\n"
        "                 only its PBKDF2 hash in the settings. --enable also turns the API on for \"pacsdrop serve\"."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The API user name (default: as set, initially \"pacsdrop\")."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption enable(QStringLiteral("enable"), QStringLiteral("Turn the API on."));
    parser.addOptions({user, enable});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("set-password"));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    if (parser.positionalArguments() != QStringList{QStringLiteral("set-password")}) {
        err << "pacsdrop api: give the action: set-password (see pacsdrop api --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    const auto password = readSecret(err, QStringLiteral("New API password"));
    if (!password || password->size() < 8) {
        err << "pacsdrop api: the password must have at least 8 characters" << Qt::endl;
        return ExitUsage;
    }
    ApiSettings api = context->settings.api();
    if (parser.isSet(user))
        api.user = parser.value(user);
    api.passwordHash = hashPassword(*password);
    if (parser.isSet(enable))
        api.enabled = true;
    context->settings.setApi(api);
    if (auto saved = context->settings.save(); !saved) {
        err << "pacsdrop api: " << saved.error().message << Qt::endl;
        return ExitUsage;
    }
    err << "pacsdrop api: password set for user \"" << api.user << "\"" << (api.enabled ? " (API on)" : " (API off: add --enable)")
        << Qt::endl;
    return ExitOk;
}

} // namespace pacsdrop::cli
