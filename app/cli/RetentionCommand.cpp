// `pacsdrop retention [--dry-run]`: applies each listener's retention rules now (inbound/Retention.h),
// or only shows what they would delete.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "inbound/Retention.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace pacsdrop::cli {

int retentionCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Deletes what the inbound listeners keep, by each listener's \"retention\" rule (keepDays, keepGigabytes), oldest\n"
        "first — only files delivered to every destination the listener forwards to. \"pacsdrop serve\" does this every\n"
        "hour; this does it now. --dry-run lists what would be deleted and deletes nothing."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Show what would be deleted; delete nothing."));
    parser.addOption(dryRun);
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    QTextStream out(stdout);
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    const bool dry = parser.isSet(dryRun);
    const auto runs = runRetention(context->settings, dry);
    if (!runs) {
        err << "pacsdrop retention: " << runs.error().message << Qt::endl;
        return ExitFailures;
    }
    if (runs->isEmpty())
        err << "pacsdrop retention: no listener has a retention rule (\"retention\": {\"keepDays\", \"keepGigabytes\"})" << Qt::endl;
    const QLocale locale;
    int problems = 0;
    for (const RetentionRun &run : *runs) {
        const RetentionPlan &p = run.plan;
        out << p.listener << ": " << p.filesBefore << " file(s), " << locale.formattedDataSize(p.bytesBefore) << "; "
            << (dry ? "would delete " : "deleted ") << (dry ? p.toDelete.size() : run.deleted) << " file(s), "
            << locale.formattedDataSize(dry ? p.bytesToDelete() : run.bytesDeleted) << "; " << p.keptUndelivered
            << " kept until delivered to every destination" << Qt::endl;
        if (dry) {
            for (const RetentionFile &f : p.toDelete)
                out << "  " << QFileInfo(f.path).fileName() << "  " << f.modified.toLocalTime().toString(Qt::ISODate) << "  " << f.why << Qt::endl;
        }
        for (const QString &problem : run.problems)
            err << "pacsdrop retention: " << p.listener << ": cannot delete " << problem << Qt::endl;
        problems += static_cast<int>(run.problems.size());
    }
    return problems > 0 ? ExitFailures : ExitOk;
}

} // namespace pacsdrop::cli
