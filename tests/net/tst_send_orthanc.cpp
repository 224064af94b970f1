// Real files into a real PACS: pydicom's samples (CT, MR, RT, compressed, big-endian, implicit,
// character sets) go to Orthanc; its REST API must show exactly those SOP Instance UIDs, and
// each stored object must equal what was sent, element by element and pixel byte by byte.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "convert/Converter.h"

#include <QDir>
#include <QHash>
#include <QSet>
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
        // Every kind of object PacsDrop makes is stored by a real PACS in the syntax it was made in:
        // encapsulated and re-encoded JPEG, VL Photographic, lossless 8/16-bit gray and 16-bit colour, multi-page
        // images, PDF and its page images, and video in every DICOM video syntax it writes.
        const QString in = m_dir.filePath(QStringLiteral("convert-in"));
        QDir().mkpath(in);
        auto make = [](const QString &program, const QStringList &arguments) {
            return QProcess::execute(program, arguments) == 0;
        };
        const QString im = QStringLiteral("/usr/bin/convert");
        QVERIFY(make(im, {QStringLiteral("-size"), QStringLiteral("64x48"), QStringLiteral("gradient:red-blue"), in + QStringLiteral("/photo.jpg")}));
        QVERIFY(make(im, {QStringLiteral("-size"), QStringLiteral("64x48"), QStringLiteral("gradient:red-blue"), QStringLiteral("-interlace"),
                          QStringLiteral("JPEG"), in + QStringLiteral("/progressive.jpeg")}));
        QVERIFY(make(im, {QStringLiteral("-size"), QStringLiteral("64x48"), QStringLiteral("gradient:white-black"), in + QStringLiteral("/scan.png")}));
        QVERIFY(make(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("gradient:white-black"), QStringLiteral("-colorspace"),
                          QStringLiteral("Gray"), QStringLiteral("-depth"), QStringLiteral("16"), in + QStringLiteral("/gray16.png")}));
        QVERIFY(make(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("-depth"), QStringLiteral("16"),
                          QStringLiteral("gradient:#0123A0B0C0D0-#F0E0D0C0B0A1"), QStringLiteral("PNG48:") + in + QStringLiteral("/rgb48.png")}));
        QVERIFY(make(im, {QStringLiteral("-size"), QStringLiteral("30x20"), QStringLiteral("xc:red"), QStringLiteral("-size"), QStringLiteral("30x20"),
                          QStringLiteral("xc:blue"), in + QStringLiteral("/pages.tif")}));
        QVERIFY(make(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"),
                                                        in + QStringLiteral("/letter.pdf"), QStringLiteral("2")}));
        auto video = [&](const QString &name, const QString &source, const QStringList &options) {
            return make(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                                              QStringLiteral("lavfi"), QStringLiteral("-i"), source}
                                                      + options + QStringList{in + u'/' + name});
        };
        const QStringList x264{QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
        const QStringList x265{QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-x265-params"), QStringLiteral("log-level=error")};
        QVERIFY(video(QStringLiteral("clip.mp4"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringList{QStringLiteral("-t"), QStringLiteral("1")} + x264));
        QVERIFY(video(QStringLiteral("fast.mp4"), QStringLiteral("testsrc=size=1920x1080:rate=50"),
                      QStringList{QStringLiteral("-t"), QStringLiteral("0.3"), QStringLiteral("-level"), QStringLiteral("4.2")} + x264));
        QVERIFY(video(QStringLiteral("dvd.mpg"), QStringLiteral("testsrc=size=720x576:rate=25"),
                      {QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("mpeg2video")}));
        QVERIFY(video(QStringLiteral("hevc.mp4"), QStringLiteral("testsrc=size=320x240:rate=25"),
                      QStringList{QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")} + x265));
        QVERIFY(video(QStringLiteral("hevc10.mp4"), QStringLiteral("testsrc=size=320x240:rate=25"),
                      QStringList{QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p10le")} + x265));
        QVERIFY(video(QStringLiteral("web.webm"), QStringLiteral("testsrc=size=320x240:rate=25"),
                      {QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libvpx-vp9")}));
        StudyData data;
        data.patientName = PersonName::fromDicom(QStringLiteral("Γιάννης^Παπαδόπουλος"));
        data.patientId = QStringLiteral("PD-77");
        data.studyInstanceUid = newUid();

        // Three site configurations over the same study: defaults; clinic rules (VL Photographic
        // for .jpg, page images); and each fixed video format.
        ConversionSettings clinic;
        clinic.sopClassByExtension.insert(QStringLiteral("jpg"), ImageSopClass::VlPhotographic);
        clinic.pdfPageImages = true;
        struct Run {
            QStringList files;
            ConversionSettings settings;
        };
        QList<Run> runs{{{QStringLiteral("photo.jpg"), QStringLiteral("progressive.jpeg"), QStringLiteral("scan.png"), QStringLiteral("gray16.png"), QStringLiteral("rgb48.png"),
                          QStringLiteral("pages.tif"), QStringLiteral("letter.pdf"), QStringLiteral("clip.mp4"), QStringLiteral("fast.mp4"),
                          QStringLiteral("dvd.mpg"), QStringLiteral("hevc.mp4"), QStringLiteral("hevc10.mp4"), QStringLiteral("web.webm")}, {}},
                        {{QStringLiteral("photo.jpg"), QStringLiteral("letter.pdf")}, clinic}};
        for (VideoFormat format : {VideoFormat::Mpeg2MainLevel, VideoFormat::Mpeg2HighLevel, VideoFormat::H264BluRay}) {
            ConversionSettings fixed;
            fixed.videoFormat = format;
            runs.append({{QStringLiteral("clip.mp4")}, fixed});
        }
        QStringList made, expected;
        QHash<QString, QString> syntaxByUid;
        int run = 0;
        for (const Run &r : runs) {
            QStringList paths;
            for (const QString &f : r.files)
                paths << in + u'/' + f;
            for (const ConversionItem &item : convertFiles(paths, data, m_dir.filePath(QStringLiteral("convert-out-%1").arg(run++)), r.settings)) {
                QVERIFY2(!item.error, qPrintable(item.source + QStringLiteral(": ") + (item.error ? item.error->message : QString())));
                for (const ConvertedObject &o : item.objects) {
                    made << o.path;
                    expected << o.sopInstanceUid;
                    syntaxByUid.insert(o.sopInstanceUid, o.transferSyntaxUid);
                }
            }
        }
        // Every syntax PacsDrop writes is among them.
        const QSet<QString> syntaxes(syntaxByUid.cbegin(), syntaxByUid.cend());
        for (const char *ts : {"1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.101",
                               "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.103", "1.2.840.10008.1.2.4.104", "1.2.840.10008.1.2.4.107",
                               "1.2.840.10008.1.2.4.108"})
            QVERIFY2(syntaxes.contains(QString::fromLatin1(ts)), ts);
        const Sent sent = sendFiles(made, deviceFor(m_orthanc.aeTitle(), m_orthanc.dicomPort()),
                                    m_dir.filePath(QStringLiteral("outbox-converted.sqlite")));
        for (auto it = sent.byPath.cbegin(); it != sent.byPath.cend(); ++it)
            QVERIFY2(it.value().state == StoreOutcome::State::Delivered, qPrintable(it.key() + QStringLiteral(": ") + it.value().message));
        QCOMPARE(sent.summary.delivered, made.size());
        expected.sort();
        QCOMPARE(m_orthanc.sopInstanceUids(), expected);
        // Stored as made: no syntax was changed on the way.
        for (auto it = syntaxByUid.cbegin(); it != syntaxByUid.cend(); ++it) {
            const QString copy = m_dir.filePath(QStringLiteral("stored-") + it.key());
            QFile out(copy);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(m_orthanc.instanceFile(it.key()));
            out.close();
            QCOMPARE(transferSyntaxOf(copy), it.value());
        }
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
