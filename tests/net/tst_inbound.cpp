// The inbound listener as a router: DCMTK's storescu sends pydicom's CT, MR and RT files to it;
// every instance is acknowledged and kept, only the routed modalities go into the outbox, and
// delivering the outbox puts exactly those in a real Orthanc. Wrong called AE titles and callers
// not on the list are refused; C-ECHO is answered.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "delivery/OutboxRunner.h"
#include "inbound/StoreListener.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

int storescu(const QString &calledAe, const QString &callingAe, int port, const QStringList &files)
{
    return QProcess::execute(QStringLiteral("storescu"), QStringList{QStringLiteral("-aec"), calledAe, QStringLiteral("-aet"), callingAe,
                                                                     QStringLiteral("127.0.0.1"), QString::number(port)}
                                                             + files);
}

} // namespace

class TestInbound : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data"))); }

    void routesOnlyTheAllowedModalities()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        Settings settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        Device cloud = deviceFor(orthanc.aeTitle(), orthanc.dicomPort());
        cloud.name = QStringLiteral("Cloud RT archive");
        QVERIFY(settings.putDevice(cloud));
        InboundListener rule;
        rule.name = QStringLiteral("TPS");
        rule.aeTitle = QStringLiteral("ROUTER");
        rule.port = freePort();
        rule.forwardTo = {cloud.name};
        rule.onlyModalities = {QStringLiteral("CT"), QStringLiteral("RTSTRUCT"), QStringLiteral("RTPLAN"), QStringLiteral("RTDOSE")};
        settings.setListeners({rule});
        QCOMPARE(settings.validate(), QString());
        StoreListener listener(rule);
        QVERIFY(listener.start());

        QProcess echo;
        echo.setProcessChannelMode(QProcess::MergedChannels);
        echo.start(QStringLiteral("echoscu"), {QStringLiteral("-v"), QStringLiteral("-aec"), QStringLiteral("ROUTER"), QStringLiteral("127.0.0.1"),
                                               QString::number(rule.port)});
        QVERIFY(echo.waitForFinished(30000));
        QVERIFY2(echo.exitCode() == 0, echo.readAll().constData());
        QStringList files;
        QSet<QString> routed;
        for (const char *name : {"CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "rtdose.dcm", "rtstruct.dcm"}) {
            files << pydicomFile(QString::fromLatin1(name));
            if (QByteArray(name) != "MR_small.dcm")
                routed.insert(sopInstanceUidOf(files.last()));
        }
        QCOMPARE(storescu(QStringLiteral("ROUTER"), QStringLiteral("TPS"), rule.port, files), 0); // all acknowledged
        QCOMPARE(listener.received(), 5);
        QCOMPARE(QDir(listener.folder()).entryList({QStringLiteral("*.dcm")}, QDir::Files).size(), 5); // kept, MR too

        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        QCOMPARE(outbox->pending()->size(), 4); // recorded before the response went back
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(*outbox, settings, quiet, cancel);
        QVERIFY(summary);
        QCOMPARE(summary->delivered, 4);
        const QStringList stored = orthanc.sopInstanceUids();
        QCOMPARE(QSet<QString>(stored.cbegin(), stored.cend()), routed);

        // A wrong called AE title is refused, and so is a caller not on the list.
        QVERIFY(storescu(QStringLiteral("SOMEONE"), QStringLiteral("TPS"), rule.port, {files.first()}) != 0);
        listener.stop();
        rule.allowedCallingAes = {QStringLiteral("TPS")};
        rule.port = freePort();
        StoreListener strict(rule);
        QVERIFY(strict.start());
        QVERIFY(storescu(QStringLiteral("ROUTER"), QStringLiteral("STRANGER"), rule.port, {files.first()}) != 0);
        QCOMPARE(storescu(QStringLiteral("ROUTER"), QStringLiteral("TPS"), rule.port, {files.first()}), 0);
        QCOMPARE(strict.received(), 1);
    }
};

PACSDROP_TEST_MAIN(TestInbound)
#include "tst_inbound.moc"
