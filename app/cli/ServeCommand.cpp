#include "api/ApiService.h"
#include "cli/Cancellation.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/ServiceParts.h"
#include "cli/WindowsService.h"
#include "delivery/OutboxRunner.h"
#include "inbound/Retention.h"
#include "delivery/StorageCommitment.h"
#include "inbound/StoreListener.h"
#include "logging/Log.h"
#include "outbox/Outbox.h"
#include "outbox/Spool.h"
#include "settings/AppPaths.h"
#include "watch/HotFolderWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

namespace pacsdrop::cli {

namespace {

// Delivers what waits in the outbox (after a restart, a kill, or a PACS that was away).
void resumeOutbox(const Settings &settings, const std::atomic_bool &cancel)
{
    auto outbox = Outbox::openConfigured();
    if (!outbox) {
        qCWarning(lcOutbox).noquote() << "serve: the outbox cannot be opened:" << outbox.error().message;
        return;
    }
    settleCommitments(*outbox, settings); // reports that never came; resends where the device wants them
    auto pending = outbox->pending();
    const auto leftIntakes = outbox->intakes(); // batches a process that died did not finish recording
    if ((!pending || pending->isEmpty()) && (!leftIntakes || leftIntakes->isEmpty()))
        return;
    DeliveryListener quiet;
    if (auto summary = deliverPending(*outbox, settings, quiet, cancel))
        qCInfo(lcOutbox).noquote() << "serve: outbox resumed:" << summary->delivered << "delivered," << summary->failed << "failed,"
                                   << summary->leftPending << "left pending";
    cleanSpool(*outbox, paths::spoolDir());
}

// Everything serve runs, until SIGTERM (or the service's Stop).
int runService(const CliContext &context, bool debug)
{
    QTextStream err(stderr);
    Settings settings = context.settings;
    // The service logs to its file and to stderr, which systemd puts in the journal.
    installLogging({paths::logDir() + QStringLiteral("/pacsdrop.log"), true, debug});
    const std::atomic_bool &cancel = installCancelOnSignal();
    qCInfo(lcIntake).noquote() << "serve: started with" << settings.hotFolders().size() << "watched folder(s)";
    err << "pacsdrop serve: watching " << settings.hotFolders().size() << " folder(s); SIGTERM stops" << Qt::endl;

    if (settings.outbox().isShared()) { // several nodes: this one must reach the same database and spool
        auto outbox = Outbox::openConfigured();
        auto spool = outbox ? outbox->checkSharedSpool(paths::spoolDir()) : Result<void>(std::unexpected(outbox.error()));
        if (!spool) {
            err << "pacsdrop serve: " << spool.error().message << Qt::endl;
            return ExitUsage;
        }
        err << "pacsdrop serve: node " << outbox->location().node << " of the shared outbox (" << outbox->location().describe() << ")"
            << Qt::endl;
        // What a listener receives is sent by whichever node claims it: outside the shared spool,
        // only this node can read it.
        const QString spoolRoot = QDir(paths::spoolDir()).absolutePath() + u'/';
        for (const InboundListener &l : settings.listeners()) {
            if (!l.forwardTo.isEmpty() && !QString(l.storeFolder() + u'/').startsWith(spoolRoot))
                err << "pacsdrop serve: warning: listener " << l.name << " keeps what it receives in " << l.storeFolder()
                    << ", outside the shared spool; if this node stops, the others cannot send those files (set its folder under "
                    << paths::spoolDir() << ")" << Qt::endl;
        }
    }
    resumeOutbox(settings, cancel); // what an earlier run (or a kill) left
    // Watched folders and inbound listeners (what the listeners receive goes into the outbox, which
    // the timer below delivers); applied again whenever the settings file changes.
    ServiceParts parts(cancel);
    parts.apply(settings, err);
    // The HTTP API, on its own thread; asked for but impossible to start is an error, not a silent gap.
    std::unique_ptr<ApiService> api;
    if (settings.api().enabled) {
        const bool consoleUsers = settings.api().console.enabled && !settings.api().console.users.isEmpty();
        if (settings.api().passwordHash.isEmpty() && !consoleUsers) {
            err << "pacsdrop serve: the API is enabled but nobody can log in; set the API's password with \"pacsdrop api set-password\""
                   " or add a console user with \"pacsdrop console add-user\"" << Qt::endl;
            return ExitUsage;
        }
        api = std::make_unique<ApiService>(settings);
        auto port = api->start();
        if (!port) {
            err << "pacsdrop serve: " << port.error().message << Qt::endl;
            return ExitUsage;
        }
        err << "pacsdrop serve: API on " << settings.api().address << " port " << *port
            << (consoleUsers ? ", service console at /" : "") << Qt::endl;
    }
    QTimer resume;
    QObject::connect(&resume, &QTimer::timeout, [&] { resumeOutbox(settings, cancel); });
    resume.start(10000);
    // Retention of what the listeners keep (inbound/Retention.h): at start, then every hour.
    const auto applyRetention = [&settings] {
        if (auto runs = runRetention(settings, false); !runs)
            qCWarning(lcIntake).noquote() << "serve: retention:" << runs.error().message;
    };
    applyRetention();
    QTimer retention;
    QObject::connect(&retention, &QTimer::timeout, applyRetention);
    retention.start(3600 * 1000);
    // Settings changed in the file (the console's settings page, the window, by hand): applied
    // without a restart. A file that does not load is reported and the running settings kept.
    QDateTime settingsTime = QFileInfo(settings.path()).lastModified();
    QTimer reload;
    QObject::connect(&reload, &QTimer::timeout, [&] {
        // Not from inside a nested event loop (a DICOMweb send waits in one within a hot folder's
        // work): the watchers would be replaced under it. The next tick, back in the main loop, does it.
        if (QThread::currentThread()->loopLevel() > 1)
            return;
        parts.retryFailedListeners(err);
        const QDateTime now = QFileInfo(settings.path()).lastModified();
        if (now == settingsTime)
            return;
        settingsTime = now;
        auto changed = Settings::load(settings.path());
        if (!changed) {
            qCWarning(lcIntake).noquote() << "serve: the changed settings are not applied:" << changed.error().message;
            return;
        }
        settings = *changed;
        parts.apply(settings, err);
        qCInfo(lcIntake).noquote() << "serve: settings applied from" << settings.path();
    });
    reload.start(2000);
    QTimer stop; // the signal handler only sets a flag; the loop notices it here
    QObject::connect(&stop, &QTimer::timeout, [&] {
        if (cancel.load())
            QCoreApplication::quit();
    });
    stop.start(200);
    QCoreApplication::exec();
    if (api)
        api->stop(); // jobs stop after their current file; the rest stays in the outbox
    parts.stop(); // listeners after the associations in progress
    qCInfo(lcIntake).noquote() << "serve: stopped";
    err << "pacsdrop serve: stopped" << Qt::endl;
    return ExitOk;
}

} // namespace

int serveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs PacsDrop without a window: the watched folders, inbound listeners and HTTP API of the settings, and the\n"
        "outbox, which is resumed at start and every 10 s. Logs to the log file (and stderr, i.e. the journal).\n"
        "SIGTERM or Ctrl+C stops after the current file; what is not sent stays in the outbox for the next start."));
    const QCommandLineOption windowsService(QStringLiteral("windows-service"),
                                            QStringLiteral("Run under the Windows Service Control Manager (the installer registers this)."));
    parser.addOption(windowsService);
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    const bool debug = parser.isSet(QStringLiteral("debug"));
    if (parser.isSet(windowsService))
        return runAsWindowsService([&] { return runService(*context, debug); });
    return runService(*context, debug);
}

} // namespace pacsdrop::cli
