#pragma once
// QTEST_GUILESS_MAIN plus DCMTK's process-wide set-up, as app/ does it.

#include "dicom/DcmtkRuntime.h"

#include <QCoreApplication>
#include <QTest>

#define PACSDROP_TEST_MAIN(TestClass)                                                                                  \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        pacsdrop::DcmtkRuntime dcmtk;                                                                                  \
        if (!dcmtk.problem().isEmpty())                                                                                \
            qFatal("%s", qPrintable(dcmtk.problem()));                                                                 \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
