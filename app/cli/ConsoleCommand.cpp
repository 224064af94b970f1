// `pacsdrop console`: the service console's users (docs/console.md). The first administrator is
// made here; later ones can be made in the console itself.
#include "api/PasswordHash.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SecretPrompt.h"

#include <QTextStream>

namespace pacsdrop::cli {

namespace {

int saveConsole(CliContext &context, const ConsoleSettings &console, QTextStream &err)
{
    ApiSettings api = context.settings.api();
    api.console = console;
    context.settings.setApi(api);
    if (auto saved = context.settings.save(); !saved) {
        err << "pacsdrop console: " << saved.error().message << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

int consoleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manages the users of the service console that \"pacsdrop serve\" shows on the API's address (see docs/console.md).\n"
        "  add-user NAME --role ROLE   Adds the user, or changes its role and password. The password is read from stdin\n"
        "                              (on a terminal: typed twice, not shown); only its PBKDF2 hash is stored.\n"
        "                              Roles: viewer (sees, changes nothing), operator (also retries and removes outbox\n"
        "                              entries, sees patient names), administrator (also manages users).\n"
        "  remove-user NAME            Removes the user.\n"
        "  list-users                  Lists the users and their roles.\n"
        "A running \"pacsdrop serve\" notices the change at once: a removed user, or one whose role changed, is logged out."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("viewer, operator or administrator."), QStringLiteral("ROLE"));
    parser.addOption(role);
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add-user, remove-user or list-users"));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    ConsoleSettings console = context->settings.api().console;
    if (action == QStringLiteral("list-users") && args.size() == 1) {
        for (const ConsoleUser &u : console.users)
            out << u.name << '\t' << consoleRoleName(u.role) << Qt::endl;
        return ExitOk;
    }
    if (action == QStringLiteral("remove-user") && args.size() == 2) {
        if (!console.removeUser(args[1])) {
            err << "pacsdrop console: there is no user \"" << args[1] << "\"" << Qt::endl;
            return ExitUsage;
        }
        const int saved = saveConsole(*context, console, err);
        if (saved == ExitOk)
            err << "pacsdrop console: user \"" << args[1] << "\" removed" << Qt::endl;
        return saved;
    }
    if (action == QStringLiteral("add-user") && args.size() == 2) {
        const QString name = args[1];
        if (!isValidConsoleUserName(name)) {
            err << "pacsdrop console: a user name has 1 to 64 letters, digits, \".\", \"_\" or \"-\"" << Qt::endl;
            return ExitUsage;
        }
        const auto chosen = consoleRoleFromName(parser.value(role));
        if (!chosen) {
            err << "pacsdrop console: give --role viewer, operator or administrator" << Qt::endl;
            return ExitUsage;
        }
        const auto password = readSecret(err, QStringLiteral("Password for %1").arg(name));
        if (!password || password->size() < 8) {
            err << "pacsdrop console: the password must have at least 8 characters" << Qt::endl;
            return ExitUsage;
        }
        console.setUser({name, *chosen, hashPassword(*password)});
        const int saved = saveConsole(*context, console, err);
        if (saved == ExitOk)
            err << "pacsdrop console: user \"" << name << "\" is " << consoleRoleName(*chosen)
                << (context->settings.api().enabled ? "" : " (the API is off: the console is shown when it is on, see \"pacsdrop api\")")
                << Qt::endl;
        return saved;
    }
    err << "pacsdrop console: give add-user NAME --role ROLE, remove-user NAME or list-users (see pacsdrop console --help)" << Qt::endl;
    return ExitUsage;
}

} // namespace pacsdrop::cli
