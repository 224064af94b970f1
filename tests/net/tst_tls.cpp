// DICOM TLS against storescp +tls and Orthanc with DICOM TLS, with a PKI made at test time
// (tests/scripts/make_pki.sh): only the right pair works; a server certificate from a rogue CA,
// an expired one, one issued to another host name, a plain server behind a TLS device, a TLS
// server called in plain TCP, and a server that does not trust our client certificate each fail
// with a message that says which. The private key's passphrase is stored sealed. The inbound
// listener speaks TLS to storescu.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "common/SecretBox.h"
#include "inbound/StoreListener.h"
#include "net/Echo.h"
#include "net/PlainTextWarning.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestTls : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pki;

    QString pki(const char *name) const { return m_pki + u'/' + QLatin1String(name); }

    // storescp on TLS with this server certificate, trusting `trusting` for client certificates.
    QStringList tlsServer(const char *server, const char *trusting = "ca") const
    {
        return {QStringLiteral("+tls"), pki(server) + QStringLiteral(".key"), pki(server) + QStringLiteral(".pem"), QStringLiteral("-pw"),
                QStringLiteral("+cf"), pki(trusting) + QStringLiteral(".pem"), QStringLiteral("-rc")};
    }
    Device tlsDevice(quint16 port, const QString &aeTitle = QStringLiteral("STORESCP")) const
    {
        Device d = deviceFor(aeTitle, port);
        d.name = QStringLiteral("Secure");
        d.tls.enabled = true;
        d.tls.certificate = pki("client.pem");
        d.tls.privateKey = pki("client.key");
        d.tls.trustedCertificates = {pki("ca.pem")};
        return d;
    }
    QString echoError(const Device &device)
    {
        auto result = echo(device, QStringLiteral("PACSDROP"));
        return result ? QString() : result.error().message;
    }

private slots:
    void initTestCase()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data")));
        m_pki = m_dir.filePath(QStringLiteral("pki"));
        const QString pkiProblem = makeTestPki(m_pki);
        QVERIFY2(pkiProblem.isEmpty(), qPrintable(pkiProblem));
    }

    void theRightPairWorks()
    {
        StoreScp scp(tlsServer("server"));
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        QCOMPARE(echoError(tlsDevice(scp.port())), QString());
        const Sent sent = sendFiles({pydicomFile(QStringLiteral("CT_small.dcm"))}, tlsDevice(scp.port()), m_dir.filePath(QStringLiteral("ok.sqlite")));
        QCOMPARE(sent.summary.delivered, 1);
        QCOMPARE(scp.receivedFiles().size(), 1);
        // By name too: the certificate names localhost as well as 127.0.0.1.
        Device byName = tlsDevice(scp.port());
        byName.host = QStringLiteral("localhost");
        QCOMPARE(echoError(byName), QString());
    }

    void wrongCertificatesFailSayingWhy_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rogue CA") << "rogue-server" << "not issued by a CA in the device's trusted certificates";
        QTest::newRow("expired") << "expired" << "certificate has expired";
        QTest::newRow("another host") << "other-host" << "issued to another host, not to \"127.0.0.1\"";
    }

    void wrongCertificatesFailSayingWhy()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        StoreScp scp(tlsServer(server.toLatin1().constData()));
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QString error = echoError(tlsDevice(scp.port()));
        QVERIFY2(error.contains(expected), qPrintable(error));
        const Sent sent = sendFiles({pydicomFile(QStringLiteral("CT_small.dcm"))}, tlsDevice(scp.port()),
                                    m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(server)));
        QCOMPARE(sent.summary.delivered, 0);
        QVERIFY(scp.receivedFiles().isEmpty());
    }

    void plainAndTlsDoNotMix()
    {
        StoreScp plain;
        QVERIFY(plain.start());
        QString error = echoError(tlsDevice(plain.port()));
        QVERIFY2(error.contains(QStringLiteral("did not answer in TLS")), qPrintable(error));
        StoreScp secure(tlsServer("server"));
        QVERIFY(secure.start());
        error = echoError(deviceFor(QStringLiteral("STORESCP"), secure.port()));
        QVERIFY2(error.contains(QStringLiteral("TLS port")), qPrintable(error));
        // A server that does not trust PacsDrop's client certificate.
        StoreScp picky(tlsServer("server", "rogue-ca"));
        QVERIFY(picky.start());
        error = echoError(tlsDevice(picky.port()));
        QVERIFY2(error.contains(QStringLiteral("client certificate")), qPrintable(error));
    }

    void exceptionsAreExplicit()
    {
        StoreScp scp(tlsServer("other-host"));
        QVERIFY(scp.start());
        Device device = tlsDevice(scp.port());
        device.tls.peerCheck = TlsSettings::PeerCheck::SkipHostName; // a visible, logged per-device exception
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("TLS exception for Secure")));
        QCOMPARE(echoError(device), QString());
        // A device with TLS but no trusted CA is not valid unless the check is switched off by name.
        Device untrusting = tlsDevice(scp.port());
        untrusting.tls.trustedCertificates.clear();
        QVERIFY(untrusting.validate(QStringLiteral("devices[0]")).contains(QStringLiteral("trustedCertificates")));
    }

    void theKeyPassphraseIsStoredSealed()
    {
        StoreScp scp(tlsServer("server"));
        QVERIFY(scp.start());
        Device device = tlsDevice(scp.port());
        device.tls.privateKey = pki("client-encrypted.key");
        QVERIFY(device.tls.setPassphrase(QStringLiteral("key-passphrase")));
        QVERIFY(device.tls.sealedPassphrase.startsWith(QStringLiteral("sealed:v1:")));
        Settings settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.putDevice(device));
        QVERIFY(settings.save());
        QFile file(settings.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("key-passphrase"));
        const Device loaded = *Settings::load(settings.path())->device(QStringLiteral("Secure"));
        QCOMPARE(*loaded.tls.passphrase(), QStringLiteral("key-passphrase"));
        QCOMPARE(echoError(loaded), QString());
        Device wrong = device;
        QVERIFY(wrong.tls.setPassphrase(QStringLiteral("not it")));
        QVERIFY(echoError(wrong).contains(QStringLiteral("wrong passphrase")));
        // Typed into settings.json in clear text: refused, with what to do.
        Device clear = device;
        clear.tls.sealedPassphrase = QStringLiteral("key-passphrase");
        QVERIFY(clear.validate(QStringLiteral("devices[0]")).contains(QStringLiteral("clear text")));
    }

    void clearTextAcrossTheNetworkIsMentionedOnce()
    {
        Device remote = deviceFor(QStringLiteral("PACS"), 104);
        remote.host = QStringLiteral("10.20.30.40");
        QVERIFY(warnOnceAboutClearText(remote));
        QVERIFY(!warnOnceAboutClearText(remote)); // once per device
        Device named = remote;
        named.host = QStringLiteral("pacs.hospital.example");
        QVERIFY(warnOnceAboutClearText(named));
        Device local = remote;
        local.host = QStringLiteral("127.0.0.1");
        QVERIFY(!sendsInClearOverNetwork(local));
        Device secure = remote;
        secure.name = QStringLiteral("Secure");
        secure.tls.enabled = true;
        QVERIFY(!warnOnceAboutClearText(secure));
    }

    void orthancWithDicomTls()
    {
        Orthanc::Options options;
        options.extraConfig = {{QStringLiteral("DicomTlsEnabled"), true},
                               {QStringLiteral("DicomTlsCertificate"), pki("server.pem")},
                               {QStringLiteral("DicomTlsPrivateKey"), pki("server.key")},
                               {QStringLiteral("DicomTlsTrustedCertificates"), pki("ca.pem")},
                               {QStringLiteral("DicomTlsRemoteCertificateRequired"), true}};
        Orthanc orthanc(options);
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const Device device = tlsDevice(orthanc.dicomPort(), orthanc.aeTitle());
        QCOMPARE(echoError(device), QString());
        const Sent sent = sendFiles({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))}, device,
                                    m_dir.filePath(QStringLiteral("orthanc.sqlite")));
        QCOMPARE(sent.summary.delivered, 2);
        QCOMPARE(orthanc.sopInstanceUids().size(), 2);
        // Plain TCP to Orthanc's TLS port, and a client Orthanc does not trust.
        QVERIFY(!echoError(deviceFor(orthanc.aeTitle(), orthanc.dicomPort())).isEmpty());
        Device rogueClient = device;
        rogueClient.tls.certificate = pki("rogue-server.pem");
        rogueClient.tls.privateKey = pki("rogue-server.key");
        QVERIFY(echoError(rogueClient).contains(QStringLiteral("client certificate")));
    }

    void theListenerSpeaksTls()
    {
        InboundListener rule;
        rule.name = QStringLiteral("Secure in");
        rule.aeTitle = QStringLiteral("SECUREIN");
        rule.port = freePort();
        rule.folder = m_dir.filePath(QStringLiteral("received"));
        rule.tls.enabled = true;
        rule.tls.certificate = pki("server.pem");
        rule.tls.privateKey = pki("server.key");
        rule.tls.trustedCertificates = {pki("ca.pem")}; // callers must show a certificate from our CA
        StoreListener listener(rule);
        auto started = listener.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        const auto storescu = [&](const char *key, const char *cert) {
            return QProcess::execute(QStringLiteral("storescu"),
                                     {QStringLiteral("+tls"), pki(key), pki(cert), QStringLiteral("-pw"), QStringLiteral("+cf"), pki("ca.pem"),
                                      QStringLiteral("-aec"), QStringLiteral("SECUREIN"), QStringLiteral("127.0.0.1"), QString::number(rule.port),
                                      pydicomFile(QStringLiteral("CT_small.dcm"))});
        };
        QCOMPARE(storescu("client.key", "client.pem"), 0);
        QTRY_COMPARE(QDir(rule.folder).entryList({QStringLiteral("*.dcm")}, QDir::Files).size(), 1);
        QVERIFY(storescu("rogue-server.key", "rogue-server.pem") != 0); // a caller from another CA
        listener.stop();
    }
};

PACSDROP_TEST_MAIN(TestTls)
#include "tst_tls.moc"
