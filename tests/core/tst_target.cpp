// Destinations typed by people: device names and AET@host:port.
#include "net/Target.h"

#include <QTest>

using namespace pacsdrop;

class TestTarget : public QObject {
    Q_OBJECT

    Settings settingsWithDevice()
    {
        Settings s = *Settings::load(QStringLiteral("/nonexistent/settings.json"));
        Device d;
        d.name = QStringLiteral("Radiology");
        d.aeTitle = QStringLiteral("RADPACS");
        d.host = QStringLiteral("10.1.2.3");
        d.port = 104;
        d.isDefault = true;
        (void)s.putDevice(d);
        return s;
    }

private slots:
    void deviceByName()
    {
        auto d = resolveTarget(settingsWithDevice(), QStringLiteral("radiology"));
        QVERIFY(d);
        QCOMPARE(d->aeTitle, QStringLiteral("RADPACS"));
    }

    void defaultWhenEmpty()
    {
        auto d = resolveTarget(settingsWithDevice(), QString());
        QVERIFY(d);
        QCOMPARE(d->name, QStringLiteral("Radiology"));
    }

    void oneOffAddress()
    {
        auto d = resolveTarget(settingsWithDevice(), QStringLiteral("ORTHANC@127.0.0.1:4242"));
        QVERIFY(d);
        QCOMPARE(d->aeTitle, QStringLiteral("ORTHANC"));
        QCOMPARE(d->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(d->port, 4242);
        auto v6 = resolveTarget(settingsWithDevice(), QStringLiteral("PACS@[::1]:104"));
        QVERIFY(v6);
        QCOMPARE(v6->host, QStringLiteral("::1"));
    }

    void rejectsWhatIsNeither()
    {
        auto d = resolveTarget(settingsWithDevice(), QStringLiteral("nonsense"));
        QVERIFY(!d);
        QVERIFY(d.error().message.contains(QStringLiteral("Radiology"))); // lists what exists
        QVERIFY(!resolveTarget(settingsWithDevice(), QStringLiteral("A@h:70000")));
        QVERIFY(!resolveTarget(settingsWithDevice(), QStringLiteral("TOOLONGAETITLE1234@h:104")));
    }

    void callingAeFallsBackToLocal()
    {
        Settings s = settingsWithDevice();
        Device d = *s.device(QStringLiteral("Radiology"));
        QCOMPARE(callingAeTitle(s, d), QStringLiteral("PACSDROP"));
        d.callingAeTitle = QStringLiteral("WARD7");
        QCOMPARE(callingAeTitle(s, d), QStringLiteral("WARD7"));
    }
};

QTEST_GUILESS_MAIN(TestTarget)
#include "tst_target.moc"
