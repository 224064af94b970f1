// PacsDrop: with arguments, a command-line tool; without, the desktop window.
#include "MainWindow.h"
#include "cli/CliContext.h"
#include "cli/Dispatch.h"
#include "dicom/DcmtkRuntime.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Outbox, its journal files, logs and converted objects hold patient-related data: owner only.
    ::umask(077);
    if (argc > 1) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("pacsdrop"));
        QCoreApplication::setOrganizationName(QStringLiteral("PacsDrop"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
        pacsdrop::DcmtkRuntime dcmtk;
        return pacsdrop::cli::dispatch(QCoreApplication::arguments(), dcmtk);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pacsdrop"));
    QApplication::setOrganizationName(QStringLiteral("PacsDrop"));
    QApplication::setApplicationDisplayName(QStringLiteral("PacsDrop"));
    QApplication::setApplicationVersion(QStringLiteral(PACSDROP_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pacsdrop"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    pacsdrop::DcmtkRuntime dcmtk;
    auto context = pacsdrop::cli::CliContext::create({});
    if (!context) {
        QMessageBox::critical(nullptr, QStringLiteral("PacsDrop"), context.error().message);
        return 2;
    }
    pacsdrop::MainWindow window(context->settings);
    window.show();
    return QApplication::exec();
}
