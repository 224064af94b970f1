#pragma once
// QTEST_MAIN for widget tests, with DCMTK's process-wide set-up, English as the program installs
// it, and PacsDrop's data folder (outbox, spool, logs) and QSettings in a temporary folder,
// never the user's.

#include "Language.h"
#include "WindowStyle.h"
#include "dicom/DcmtkRuntime.h"
#include "settings/AppPaths.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>
#include <QTranslator>

#define PACSDROP_GUI_TEST_MAIN(TestClass)                                                                              \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        QApplication app(argc, argv);                                                                                  \
        pacsdrop::useWindowStyle(); /* as the program does */                                                          \
        QTemporaryDir home;                                                                                            \
        pacsdrop::paths::setDataDirOverride(home.filePath(QStringLiteral("data")));                                   \
        QSettings::setDefaultFormat(QSettings::IniFormat);                                                            \
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.filePath(QStringLiteral("qsettings")));    \
        QCoreApplication::setOrganizationName(QStringLiteral("PacsDropTest"));                                         \
        QTranslator english; /* as the program does: English plurals ("1 file", "3 files") */                        \
        pacsdrop::installLanguage(english, QStringLiteral("en"));                                                      \
        pacsdrop::DcmtkRuntime dcmtk;                                                                                  \
        if (!dcmtk.problem().isEmpty())                                                                                \
            qFatal("%s", qPrintable(dcmtk.problem()));                                                                 \
        TestClass test;                                                                                                \
        const int failures = QTest::qExec(&test, argc, argv);                                                          \
        QThreadPool::globalInstance()->waitForDone(); /* as the program does before Qt unloads plugins */              \
        return failures;                                                                                               \
    }
