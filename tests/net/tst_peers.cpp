// The test fixtures' own promises: peers start on ports nobody else is handed, a peer that could
// not bind its port is never taken for started (another test's peer may be answering there), and
// one whose port was taken in the meantime starts again on another.
#include "Peers.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

using namespace pacsdrop::test;

class TestPeers : public QObject {
    Q_OBJECT
private slots:
    void freePortsAreOutsideTheEphemeralRange()
    {
        // Outgoing connections (and listen(0)) get ports from this range; ours must not collide.
        const auto [low, high] = ephemeralPorts();
        if (low - 1 < 10000 && high + 1 > 60000)
            QSKIP("this machine's ephemeral range leaves no room outside it");
        for (int i = 0; i < 50; ++i) {
            const quint16 port = freePort();
            QVERIFY2(port < low || port > high, qPrintable(QString::number(port)));
            QTcpServer server;
            QVERIFY2(server.listen(QHostAddress::LocalHost, port), qPrintable(server.errorString()));
        }
    }

    void aPeerThatCannotBindItsPortIsNotStarted()
    {
        QTcpServer other; // stands for another test's peer that took the port first
        QVERIFY(other.listen(QHostAddress::LocalHost, freePort()));
        StoreScp scp;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!scp.start(other.serverPort()));
        QVERIFY2(scp.lastError().contains(QLatin1String("did not listen")), qPrintable(scp.lastError()));
        QVERIFY2(timer.elapsed() < 10000, "noticed only at the timeout, not when storescp exited");
    }

    void aPeerWhosePortWasTakenStartsOnAnother()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, freePort()));
        int chosen = 0;
        const ScopedPortChooser takenFirst([&] { return ++chosen == 1 ? other.serverPort() : freePort(); });
        WorklistScp worklist;
        QVERIFY2(worklist.start(), qPrintable(worklist.lastError()));
        QVERIFY(chosen >= 2); // a third when another test took the second meanwhile
        QVERIFY(worklist.port() != other.serverPort());
        QVERIFY(waitForPort(worklist.port(), 1000));
    }
};

PACSDROP_TEST_MAIN(TestPeers)
#include "tst_peers.moc"
