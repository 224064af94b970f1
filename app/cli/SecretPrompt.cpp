#include "cli/SecretPrompt.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pacsdrop::cli {

namespace {

std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

std::optional<QString> readSecret(QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        termios saved{};
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        err << prompt << ": " << Qt::flush;
        const auto first = readLine();
        err << "\nThe same again: " << Qt::flush;
        const auto second = readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
        if (!first || first != second) {
            err << "pacsdrop: the two entries differ" << Qt::endl;
            return std::nullopt;
        }
        return first;
    }
#else
    Q_UNUSED(prompt);
#endif
    Q_UNUSED(err);
    return readLine();
}

} // namespace pacsdrop::cli
