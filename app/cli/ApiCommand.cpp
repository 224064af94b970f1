#include "api/PasswordHash.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pacsdrop::cli {

namespace {

// One line from stdin; on a terminal typed without echo, asked twice.
std::optional<QString> readPassword(QTextStream &err)
{
    const auto readLine = []() -> std::optional<QString> {
        std::string line;
        int c = 0;
        while ((c = std::getchar()) != EOF && c != '\n')
            line.push_back(static_cast<char>(c));
        if (c == EOF && line.empty())
            return std::nullopt;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        return QString::fromStdString(line);
    };
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        termios saved{};
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        err << "New API password: " << Qt::flush;
        const auto first = readLine();
        err << "\nThe same again: " << Qt::flush;
        const auto second = readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
        if (!first || first != second) {
            err << "pacsdrop api: the two passwords differ" << Qt::endl;
            return std::nullopt;
        }
        return first;
    }
#endif
    return readLine();
}

} // namespace

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
    const auto password = readPassword(err);
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
