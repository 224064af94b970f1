// C-STORE response statuses: what counts as delivered, and what people read.
#include "net/DimseStatus.h"

#include <QTest>

using namespace pacsdrop;

class TestDimseStatus : public QObject {
    Q_OBJECT
private slots:
    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<QString>("words");
        QTest::newRow("success") << 0x0000 << true << QStringLiteral("stored");
        QTest::newRow("coercion") << 0xB000 << true << QStringLiteral("coerced");
        QTest::newRow("discarded") << 0xB006 << true << QStringLiteral("discarded");
        QTest::newRow("mismatch warn") << 0xB007 << true << QStringLiteral("does not match");
        QTest::newRow("out of resources") << 0xA700 << false << QStringLiteral("out of resources");
        QTest::newRow("out of resources sub") << 0xA7FF << false << QStringLiteral("out of resources");
        QTest::newRow("mismatch") << 0xA900 << false << QStringLiteral("does not match");
        QTest::newRow("cannot understand") << 0xC000 << false << QStringLiteral("cannot understand");
        QTest::newRow("cannot understand sub") << 0xC123 << false << QStringLiteral("cannot understand");
        QTest::newRow("sop class") << 0x0122 << false << QStringLiteral("SOP class");
        QTest::newRow("not authorised") << 0x0124 << false << QStringLiteral("not authorised");
        QTest::newRow("unknown") << 0x1234 << false << QStringLiteral("unknown");
        QTest::newRow("pending is not success") << 0xFF00 << false << QStringLiteral("unknown");
    }
    void classification()
    {
        QFETCH(int, status);
        QFETCH(bool, delivered);
        QFETCH(QString, words);
        const DimseStatus s = describeStoreStatus(static_cast<std::uint16_t>(status));
        QCOMPARE(s.delivered(), delivered);
        QVERIFY2(s.meaning.contains(words), qPrintable(s.meaning));
    }
    void hex()
    {
        QCOMPARE(statusHex(0xA700), QStringLiteral("0xA700"));
        QCOMPARE(statusHex(0x0000), QStringLiteral("0x0000"));
        QCOMPARE(statusHex(0x0122), QStringLiteral("0x0122"));
    }
};

QTEST_GUILESS_MAIN(TestDimseStatus)
#include "tst_dimsestatus.moc"
