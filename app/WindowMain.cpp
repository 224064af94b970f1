// The window (libpacsdrop_window.so): Qt Widgets, the main window and its dialogs. Loaded by
// pacsdrop's main() only when no command is given, so the command line never maps Qt Widgets. It
// links the base (settings, outbox, logging), not the core: DCMTK and Qt Network load
// when the window first needs them (pipeline/PipelineModule.h), after it has shown.
#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "WindowStyle.h"
#include "cli/CliContext.h"
#include "common/StartupTrace.h"
#include "pipeline/PipelineModule.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

extern "C" Q_DECL_EXPORT int pacsdrop_run_window(int argc, char *argv[])
{
    QApplication app(argc, argv);
    pacsdrop::markStartup("application");
    pacsdrop::useWindowStyle();
    QApplication::setApplicationName(QStringLiteral("pacsdrop"));
    QApplication::setOrganizationName(QStringLiteral("PacsDrop"));
    QApplication::setApplicationDisplayName(QStringLiteral("PacsDrop"));
    QApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
    // DCMTK set up when the pipeline first loads (the settings may load it, for an uncommon
    // keyword), torn down after the window.
    pacsdrop::PipelineRuntime pipeline;
    QCommandLineParser parser;
    pacsdrop::cli::CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files and folders to add to the window."), QStringLiteral("[FILE...]"));
    parser.process(app);
    auto context = pacsdrop::cli::CliContext::create(parser);
    if (!context) {
        QMessageBox::critical(nullptr, QStringLiteral("PacsDrop"), context.error().message);
        return 2;
    }
    pacsdrop::markStartup("settings loaded");
    QStringList files;
    for (const QString &f : parser.positionalArguments())
        files << QFileInfo(f).absoluteFilePath();
    // "Send to PACS" from a file manager: the running window takes the files.
    if (!files.isEmpty() && pacsdrop::SingleInstance::handOff(files))
        return 0;
    QTranslator translator;
    pacsdrop::installLanguage(translator, context->settings.site().language);
    if (const auto appearance = pacsdrop::savedAppearance(); appearance != pacsdrop::Appearance::System)
        pacsdrop::applyAppearance(appearance); // the user chose dark (or light) in the View menu
    pacsdrop::SingleInstance instance;
    if (!instance.listen() && pacsdrop::SingleInstance::handOff(files))
        return 0; // another window started meanwhile
    pacsdrop::MainWindow window(context->settings);
    pacsdrop::markStartup("window built");
    QObject::connect(&instance, &pacsdrop::SingleInstance::pathsReceived, &window, [&window](const QStringList &paths) {
        window.addPaths(paths);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    pacsdrop::markStartup("shown");
    // For the window benchmark (bench/gui_bench.sh): quit once shown and the given files are listed.
    if (qEnvironmentVariableIsSet("PACSDROP_QUIT_WHEN_READY")) {
        if (files.isEmpty())
            QTimer::singleShot(0, &app, &QApplication::quit);
        else
            QObject::connect(&window, &pacsdrop::MainWindow::pathsAdded, &app, &QApplication::quit);
    }
    if (!files.isEmpty())
        window.addPaths(files);
    const int code = QApplication::exec();
    // Background reads (the outbox count, previews, an echo) finish before Qt unloads the plugins
    // they run in (SQLite's driver among them): quitting during one crashed in about 3 % of quick
    // quits (bench/gui_bench.sh found it).
    pacsdrop::markStartup("event loop done");
    QThreadPool::globalInstance()->waitForDone();
    pacsdrop::markStartup("background work done");
    return code;
}
