#include "cli/Cancellation.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/ConsoleReporter.h"
#include "delivery/OutboxRunner.h"
#include "delivery/RetryPolicy.h"
#include "outbox/Spool.h"
#include "settings/AppPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

namespace pacsdrop::cli {

namespace {

// What people ask about an entry: pending, failed, or — once sent — whether the PACS confirmed it
// (committed / verified) or did not (not committed / missing).
QString statusOf(const OutboxEntry &e)
{
    if (e.state != OutboxEntry::State::Done)
        return stateName(e.state);
    const QString confirmation = confirmationName(e.confirmation);
    return confirmation.isEmpty() ? QStringLiteral("sent") : confirmation;
}

// Claimed by a process whose lease has not ended.
bool heldNow(const OutboxEntry &e)
{
    return e.state == OutboxEntry::State::Pending && e.leaseUntil.isValid() && e.leaseUntil > QDateTime::currentDateTimeUtc();
}

// A shared outbox's "which node": holding it now, or the node that sent it.
QString nodeColumn(const OutboxEntry &e)
{
    if (e.claimedBy.isEmpty())
        return {};
    return heldNow(e) ? QStringLiteral("held by ") + e.node() : QStringLiteral("by ") + e.node();
}

QJsonObject toJson(const OutboxEntry &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("batch"), e.batch},
                  {QStringLiteral("path"), e.path},
                  {QStringLiteral("destination"), e.destination},
                  {QStringLiteral("sopClassUid"), e.sopClassUid},
                  {QStringLiteral("sopInstanceUid"), e.sopInstanceUid},
                  {QStringLiteral("transferSyntaxUid"), e.transferSyntaxUid},
                  {QStringLiteral("size"), e.size},
                  {QStringLiteral("state"), stateName(e.state)},
                  {QStringLiteral("result"), e.result},
                  {QStringLiteral("attempts"), e.attempts},
                  {QStringLiteral("updated"), e.updated.toString(Qt::ISODate)}};
    if (e.dimseStatus)
        o.insert(QStringLiteral("dimseStatus"), *e.dimseStatus);
    o.insert(QStringLiteral("status"), statusOf(e));
    if (!e.claimedBy.isEmpty()) { // a shared outbox: the node that holds (or last held) it
        o.insert(QStringLiteral("node"), e.node());
        o.insert(QStringLiteral("held"), heldNow(e));
    }
    if (e.confirmation != OutboxEntry::Confirmation::None) {
        o.insert(QStringLiteral("confirmation"), confirmationName(e.confirmation));
        if (!e.confirmationResult.isEmpty())
            o.insert(QStringLiteral("confirmationResult"), e.confirmationResult);
    }
    return o;
}

int list(Outbox &outbox, const QString &state, bool json)
{
    auto entries = outbox.entries();
    if (!entries) {
        QTextStream(stderr) << "pacsdrop: " << entries.error().message << Qt::endl;
        return ExitFailures;
    }
    QTextStream out(stdout);
    QJsonArray array;
    QMap<QString, int> counts;
    for (const OutboxEntry &e : *entries) {
        counts[statusOf(e)]++;
        if (!state.isEmpty() && stateName(e.state) != state && statusOf(e) != state)
            continue;
        if (json) {
            array.append(toJson(e));
        } else {
            const QString result = e.confirmationResult.isEmpty() ? e.result : e.confirmationResult;
            out << e.id << '\t' << statusOf(e) << '\t' << e.destination << '\t' << e.path << '\t' << result;
            if (outbox.shared())
                out << '\t' << nodeColumn(e);
            out << '\n';
        }
    }
    if (json) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        QTextStream(stderr) << (parts.isEmpty() ? QStringLiteral("the outbox is empty") : parts.join(QStringLiteral(", "))) << Qt::endl;
    }
    return ExitOk;
}

int resumeOnce(Outbox &outbox, const Settings &settings, const std::atomic_bool &cancel)
{
    // Counted, not read: the progress lines need only the number (reading every waiting entry cost
    // 30 ms per 4,000 before the first file went, from PostgreSQL).
    auto counts = outbox.counts();
    if (!counts) {
        QTextStream(stderr) << "pacsdrop: " << counts.error().message << Qt::endl;
        return ExitFailures;
    }
    const auto leftIntakes = outbox.intakes(); // batches a process that died did not finish recording
    if (counts->pending == 0 && (!leftIntakes || leftIntakes->isEmpty())) {
        QTextStream(stderr) << "nothing pending in the outbox" << Qt::endl;
        return ExitOk;
    }
    ConsoleReporter reporter(counts->pending);
    auto summary = deliverPending(outbox, settings, reporter, cancel);
    if (!summary) {
        QTextStream(stderr) << "pacsdrop: " << summary.error().message << Qt::endl;
        return ExitFailures;
    }
    reporter.summary(*summary, reporter.setAside());
    if (auto cleaned = cleanSpool(outbox, paths::spoolDir()); !cleaned)
        QTextStream(stderr) << "pacsdrop: " << cleaned.error().message << Qt::endl;
    return summary->failed == 0 && summary->leftPending == 0 && reporter.setAside() == 0 ? ExitOk : ExitFailures;
}

// --keep-trying (what the window starts when it closes with files waiting): transient failures
// stay pending under the window's policy, and the command waits for each next attempt until
// nothing is pending or it is stopped.
int resumeUntilDone(Outbox &outbox, Settings settings, const std::atomic_bool &cancel)
{
    QList<Device> devices;
    for (const Device &d : settings.devices())
        devices << keepTrying(d);
    settings.setDevices(devices);
    int result = ExitOk;
    while (!cancel.load()) {
        result = resumeOnce(outbox, settings, cancel);
        auto next = outbox.nextRetry();
        if (!next || !*next)
            break; // nothing pending (or the outbox cannot be read: said by resumeOnce)
        while (!cancel.load() && QDateTime::currentDateTimeUtc() < **next)
            QThread::msleep(200);
    }
    return result;
}

// The user's name says who paused (the console shows the user who clicked).
int pauseOrUnpause(Outbox &outbox, bool pause, const QString &destination)
{
    QTextStream err(stderr);
    if (destination.isEmpty()) {
        err << "pacsdrop queue: say which device, e.g. pacsdrop queue " << (pause ? "pause" : "unpause") << " \"Main PACS\"" << Qt::endl;
        return ExitUsage;
    }
    if (pause) {
        if (auto paused = outbox.pauseDestination(destination, qEnvironmentVariable("USER", QStringLiteral("command line"))); !paused) {
            err << "pacsdrop: " << paused.error().message << Qt::endl;
            return ExitFailures;
        }
        err << destination << " is paused: nothing is sent to it until \"pacsdrop queue unpause\"" << Qt::endl;
        return ExitOk;
    }
    auto resumed = outbox.resumeDestination(destination);
    if (!resumed) {
        err << "pacsdrop: " << resumed.error().message << Qt::endl;
        return ExitFailures;
    }
    err << destination << (*resumed ? " is sent to again (what waits goes with the next send or resume)" : " was not paused") << Qt::endl;
    return ExitOk;
}

int resume(Outbox &outbox, const Settings &settings, bool keepTryingUntilDone)
{
    const std::atomic_bool &cancel = installCancelOnSignal();
    return keepTryingUntilDone ? resumeUntilDone(outbox, settings, cancel) : resumeOnce(outbox, settings, cancel);
}

} // namespace

int queueCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows or works the outbox, the durable list of files to deliver.\n"
        "  list    every entry: id, status (pending, failed, sent, or after sending: commitment requested, committed,\n"
        "          not committed, verified, missing), destination, file, last result\n"
        "  resume  send what is pending (after a crash, a cancel or a reboot); --keep-trying: also wait for files\n"
        "          waiting out a retry and keep trying a PACS that cannot be reached, until all are sent\n"
        "  retry   make failed entries pending again and send them\n"
        "  clear   remove delivered entries (--all: every entry)\n"
        "  pause DEVICE    send nothing to DEVICE until unpaused; its files wait in the outbox (every front, serve too)\n"
        "  unpause DEVICE  send to DEVICE again"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list: print JSON on stdout."));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("list: only entries in STATE (pending, done, failed) or with that status."),
                                     QStringLiteral("STATE"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("clear: remove every entry, pending and failed too."));
    const QCommandLineOption keepTryingOption(QStringLiteral("keep-trying"),
                                              QStringLiteral("resume, retry: wait out retries and keep trying until every file is sent or failed."));
    parser.addOptions({json, state, all, keepTryingOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list (default), resume, retry, clear, pause or unpause."),
                                 QStringLiteral("[ACTION]"));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto outbox = Outbox::openConfigured();
    if (!outbox) {
        err << "pacsdrop: " << outbox.error().message << Qt::endl;
        return ExitUsage;
    }
    if (action == QLatin1String("list"))
        return list(*outbox, parser.value(state), parser.isSet(json));
    if (action == QLatin1String("resume"))
        return resume(*outbox, context->settings, parser.isSet(keepTryingOption));
    if (action == QLatin1String("retry")) {
        auto count = retryFailed(*outbox);
        if (!count) {
            err << "pacsdrop: " << count.error().message << Qt::endl;
            return ExitFailures;
        }
        err << "retrying " << *count << " failed file(s)" << Qt::endl;
        return resume(*outbox, context->settings, parser.isSet(keepTryingOption));
    }
    if (action == QLatin1String("clear")) {
        auto count = outbox->clear(parser.isSet(all));
        if (!count) {
            err << "pacsdrop: " << count.error().message << Qt::endl;
            return ExitFailures;
        }
        err << "removed " << *count << " entr" << (*count == 1 ? "y" : "ies") << " from the outbox" << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("pause") || action == QLatin1String("unpause"))
        return pauseOrUnpause(*outbox, action == QLatin1String("pause"), parser.positionalArguments().value(1));
    err << "pacsdrop queue: unknown action \"" << action << "\" — use list, resume, retry, clear, pause or unpause" << Qt::endl;
    return ExitUsage;
}

} // namespace pacsdrop::cli
