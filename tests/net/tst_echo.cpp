// C-ECHO against a real Orthanc, and the messages people see when it cannot work.
#include "CoreSend.h"
#include "Peers.h"
#include "TestMain.h"
#include "net/Echo.h"

#include <QElapsedTimer>
#include <QTcpServer>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestEcho : public QObject {
    Q_OBJECT
    Orthanc m_orthanc;

private slots:
    void initTestCase() { QVERIFY2(m_orthanc.start(), qPrintable(m_orthanc.lastError())); }
    void cleanupTestCase() { m_orthanc.stop(); }

    void echoSucceeds()
    {
        auto r = echo(deviceFor(m_orthanc.aeTitle(), m_orthanc.dicomPort()), QStringLiteral("PACSDROP"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }

    void wrongCalledAeIsNamed()
    {
        auto r = echo(deviceFor(QStringLiteral("PACS1"), m_orthanc.dicomPort()), QStringLiteral("PACSDROP"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AssociationRejected);
        QVERIFY2(r.error().message.contains(QStringLiteral("called AE title PACS1 not recognised by 127.0.0.1:%1")
                                                .arg(m_orthanc.dicomPort())),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("check the device's AE title")));
    }

    void nothingListening()
    {
        const quint16 port = freePort();
        auto r = echo(deviceFor(QStringLiteral("ANY"), port), QStringLiteral("PACSDROP"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NetworkUnreachable);
        QVERIFY2(r.error().message.contains(QStringLiteral("connection refused")), qPrintable(r.error().message));
    }

    void silentPeerTimesOut()
    {
        // Accepts the TCP connection (kernel backlog) but never answers the association request.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Device d = deviceFor(QStringLiteral("SILENT"), silent.serverPort());
        d.acseTimeout = 2;
        QElapsedTimer timer;
        timer.start();
        auto r = echo(d, QStringLiteral("PACSDROP"));
        QVERIFY(!r);
        QVERIFY2(timer.elapsed() < 15000, "the ACSE timeout must bound the wait");
        QVERIFY2(r.error().code == ErrorCode::Timeout || r.error().message.contains(QStringLiteral("no answer")),
                 qPrintable(r.error().message + u' ' + r.error().detail));
    }
};

PACSDROP_TEST_MAIN(TestEcho)
#include "tst_echo.moc"
