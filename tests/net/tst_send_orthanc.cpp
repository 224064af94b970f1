// Real files into a real PACS: pydicom's samples (CT, MR, RT, compressed, big-endian, implicit,
// character sets) go to Orthanc; its REST API must show exactly those SOP Instance UIDs, and
// each stored object must equal what was sent, element by element and pixel byte by byte.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "convert/Converter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestSendOrthanc : public QObject {
    Q_OBJECT
    Orthanc m_orthanc;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY2(m_orthanc.start(), qPrintable(m_orthanc.lastError())); }
    void cleanupTestCase() { m_orthanc.stop(); }
    void init() { QVERIFY(m_orthanc.clear()); }

    // Several samples are one instance in different encodings (same SOP Instance UID), so each
    // is sent on its own to an emptied Orthanc.
    void arrivesExactlyAndUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sameSyntax"); // stored in the syntax it was sent in
        for (const char *name : {"CT_small.dcm", "MR_small.dcm", "MR_small_implicit.dcm", "rtplan.dcm", "rtdose.dcm",
                                 "rtstruct.dcm", "JPEG-lossy.dcm", "JPGExtended.dcm", "MR_small_jpeg_ls_lossless.dcm",
                                 "MR_small_RLE.dcm", "SC_rgb_rle.dcm", "JPEG2000.dcm", "MR_small_jp2klossless.dcm",
                                 "waveform_ecg.dcm", "test-SR.dcm", "liver_1frame.dcm"})
            QTest::newRow(name) << pydicomFile(QString::fromLatin1(name)) << true;
        // Big-endian syntaxes are retired; these go as little endian (same values, swapped bytes).
        for (const char *name : {"MR_small_bigendian.dcm", "ExplVR_BigEnd.dcm"})
            QTest::newRow(name) << pydicomFile(QString::fromLatin1(name)) << false;
        // A bare dataset without the Part 10 header.
        QTest::newRow("ExplVR_LitEndNoMeta.dcm") << pydicomFile(QStringLiteral("ExplVR_LitEndNoMeta.dcm")) << false;
        for (const char *name : {"chrH31.dcm", "chrGreek.dcm", "chrX1.dcm", "chrArab.dcm", "chrKoreanMulti.dcm", "chrRuss.dcm"})
            QTest::newRow(name) << pydicomCharsetFile(QString::fromLatin1(name)) << true;
    }

    void arrivesExactlyAndUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(bool, sameSyntax);
        const QString uid = sopInstanceUidOf(file);
        QVERIFY(!uid.isEmpty());
        const Sent sent = sendFiles({file}, deviceFor(m_orthanc.aeTitle(), m_orthanc.dicomPort()),
                                    m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(QFileInfo(file).baseName())));
        QVERIFY(sent.rejected.isEmpty());
        QCOMPARE(sent.byPath.size(), 1);
        QVERIFY2(sent.byPath.value(file).state == StoreOutcome::State::Delivered, qPrintable(sent.byPath.value(file).message));
        QCOMPARE(m_orthanc.sopInstanceUids(), QStringList{uid});

        const QByteArray stored = m_orthanc.instanceFile(uid);
        QVERIFY(!stored.isEmpty());
        const QString copy = m_dir.filePath(QStringLiteral("stored-") + QFileInfo(file).fileName());
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(stored);
        out.close();
        if (sameSyntax) // Orthanc accepts every syntax: nothing may be transcoded on the way
            QCOMPARE(transferSyntaxOf(copy), transferSyntaxOf(file));
        const QString differences = compareDicom(file, copy);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void aBatchOfRealFilesArrivesComplete()
    {
        // One file per distinct instance, all in one batch.
        QStringList files;
        QStringList expected;
        for (const char *name : {"CT_small.dcm", "MR_small_RLE.dcm", "rtplan.dcm", "rtdose.dcm", "rtstruct.dcm",
                                 "JPEG-lossy.dcm", "JPEG2000.dcm", "waveform_ecg.dcm", "test-SR.dcm", "liver_1frame.dcm",
                                 "dicomdirtests/DICOMDIR"}) {
            files << pydicomFile(QString::fromLatin1(name));
        }
        const Sent sent = sendFiles(files, deviceFor(m_orthanc.aeTitle(), m_orthanc.dicomPort()),
                                    m_dir.filePath(QStringLiteral("outbox-batch.sqlite")));
        for (auto it = sent.byPath.cbegin(); it != sent.byPath.cend(); ++it) {
            QVERIFY2(it->state == StoreOutcome::State::Delivered, qPrintable(it.key() + QStringLiteral(": ") + it->message));
            expected << sopInstanceUidOf(it.key());
        }
        QCOMPARE(sent.byPath.size(), 10 + 31); // ten files and the 31 a DICOMDIR lists
        expected.sort();
        QCOMPARE(m_orthanc.sopInstanceUids(), expected);
    }

    void convertedObjectsAreAccepted()
    {
        // Objects PacsDrop makes (encapsulated JPEG, lossless image, PDF, H.264 video) are stored by a real PACS.
        const QString in = m_dir.filePath(QStringLiteral("convert-in"));
        QDir().mkpath(in);
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("64x48"),
                                  QStringLiteral("gradient:red-blue"), in + QStringLiteral("/photo.jpg")}) == 0);
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("64x48"),
                                  QStringLiteral("gradient:white-black"), in + QStringLiteral("/scan.png")}) == 0);
        QVERIFY(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"),
                                  in + QStringLiteral("/letter.pdf"), QStringLiteral("2")}) == 0);
        QVERIFY(QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"),
                                  QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-t"),
                                  QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                  QStringLiteral("yuv420p"), in + QStringLiteral("/clip.mp4")}) == 0);
        StudyData data;
        data.patientName = PersonName::fromDicom(QStringLiteral("Γιάννης^Παπαδόπουλος"));
        data.patientId = QStringLiteral("PD-77");
        QStringList made, expected;
        for (const ConversionItem &item : convertFiles({in + QStringLiteral("/photo.jpg"), in + QStringLiteral("/scan.png"),
                                                        in + QStringLiteral("/letter.pdf"), in + QStringLiteral("/clip.mp4")},
                                                       data, m_dir.filePath(QStringLiteral("convert-out")))) {
            QVERIFY2(!item.error, qPrintable(item.error ? item.error->message : QString()));
            for (const ConvertedObject &o : item.objects) {
                made << o.path;
                expected << o.sopInstanceUid;
            }
        }
        QCOMPARE(made.size(), 4);
        const Sent sent = sendFiles(made, deviceFor(m_orthanc.aeTitle(), m_orthanc.dicomPort()),
                                    m_dir.filePath(QStringLiteral("outbox-converted.sqlite")));
        QCOMPARE(sent.summary.delivered, 4);
        expected.sort();
        QCOMPARE(m_orthanc.sopInstanceUids(), expected);
    }

    void parallelAssociationsDeliverEveryFile()
    {
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("series")), 60);
        QCOMPARE(files.size(), 60);
        Device device = deviceFor(m_orthanc.aeTitle(), m_orthanc.dicomPort());
        device.parallelAssociations = 4;
        const Sent sent = sendFiles(files, device, m_dir.filePath(QStringLiteral("outbox2.sqlite")));
        QCOMPARE(sent.summary.delivered, 60);
        QCOMPARE(sent.summary.failed, 0);
        QCOMPARE(m_orthanc.sopInstanceUids().size(), 60);
    }
};

PACSDROP_TEST_MAIN(TestSendOrthanc)
#include "tst_send_orthanc.moc"
