// `pacsdrop outbox migrate --to postgresql`: this computer's SQLite outbox into the shared one;
// `pacsdrop outbox nodes`: the processes working the shared outbox now.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxMigration.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QTextStream>

namespace pacsdrop::cli {

namespace {

int migrate(const CliContext &context, const QString &from)
{
    QTextStream err(stderr);
    const OutboxLocation target = configuredOutbox();
    if (!target.isShared()) {
        err << "pacsdrop outbox: set outbox.postgresql (and outbox.spool) in the settings first, and the password with "
               "\"pacsdrop secret outbox-password\"" << Qt::endl;
        return ExitUsage;
    }
    const QString sqlite = from.isEmpty() ? paths::outboxFile() : QDir().absoluteFilePath(from);
    const QString localSpool = paths::dataDir() + QStringLiteral("/spool");
    auto counts = OutboxMigrator::run(sqlite, localSpool, target, context.settings.outbox().spool);
    if (!counts) {
        err << "pacsdrop outbox: nothing moved: " << counts.error().message << Qt::endl;
        return counts.error().code == ErrorCode::Database ? ExitFailures : ExitUsage;
    }
    err << "pacsdrop outbox: moved " << counts->entries << " entries (" << counts->pending << " pending, " << counts->failed
        << " failed) from " << sqlite << " into " << target.describe() << "; " << counts->filesCopied
        << " file(s) copied into the shared spool" << Qt::endl;
    if (counts->outsideSpool > 0)
        err << "pacsdrop outbox: " << counts->outsideSpool << " entries not yet sent refer to files outside the spool: only nodes that "
               "see those paths can send them" << Qt::endl;
    err << "pacsdrop outbox: " << sqlite << " is left as it was; nothing reads it while outbox.postgresql is set" << Qt::endl;
    return ExitOk;
}

int nodes()
{
    QTextStream out(stdout), err(stderr);
    auto outbox = Outbox::openConfigured();
    if (!outbox) {
        err << "pacsdrop: " << outbox.error().message << Qt::endl;
        return ExitFailures;
    }
    if (!outbox->shared()) {
        err << "pacsdrop outbox: this outbox is not shared (" << outbox->location().describe() << ")" << Qt::endl;
        return ExitUsage;
    }
    auto seen = outbox->nodes();
    if (!seen) {
        err << "pacsdrop: " << seen.error().message << Qt::endl;
        return ExitFailures;
    }
    for (const Outbox::NodeSeen &n : *seen)
        out << n.node << '\t' << n.instance << "\tsince " << n.started.toLocalTime().toString(Qt::ISODate) << "\tholding " << n.holding << '\n';
    return ExitOk;
}

} // namespace

int outboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The shared outbox (docs/service.md, \"Several nodes\").\n"
        "  migrate --to postgresql   move this computer's SQLite outbox (every entry, its state and history) into\n"
        "                            the shared PostgreSQL outbox set in the settings; stop PacsDrop here first\n"
        "  nodes                     the PacsDrop processes working the shared outbox now"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("migrate: the store to move into (postgresql)."), QStringLiteral("STORE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("migrate: the SQLite outbox file (default: this data folder's)."),
                                  QStringLiteral("FILE"));
    parser.addOptions({to, from});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("migrate or nodes"));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    const QString action = parser.positionalArguments().value(0);
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    if (action == QLatin1String("migrate")) {
        if (parser.value(to) != QLatin1String("postgresql")) {
            err << "pacsdrop outbox: migrate --to postgresql (the only store an outbox moves into)" << Qt::endl;
            return ExitUsage;
        }
        return migrate(*context, parser.value(from));
    }
    if (action == QLatin1String("nodes"))
        return nodes();
    err << "pacsdrop outbox: give migrate --to postgresql, or nodes" << Qt::endl;
    return ExitUsage;
}

} // namespace pacsdrop::cli
