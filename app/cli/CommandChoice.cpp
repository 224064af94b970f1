#include "cli/CommandChoice.h"

#include <QFileInfo>

namespace pacsdrop::cli {

bool wantsCommandLine(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("echo"), QStringLiteral("send"), QStringLiteral("convert"), QStringLiteral("queue"),
                                      QStringLiteral("worklist"), QStringLiteral("query"), QStringLiteral("serve"), QStringLiteral("api"), QStringLiteral("console"), QStringLiteral("retention"), QStringLiteral("secret"),
                                      QStringLiteral("outbox"), QStringLiteral("help")};
    static const QStringList withValue{QStringLiteral("--config"), QStringLiteral("--data-dir")};
    static const QStringList flags{QStringLiteral("--debug"), QStringLiteral("--verbose")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (flags.contains(a) || withValue.contains(a.section(u'=', 0, 0)))
            continue;
        if (a.startsWith(u'-'))
            return true; // --help, --version, or an option only commands take
        // The first word decides: a command, or a file or folder that exists (a typo is an
        // unknown command, not an empty window).
        return commands.contains(a) || !QFileInfo::exists(a);
    }
    return false;
}

} // namespace pacsdrop::cli
