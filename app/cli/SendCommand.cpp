#include "lookup/StudyFromLookup.h"
#include "cli/Cancellation.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/ConsoleReporter.h"
#include "cli/StudyOptions.h"
#include "common/StartupTrace.h"
#include "delivery/SendBatch.h"
#include "intake/Intake.h"
#include "inbound/StoreListener.h"
#include "net/PlainTextWarning.h"
#include "net/PortProbe.h"
#include "net/Target.h"
#include "settings/AppPaths.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace pacsdrop::cli {

namespace {

// After --verify (or a device that always verifies): one line per missing instance, and a summary.
// False when something is missing or the PACS could not be asked.
bool reportVerification(Outbox &outbox, const SendBatchOutcome &outcome, QTextStream &err)
{
    if (!outcome.verificationProblem.isEmpty()) {
        err << "NOT VERIFIED: " << outcome.verificationProblem << Qt::endl;
        return false;
    }
    if (!outcome.verification)
        return true;
    for (const OutboxEntry &queued : outcome.entries) {
        if (auto e = outbox.entry(queued.id); e && e->confirmation == OutboxEntry::Confirmation::Missing)
            err << "MISSING  " << e->path << ": " << e->confirmationResult << Qt::endl;
    }
    err << "verified " << outcome.verification->verified << " on the PACS, " << outcome.verification->missing << " missing" << Qt::endl;
    return outcome.verification->missing == 0;
}

// Storage Commitment: the report comes to one of the configured listeners. Those not already
// running (in "pacsdrop serve") are started before the send, since a PACS may report at once.
std::vector<std::unique_ptr<StoreListener>> listenForReports(const Settings &settings)
{
    std::vector<std::unique_ptr<StoreListener>> listeners;
    for (const InboundListener &rule : settings.listeners()) {
        if (tcpPortTaken(static_cast<quint16>(rule.port)))
            continue; // a running service listens there and records the report itself
        auto listener = std::make_unique<StoreListener>(rule);
        if (listener->start())
            listeners.push_back(std::move(listener));
    }
    return listeners;
}

// Waits for the report; then one line per entry that was not committed, and a summary. False
// when something was not committed.
bool awaitCommitment(Outbox &outbox, const Device &device, const SendBatchOutcome &outcome, const std::atomic_bool &cancel,
                     QTextStream &err)
{
    if (!outcome.commitmentProblem.isEmpty()) {
        err << "NOT COMMITTED: " << outcome.commitmentProblem << Qt::endl;
        return false;
    }
    if (outcome.commitmentTransaction.isEmpty())
        return true;
    err << "waiting for the commitment report from " << device.name << "…" << Qt::endl;
    QElapsedTimer waited;
    waited.start();
    const qint64 limitMs = qint64(std::min(device.commitmentTimeoutSeconds, 120)) * 1000;
    QList<OutboxEntry> entries;
    const auto stillWaiting = [&] {
        entries = outbox.byCommitmentTransaction(outcome.commitmentTransaction).value_or(QList<OutboxEntry>{});
        return std::any_of(entries.cbegin(), entries.cend(),
                           [](const OutboxEntry &e) { return e.confirmation == OutboxEntry::Confirmation::CommitmentRequested; });
    };
    while (stillWaiting() && waited.elapsed() < limitMs && !cancel.load())
        QThread::msleep(200);
    int committed = 0, notCommitted = 0, waiting = 0;
    for (const OutboxEntry &e : std::as_const(entries)) {
        if (e.confirmation == OutboxEntry::Confirmation::Committed) {
            ++committed;
        } else if (e.confirmation == OutboxEntry::Confirmation::NotCommitted) {
            ++notCommitted;
            err << "NOT COMMITTED " << e.path << ": " << e.confirmationResult << Qt::endl;
        } else {
            ++waiting;
        }
    }
    err << "committed " << committed << ", not committed " << notCommitted;
    if (waiting > 0)
        err << ", " << waiting << " still waiting for the report (\"pacsdrop queue list\" shows it once a listener has it)";
    err << Qt::endl;
    return notCommitted == 0 && waiting == 0;
}

} // namespace

int sendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sends DICOM files to a PACS. Folders are searched recursively; a DICOMDIR sends the files it lists.\n"
                       "Photos, scans and PDFs are converted first, with the patient given by --set (see pacsdrop convert).\n"
                       "Every file is first recorded in the outbox, so an interrupted send is finished by the next "
                       "\"send\" or \"queue resume\". Files left pending by an earlier run are sent too.\n"
                       "Exit status: 0 when every file was delivered, 1 when any failed, 2 for usage errors."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Destination: a device name or AET@host:port "
                                                                     "(default: the default device)."),
                                QStringLiteral("TARGET"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Associations in parallel (default: the device's setting)."),
                                      QStringLiteral("N"));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Afterwards, ask the PACS (C-FIND, IMAGE level) whether it has every file sent; a file it "
                                                   "acknowledged but does not have is reported MISSING (exit status 1)."));
    const StudyOptions study;
    parser.addOptions({to, parallel, verify});
    study.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files, folders or DICOMDIR files."),
                                 QStringLiteral("PATH..."));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    if (parser.positionalArguments().isEmpty()) {
        err << "pacsdrop send: nothing to send — give files or folders (see pacsdrop send --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    Settings &settings = context->settings;
    auto device = resolveTarget(settings, parser.value(to));
    if (!device) {
        err << "pacsdrop send: " << device.error().message << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(parallel)) {
        bool ok = false;
        device->parallelAssociations = parser.value(parallel).toInt(&ok);
        if (const QString p = device->validate(QStringLiteral("--parallel")); !ok || !p.isEmpty()) {
            err << "pacsdrop send: --parallel must be a number from 1 to 16" << Qt::endl;
            return ExitUsage;
        }
        // The changed device is used for this run; the outbox remembers it by name.
        if (settings.device(device->name)) {
            if (auto r = settings.putDevice(*device); !r) {
                err << "pacsdrop send: " << r.error().message << Qt::endl;
                return ExitUsage;
            }
        }
    }
    if (warnOnceAboutClearText(*device))
        err << "WARNING " << clearTextWarning(*device) << Qt::endl;
    auto outbox = Outbox::openConfigured();
    if (!outbox) {
        err << "pacsdrop: " << outbox.error().message << " (" << outbox.error().detail << ")" << Qt::endl;
        return ExitUsage;
    }

    auto data = studyDataFrom(parser, study, *context);
    if (!data) {
        err << "pacsdrop send: " << data.error().message << Qt::endl;
        return data.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailures;
    }
    SendBatchRequest request;
    request.paths = parser.positionalArguments(); // read under the intake journal: a crash in a parser loses nothing
    request.study = *data;
    request.destination = *device;
    request.verify = parser.isSet(verify);
    if (study.usesLookup(parser)) { // DICOM files of another patient are sent as they are, but not silently
        request.review = [&err, lookedUp = *data](QList<IntakeItem> &collected) {
            for (const QString &line : demographicMismatches(lookedUp, collected))
                err << "WARNING " << line << Qt::endl;
        };
    }
    ConsoleReporter reporter;
    const auto reportListeners = device->storageCommitment ? listenForReports(settings) : decltype(listenForReports(settings)){};
    auto outcome = sendBatch(*outbox, settings, request, reporter, installCancelOnSignal());
    markStartup("delivered");
    if (!outcome) {
        err << "pacsdrop: " << outcome.error().message << " (" << outcome.error().detail << ")" << Qt::endl;
        return ExitFailures;
    }
    reporter.summary(outcome->summary, outcome->rejected);
    if (!outcome->spoolProblem.isEmpty())
        err << "pacsdrop: " << outcome->spoolProblem << Qt::endl;
    const bool committed = awaitCommitment(*outbox, *device, *outcome, installCancelOnSignal(), err);
    const bool confirmed = reportVerification(*outbox, *outcome, err) && committed;
    const DeliverySummary &summary = outcome->summary;
    return summary.failed == 0 && outcome->rejected == 0 && summary.leftPending == 0 && confirmed ? ExitOk : ExitFailures;
}

} // namespace pacsdrop::cli
