// DICOMweb destinations against Orthanc with its DICOMweb plugin: pydicom's samples go by STOW-RS
// in several batches and all arrive; results are read per SOP Instance UID (a study-UID mismatch
// fails that instance alone; a 400 whose good parts were stored is not taken as "nothing stored");
// --verify asks QIDO-RS; Basic authentication with a sealed password; a one-off URL target.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "dicom/DicomFileInfo.h"
#include "net/DicomWebClient.h"
#include "net/Echo.h"
#include "net/Target.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

const char *kPlugin = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";

Orthanc::Options withDicomWeb(QJsonObject extra = {})
{
    Orthanc::Options options;
    options.extraConfig = extra;
    options.extraConfig.insert(QStringLiteral("Plugins"), QJsonArray{QString::fromLatin1(kPlugin)});
    options.extraConfig.insert(QStringLiteral("DicomWeb"), QJsonObject{{QStringLiteral("Enable"), true}, {QStringLiteral("Root"), QStringLiteral("/dicom-web/")}});
    return options;
}

Device webDevice(const Orthanc &orthanc, int batchSize = 20)
{
    Device d;
    d.name = QStringLiteral("Cloud");
    d.web.url = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(orthanc.httpPort());
    d.web.batchSize = batchSize;
    return d;
}

StoreItem itemFor(const QString &path)
{
    StoreItem item;
    item.path = path;
    item.sopInstanceUid = sopInstanceUidOf(path);
    item.size = QFileInfo(path).size();
    return item;
}

} // namespace

class TestStow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Orthanc m_orthanc{withDicomWeb()};

private slots:
    void initTestCase()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data")));
        QVERIFY2(m_orthanc.start(), qPrintable(m_orthanc.lastError()));
    }
    void init() { QVERIFY(m_orthanc.clear()); }

    void pydicomSamplesArriveInBatches()
    {
        QStringList files;
        for (const char *name : {"CT_small.dcm", "MR_small_RLE.dcm", "rtplan.dcm", "rtdose.dcm", "rtstruct.dcm", "JPEG-lossy.dcm",
                                 "JPEG2000.dcm", "waveform_ecg.dcm", "test-SR.dcm", "liver_1frame.dcm", "dicomdirtests/DICOMDIR"})
            files << pydicomFile(QString::fromLatin1(name));
        for (const char *name : {"chrH31.dcm", "chrGreek.dcm", "chrX1.dcm", "chrArab.dcm", "chrKoreanMulti.dcm", "chrRuss.dcm"})
            files << pydicomCharsetFile(QString::fromLatin1(name));
        files << pydicomFile(QStringLiteral("ExplVR_LitEndNoMeta.dcm")); // a bare dataset: given a Part 10 header on the way
        const Sent sent = sendFiles(files, webDevice(m_orthanc, 7), m_dir.filePath(QStringLiteral("all.sqlite"))); // 7 per request
        QStringList expected;
        for (auto it = sent.byPath.cbegin(); it != sent.byPath.cend(); ++it) {
            QVERIFY2(it->state == StoreOutcome::State::Delivered, qPrintable(it.key() + QStringLiteral(": ") + it->message));
            expected << sopInstanceUidOf(it.key());
        }
        QCOMPARE(sent.byPath.size(), 10 + 31 + 6 + 1);
        expected.sort();
        expected.removeDuplicates();
        QCOMPARE(m_orthanc.sopInstanceUids(), expected);
        // Byte for byte: STOW-RS stores the Part 10 file as it was.
        QCOMPARE(m_orthanc.instanceFile(sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm")))).size(),
                 QFileInfo(pydicomFile(QStringLiteral("CT_small.dcm"))).size());
    }

    void eachInstanceGetsItsOwnResult()
    {
        // Posted to the CT's study: the MR does not belong there and fails alone, with the server's reason.
        const QString ct = pydicomFile(QStringLiteral("CT_small.dcm")), mr = pydicomFile(QStringLiteral("MR_small.dcm"));
        const QString ctStudy = readDicomFileInfo(ct)->studyInstanceUid;
        QHash<QString, StoreOutcome> results = stowBatch(webDevice(m_orthanc), {itemFor(mr), itemFor(ct)}, ctStudy);
        QCOMPARE(results.value(sopInstanceUidOf(ct)).state, StoreOutcome::State::Delivered);
        const StoreOutcome refused = results.value(sopInstanceUidOf(mr));
        QCOMPARE(refused.state, StoreOutcome::State::Failed);
        QVERIFY2(refused.message.contains(QStringLiteral("failure reason 0x0110")), qPrintable(refused.message));
        QCOMPARE(m_orthanc.sopInstanceUids(), QStringList{sopInstanceUidOf(ct)});

        // One good file and one that is not DICOM: Orthanc answers 400 but keeps the good one — and so do we.
        QVERIFY(m_orthanc.clear());
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.dcm"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(4096, 'x'));
        g.close();
        StoreItem bad = itemFor(garbage);
        bad.sopInstanceUid = QStringLiteral("1.2.3.4.5.6.7");
        results = stowBatch(webDevice(m_orthanc), {itemFor(ct), bad});
        QCOMPARE(results.value(sopInstanceUidOf(ct)).state, StoreOutcome::State::Delivered);
        QCOMPARE(results.value(bad.sopInstanceUid).state, StoreOutcome::State::Failed);
        QVERIFY2(results.value(bad.sopInstanceUid).message.contains(QStringLiteral("HTTP 400")), qPrintable(results.value(bad.sopInstanceUid).message));
        QCOMPARE(m_orthanc.sopInstanceUids(), QStringList{sopInstanceUidOf(ct)});
    }

    void aOneOffUrlWithVerify()
    {
        const QStringList h{QStringLiteral("--config"), m_dir.filePath(QStringLiteral("cli/settings.json")), QStringLiteral("--data-dir"),
                            m_dir.filePath(QStringLiteral("cli/data"))};
        const QString url = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(m_orthanc.httpPort());
        Run run = runPacsdrop(QStringList{QStringLiteral("echo"), url} + h);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), url, QStringLiteral("--verify"),
                                      pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("rtplan.dcm"))} + h);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("verified 2 on the PACS, 0 missing")), qPrintable(run.err));
        QCOMPARE(m_orthanc.sopInstanceUids().size(), 2);
        // Nothing listening there: retried later, not lost.
        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(freePort()),
                                      pydicomFile(QStringLiteral("CT_small.dcm"))} + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be reached")), qPrintable(run.err));
    }

    void httpsIsCheckedLikeDicomTls()
    {
        const QString pki = m_dir.filePath(QStringLiteral("pki"));
        QProcess make;
        make.start(QStringLiteral(PACSDROP_TEST_SCRIPTS "/make_pki.sh"), {pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        // Orthanc wants certificate and key in one PEM file.
        const auto combined = [&](const QString &name) {
            const QString path = pki + u'/' + name + QStringLiteral("-combined.pem");
            QFile out(path), cert(pki + u'/' + name + QStringLiteral(".pem")), key(pki + u'/' + name + QStringLiteral(".key"));
            if (out.open(QIODevice::WriteOnly) && cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly))
                out.write(cert.readAll() + key.readAll());
            return path;
        };
        // Orthanc 1.10.1's own HTTPS resets connections after the handshake on Debian 12, so HTTPS is
        // put in front of it the way hospitals often do: a TLS-terminating proxy (socat).
        const QString ct = pydicomFile(QStringLiteral("CT_small.dcm"));
        const auto info = readDicomFileInfo(ct);
        const auto httpsDevice = [&](const TlsProxy &proxy) {
            Device d;
            d.name = QStringLiteral("Cloud over HTTPS");
            d.web.url = QStringLiteral("https://127.0.0.1:%1/dicom-web").arg(proxy.port());
            d.tls.trustedCertificates = {pki + QStringLiteral("/ca.pem")};
            return d;
        };
        TlsProxy good(combined(QStringLiteral("server")), m_orthanc.httpPort());
        QVERIFY2(good.start(), qPrintable(good.lastError()));
        const Sent sent = sendFiles({ct}, httpsDevice(good), m_dir.filePath(QStringLiteral("https.sqlite")));
        QVERIFY2(sent.summary.delivered == 1, qPrintable(sent.byPath.value(ct).message));
        QCOMPARE(*qidoInstances(httpsDevice(good), info->studyInstanceUid, info->seriesInstanceUid), QSet<QString>{info->sopInstanceUid});
        Device distrusting = httpsDevice(good);
        distrusting.tls.trustedCertificates = {pki + QStringLiteral("/rogue-ca.pem")};
        auto refused = echo(distrusting, QStringLiteral("PACSDROP"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("HTTPS with")), qPrintable(refused.error().message));

        TlsProxy otherHost(combined(QStringLiteral("other-host")), m_orthanc.httpPort());
        QVERIFY2(otherHost.start(), qPrintable(otherHost.lastError()));
        QVERIFY(!echo(httpsDevice(otherHost), QStringLiteral("PACSDROP"))); // issued to other.example
        Device exception = httpsDevice(otherHost);
        exception.tls.peerCheck = TlsSettings::PeerCheck::SkipHostName; // the visible per-device exception
        auto accepted = echo(exception, QStringLiteral("PACSDROP"));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    }

    void basicAuthenticationWithASealedPassword()
    {
        Orthanc secured(withDicomWeb({{QStringLiteral("AuthenticationEnabled"), true},
                                      {QStringLiteral("RegisteredUsers"), QJsonObject{{QStringLiteral("uploader"), QStringLiteral("s3cret")}}}}));
        QVERIFY2(secured.start(), qPrintable(secured.lastError()));
        Device device = webDevice(secured);
        device.web.auth = DicomWebSettings::Auth::Basic;
        device.web.user = QStringLiteral("uploader");
        QVERIFY(device.web.setSecret(QStringLiteral("wrong")));
        QVERIFY(device.validate(QStringLiteral("devices[0]")).isEmpty());
        auto echoed = echo(device, QStringLiteral("PACSDROP"));
        QVERIFY(!echoed);
        QVERIFY2(echoed.error().message.contains(QStringLiteral("HTTP 401")), qPrintable(echoed.error().message));
        Sent sent = sendFiles({pydicomFile(QStringLiteral("CT_small.dcm"))}, device, m_dir.filePath(QStringLiteral("auth-wrong.sqlite")));
        QCOMPARE(sent.summary.failed, 1);
        QVERIFY(sent.byPath.cbegin()->message.contains(QStringLiteral("credentials")));
        QVERIFY(device.web.setSecret(QStringLiteral("s3cret")));
        QVERIFY(device.web.sealedSecret.startsWith(QStringLiteral("sealed:v1:")));
        QVERIFY(echo(device, QStringLiteral("PACSDROP")));
        sent = sendFiles({pydicomFile(QStringLiteral("CT_small.dcm"))}, device, m_dir.filePath(QStringLiteral("auth-right.sqlite")));
        QCOMPARE(sent.summary.delivered, 1);
        QCOMPARE(*qidoInstances(device, readDicomFileInfo(pydicomFile(QStringLiteral("CT_small.dcm")))->studyInstanceUid,
                                readDicomFileInfo(pydicomFile(QStringLiteral("CT_small.dcm")))->seriesInstanceUid),
                 QSet<QString>{sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm")))});
    }
};

PACSDROP_TEST_MAIN(TestStow)
#include "tst_stow.moc"
