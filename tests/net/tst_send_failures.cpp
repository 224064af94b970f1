// What people see when sending cannot simply work: nothing listening, a wrong AE title, a peer
// that accepts only uncompressed data (with and without decompression), a SOP class the peer
// does not take, a peer that aborts, damaged files among good ones. Every file ends delivered
// or failed with its reason; nothing disappears. Also: every standard storage SOP class goes
// out, on more than one association when more than 128 contexts are needed.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "net/PresentationPlan.h"
#include "outbox/Outbox.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

// storescp association profiles: CT, MR and Secondary Capture, uncompressed only; and CT in JPEG
// Lossless only (an uncompressed CT finds no transfer syntax the peer takes: result 4).
const char *kUncompressedProfile = R"([[TransferSyntaxes]]
[Uncompressed]
TransferSyntax1 = LocalEndianExplicit
TransferSyntax2 = OppositeEndianExplicit
TransferSyntax3 = LittleEndianImplicit

[JpegLossless]
TransferSyntax1 = JPEGLossless:Non-hierarchical-1stOrderPrediction

[[PresentationContexts]]
[UncompressedImages]
PresentationContext1 = CTImageStorage\Uncompressed
PresentationContext2 = MRImageStorage\Uncompressed
PresentationContext3 = SecondaryCaptureImageStorage\Uncompressed

[CtJpegOnly]
PresentationContext1 = CTImageStorage\JpegLossless
PresentationContext2 = MRImageStorage\Uncompressed

[[Profiles]]
[UncompressedOnly]
PresentationContexts = UncompressedImages

[CtJpegOnly]
PresentationContexts = CtJpegOnly
)";

} // namespace

class TestSendFailures : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_outboxes = 0;

    QString newOutbox() { return m_dir.filePath(QStringLiteral("outbox%1.sqlite").arg(++m_outboxes)); }

    QString writeProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("uncompressed.cfg"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(kUncompressedProfile);
        return path;
    }

private slots:
    void aPacsServingOneAssociationAtATimeGetsEveryFile()
    {
        // storescp answers one association at a time: the device's other three wait for their
        // A-ASSOCIATE-AC longer than its ACSE time limit (6 files x 1 s > 2 s) and give up. The
        // files are shared, not dealt out beforehand: the first association sends them all.
        StoreScp scp({QStringLiteral("--sleep-during"), QStringLiteral("1")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("serial")), 6);
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.parallelAssociations = 4;
        device.acseTimeout = 2;
        const Sent sent = sendFiles(files, device, newOutbox());
        QVERIFY2(sent.summary.delivered == files.size(), qPrintable(outcomeText(sent)));
        QCOMPARE(scp.receivedFiles().size(), files.size());
    }

    void nothingListeningFailsEveryFileWithTheReason()
    {
        const QStringList files{pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))};
        const Sent sent = sendFiles(files, deviceFor(QStringLiteral("NOBODY"), freePort()), newOutbox());
        QCOMPARE(sent.summary.failed, 2);
        for (const StoreOutcome &o : sent.byPath)
            QVERIFY2(o.message.contains(QStringLiteral("connection refused")), qPrintable(o.message));
        auto outbox = Outbox::open(sent.outboxPath);
        const QList<OutboxEntry> entries = *outbox->entries();
        for (const OutboxEntry &e : entries) {
            QCOMPARE(e.state, OutboxEntry::State::Failed);
            QVERIFY(e.result.contains(QStringLiteral("connection refused")));
        }
    }

    void wrongCalledAeTitle()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const Sent sent = sendFiles({pydicomFile(QStringLiteral("CT_small.dcm"))},
                                    deviceFor(QStringLiteral("PACS1"), orthanc.dicomPort()), newOutbox());
        QCOMPARE(sent.summary.failed, 1);
        QVERIFY2(sent.byPath.begin()->message.contains(QStringLiteral("called AE title PACS1 not recognised")),
                 qPrintable(outcomeText(sent)));
        QVERIFY(orthanc.sopInstanceUids().isEmpty());
    }

    void uncompressedOnlyPeerGetsDecompressedData()
    {
        StoreScp scp({QStringLiteral("-xf"), writeProfile(), QStringLiteral("UncompressedOnly")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList compressed{pydicomFile(QStringLiteral("JPEG-lossy.dcm")), pydicomFile(QStringLiteral("JPGExtended.dcm")),
                                     pydicomFile(QStringLiteral("MR_small_jpeg_ls_lossless.dcm")),
                                     pydicomFile(QStringLiteral("MR_small_RLE.dcm"))};
        const QString j2k = pydicomFile(QStringLiteral("JPEG2000.dcm"));
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.decompressIfRefused = true;
        const Sent sent = sendFiles(compressed + QStringList{j2k}, device, newOutbox());

        for (const QString &f : compressed)
            QVERIFY2(sent.byPath.value(f).state == StoreOutcome::State::Delivered, qPrintable(outcomeText(sent)));
        const StoreOutcome j2kOutcome = sent.byPath.value(j2k);
        QCOMPARE(j2kOutcome.state, StoreOutcome::State::Failed);
        QVERIFY2(j2kOutcome.message.contains(QStringLiteral("cannot decompress JPEG 2000")), qPrintable(j2kOutcome.message));

        const QStringList received = scp.receivedFiles();
        QCOMPARE(received.size(), compressed.size());
        QStringList expectedUids, receivedUids;
        for (const QString &f : compressed)
            expectedUids << sopInstanceUidOf(f);
        for (const QString &r : received) {
            receivedUids << sopInstanceUidOf(r);
            const QString ts = transferSyntaxOf(r);
            QVERIFY2(ts == QLatin1String(UID_LittleEndianExplicitTransferSyntax)
                         || ts == QLatin1String(UID_LittleEndianImplicitTransferSyntax)
                         || ts == QLatin1String(UID_BigEndianExplicitTransferSyntax),
                     qPrintable(r + u' ' + ts));
        }
        expectedUids.sort();
        receivedUids.sort();
        QCOMPARE(receivedUids, expectedUids);
    }

    void uncompressedOnlyPeerWithoutDecompressionRefuses()
    {
        StoreScp scp({QStringLiteral("-xf"), writeProfile(), QStringLiteral("UncompressedOnly")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.decompressIfRefused = false;
        const QString jpeg = pydicomFile(QStringLiteral("JPEG-lossy.dcm"));
        const QString plain = pydicomFile(QStringLiteral("CT_small.dcm"));
        const Sent sent = sendFiles({jpeg, plain}, device, newOutbox());
        QCOMPARE(sent.byPath.value(plain).state, StoreOutcome::State::Delivered);
        QCOMPARE(sent.byPath.value(jpeg).state, StoreOutcome::State::Failed);
        QVERIFY2(sent.byPath.value(jpeg).message.contains(QStringLiteral("decompression is off")),
                 qPrintable(sent.byPath.value(jpeg).message));
        QCOMPARE(scp.receivedFiles().size(), 1);
    }

    void aRefusedTransferSyntaxIsNamedNotTheSopClass()
    {
        // Reason 4 (transfer syntaxes not supported) once read "the PACS does not accept CT Image Storage".
        StoreScp scp({QStringLiteral("-xf"), writeProfile(), QStringLiteral("CtJpegOnly")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QString ct = pydicomFile(QStringLiteral("CT_small.dcm"));
        const Sent sent = sendFiles({ct, pydicomFile(QStringLiteral("MR_small.dcm"))}, deviceFor(QStringLiteral("STORESCP"), scp.port()), newOutbox());
        QCOMPARE(sent.summary.delivered, 1);
        const QString message = sent.byPath.value(ct).message;
        QCOMPARE(sent.byPath.value(ct).state, StoreOutcome::State::Failed);
        QVERIFY2(message.contains(QStringLiteral("accepts CT Image Storage, but in none of the transfer syntaxes offered")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Little Endian Explicit")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("does not accept CT Image Storage")));
    }

    void sopClassThePeerDoesNotTake()
    {
        StoreScp scp({QStringLiteral("-xf"), writeProfile(), QStringLiteral("UncompressedOnly")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QString plan = pydicomFile(QStringLiteral("rtplan.dcm"));
        const Sent sent = sendFiles({plan, pydicomFile(QStringLiteral("MR_small.dcm"))},
                                    deviceFor(QStringLiteral("STORESCP"), scp.port()), newOutbox());
        QCOMPARE(sent.summary.delivered, 1);
        QCOMPARE(sent.byPath.value(plan).state, StoreOutcome::State::Failed);
        QVERIFY2(sent.byPath.value(plan).message.contains(QStringLiteral("does not accept RT Plan Storage")),
                 qPrintable(sent.byPath.value(plan).message));
    }

    void peerThatAbortsFailsEachFileVisibly()
    {
        StoreScp scp({QStringLiteral("--abort-after")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList files{pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm")),
                                pydicomFile(QStringLiteral("rtdose.dcm"))};
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.parallelAssociations = 1;
        const Sent sent = sendFiles(files, device, newOutbox());
        QCOMPARE(sent.summary.failed, 3);
        QCOMPARE(sent.byPath.size(), 3);
        for (const StoreOutcome &o : sent.byPath)
            QVERIFY2(o.message.contains(QStringLiteral("aborted")), qPrintable(o.message));
    }

    void peerThatHangsIsBoundedByTheDimseTimeout()
    {
        // storescp sleeps 6 s inside every C-STORE; the device allows 2 s for a response.
        StoreScp scp({QStringLiteral("--sleep-during"), QStringLiteral("6")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.dimseTimeout = 2;
        device.parallelAssociations = 1;
        const QString file = pydicomFile(QStringLiteral("CT_small.dcm"));
        QElapsedTimer timer;
        timer.start();
        const Sent sent = sendFiles({file}, device, newOutbox());
        QVERIFY2(timer.elapsed() < 5500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(sent.byPath.value(file).state, StoreOutcome::State::Failed);
        QVERIFY2(sent.byPath.value(file).message.contains(QStringLiteral("no response from 127.0.0.1:%1 within 2 s").arg(scp.port())),
                 qPrintable(sent.byPath.value(file).message));
    }

    void damagedFilesBesideGoodOnes()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString zero = m_dir.filePath(QStringLiteral("zero.dcm"));
        QFile(zero).open(QIODevice::WriteOnly);
        const QString text = m_dir.filePath(QStringLiteral("letter.txt"));
        QFile t(text);
        t.open(QIODevice::WriteOnly);
        t.write("Dear colleague,\n");
        t.close();
        const QString truncated = pydicomFile(QStringLiteral("MR_truncated.dcm"));
        const QStringList good{pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("rtstruct.dcm"))};

        const Sent sent = sendFiles({truncated, good[0], zero, text, good[1]},
                                    deviceFor(orthanc.aeTitle(), orthanc.dicomPort()), newOutbox());
        QCOMPARE(sent.summary.delivered, 2);
        QCOMPARE(sent.rejected.size(), 3);
        QVERIFY(sent.rejected.value(truncated).contains(QStringLiteral("damaged DICOM file")));
        QVERIFY(sent.rejected.value(zero).contains(QStringLiteral("empty file")));
        QVERIFY(sent.rejected.value(text).contains(QStringLiteral("not a DICOM file")));
        QStringList expected{sopInstanceUidOf(good[0]), sopInstanceUidOf(good[1])};
        expected.sort();
        QCOMPARE(orthanc.sopInstanceUids(), expected);
        // The rejected files are in the outbox as failed, with their reasons.
        auto outbox = Outbox::open(sent.outboxPath);
        int failed = 0;
        const QList<OutboxEntry> entries = *outbox->entries();
        for (const OutboxEntry &e : entries)
            failed += e.state == OutboxEntry::State::Failed && !e.result.isEmpty();
        QCOMPARE(failed, 3);
    }

    void everyStorageSopClassOnAsManyAssociationsAsNeeded()
    {
        const QString dir = m_dir.filePath(QStringLiteral("allclasses"));
        QDir().mkpath(dir);
        QStringList files;
        QSet<QString> classes;
        for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i) {
            DcmFileFormat file;
            DcmDataset *ds = file.getDataset();
            char uid[100];
            ds->putAndInsertString(DCM_SOPClassUID, dcmAllStorageSOPClassUIDs[i]);
            ds->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
            ds->putAndInsertString(DCM_StudyInstanceUID, "1.2.826.0.1.3680043.10.1078.1");
            ds->putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
            ds->putAndInsertString(DCM_PatientID, "PD-TEST");
            const QString path = dir + QStringLiteral("/c%1.dcm").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
            files << path;
            classes.insert(QString::fromLatin1(dcmAllStorageSOPClassUIDs[i]));
        }
        QVERIFY(files.size() > 128); // so more than one association is needed

        StoreScp scp({QStringLiteral("-v")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.parallelAssociations = 1;
        const Sent sent = sendFiles(files, device, newOutbox());
        QVERIFY2(sent.summary.failed == 0, qPrintable(outcomeText(sent).left(3000)));
        QCOMPARE(sent.summary.delivered, files.size());

        QSet<QString> received;
        for (const QString &r : scp.receivedFiles())
            received.insert(readDicomFileInfo(r)->sopClassUid);
        QCOMPARE(received, classes);
        scp.stop();
        QFile log(scp.tempDir() + QStringLiteral("/storescp.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        // Each file proposes its own syntax and a fallback: 2 contexts per SOP class here.
        const auto associations = log.readAll().count("Association Acknowledged");
        const qsizetype contexts = 2 * files.size();
        QCOMPARE(associations, (contexts + kMaxContextsPerAssociation - 1) / kMaxContextsPerAssociation);
    }
};

PACSDROP_TEST_MAIN(TestSendFailures)
#include "tst_send_failures.moc"
