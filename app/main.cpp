// PacsDrop: "pacsdrop COMMAND ..." is the command-line tool; "pacsdrop [FILE...]" the window (one per
// user: a second start hands its files to the first).
#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "cli/CliContext.h"
#include "cli/Dispatch.h"
#include "dicom/DcmtkRuntime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <memory>

#include <sys/stat.h>

namespace {

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pacsdrop"));
    QApplication::setOrganizationName(QStringLiteral("PacsDrop"));
    QApplication::setApplicationDisplayName(QStringLiteral("PacsDrop"));
    QApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
    QCommandLineParser parser;
    pacsdrop::cli::CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files and folders to add to the window."), QStringLiteral("[FILE...]"));
    parser.process(app);
    auto context = pacsdrop::cli::CliContext::create(parser);
    if (!context) {
        QMessageBox::critical(nullptr, QStringLiteral("PacsDrop"), context.error().message);
        return 2;
    }
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
    pacsdrop::DcmtkRuntime dcmtk;
    pacsdrop::SingleInstance instance;
    if (!instance.listen() && pacsdrop::SingleInstance::handOff(files))
        return 0; // another window started meanwhile
    pacsdrop::MainWindow window(context->settings);
    QObject::connect(&instance, &pacsdrop::SingleInstance::pathsReceived, &window, [&window](const QStringList &paths) {
        window.addPaths(paths);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    // For the window benchmark (bench/gui_bench.sh): quit once shown and the given files are listed.
    if (qEnvironmentVariableIsSet("PACSDROP_QUIT_WHEN_READY")) {
        if (files.isEmpty())
            QTimer::singleShot(0, &app, &QApplication::quit);
        else
            QObject::connect(&window, &pacsdrop::MainWindow::pathsAdded, &app, &QApplication::quit);
    }
    if (!files.isEmpty())
        window.addPaths(files);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Outbox, its journal files, logs and converted objects hold patient-related data: owner only.
    ::umask(077);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!pacsdrop::cli::wantsCommandLine(arguments))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pacsdrop"));
    QCoreApplication::setOrganizationName(QStringLiteral("PacsDrop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
    pacsdrop::DcmtkRuntime dcmtk;
    return pacsdrop::cli::dispatch(QCoreApplication::arguments(), dcmtk);
}
