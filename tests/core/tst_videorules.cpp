// The video rules as pure functions: which transfer syntax a stream meets as it is (PS3.5
// 8.2.5-8.2.11) for each video format setting, and the frame a transcode makes.

#include "TestMain.h"
#include "convert/VideoSyntax.h"
#include "convert/VideoTranscodePlan.h"

#include <QTest>

using namespace pacsdrop;

Q_DECLARE_METATYPE(pacsdrop::VideoInfo)

namespace {

VideoInfo h264(int width, int height, int rateNum, int rateDen = 1, int level = 41)
{
    VideoInfo v;
    v.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
    v.majorBrand = QStringLiteral("isom");
    v.codec = QStringLiteral("h264");
    v.profile = 100;
    v.level = level;
    v.width = width;
    v.height = height;
    v.pixelFormat = QStringLiteral("yuv420p");
    v.frameRateNum = rateNum;
    v.frameRateDen = rateDen;
    v.sampleEntry = QStringLiteral("avc1");
    return v;
}

VideoInfo mpeg2(int width, int height, int rateNum, int rateDen, int level)
{
    VideoInfo v = h264(width, height, rateNum, rateDen);
    v.container = QStringLiteral("mpeg");
    v.codec = QStringLiteral("mpeg2video");
    v.profile = 4;
    v.level = level;
    return v;
}

} // namespace

class TestVideoRules : public QObject {
    Q_OBJECT

private slots:
    void syntaxForEachFormat_data()
    {
        QTest::addColumn<VideoInfo>("info");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("syntax"); // or words of why not
        const int autoFormat = int(VideoFormat::Auto);
        VideoInfo interlaced = h264(1920, 1080, 25);
        interlaced.interlaced = true;
        VideoInfo hev1 = h264(1280, 720, 30);
        hev1.codec = QStringLiteral("hevc");
        hev1.profile = 1;
        hev1.level = 120;
        hev1.sampleEntry = QStringLiteral("hev1");
        VideoInfo hevc6 = hev1;
        hevc6.level = 180;
        VideoInfo rotated = h264(1280, 720, 30);
        rotated.rotated = true;
        VideoInfo high10 = h264(1280, 720, 30);
        high10.pixelFormat = QStringLiteral("yuv420p10le");
        VideoInfo mov = h264(1280, 720, 30);
        mov.majorBrand = QStringLiteral("qt  ");
        QTest::newRow("H.264 720p30 auto") << h264(1280, 720, 30) << autoFormat << "1.2.840.10008.1.2.4.102";
        QTest::newRow("H.264 1080p60 level 4.2 auto") << h264(1920, 1080, 60, 1, 42) << autoFormat << "1.2.840.10008.1.2.4.104";
        QTest::newRow("H.264 1080p60 level 4.2 as 4.1") << h264(1920, 1080, 60, 1, 42) << int(VideoFormat::H264HighLevel41) << "above 4.1";
        QTest::newRow("H.264 1080p60 claiming 4.1") << h264(1920, 1080, 60) << autoFormat << "1.2.840.10008.1.2.4.104";
        QTest::newRow("H.264 level 5.1") << h264(1920, 1080, 30, 1, 51) << autoFormat << "above 4.2";
        QTest::newRow("H.264 10-bit") << high10 << autoFormat << "8-bit 4:2:0";
        QTest::newRow("rotated") << rotated << autoFormat << "rotated";
        QTest::newRow("BD 1080 25i") << interlaced << int(VideoFormat::H264BluRay) << "1.2.840.10008.1.2.4.103";
        QTest::newRow("BD 1080p25 refused") << h264(1920, 1080, 25) << int(VideoFormat::H264BluRay) << "not a Blu-ray size";
        QTest::newRow("BD 720p59.94") << h264(1280, 720, 60000, 1001) << int(VideoFormat::H264BluRay) << "1.2.840.10008.1.2.4.103";
        QTest::newRow("BD 1080p23.976") << h264(1920, 1080, 24000, 1001) << int(VideoFormat::H264BluRay) << "1.2.840.10008.1.2.4.103";
        QTest::newRow("H.264 for MPEG-2 setting") << h264(720, 576, 25) << int(VideoFormat::Mpeg2MainLevel) << "not MPEG-2";
        QTest::newRow("MPEG-2 NTSC ML") << mpeg2(720, 480, 30000, 1001, 8) << autoFormat << "1.2.840.10008.1.2.4.100";
        QTest::newRow("MPEG-2 ML 576 at 29.97") << mpeg2(720, 576, 30000, 1001, 8) << autoFormat << "neither PAL";
        QTest::newRow("MPEG-2 HL 1080i25") << mpeg2(1920, 1080, 25, 1, 4) << autoFormat << "1.2.840.10008.1.2.4.101";
        QTest::newRow("MPEG-2 HL 1440x1080") << mpeg2(1440, 1080, 25, 1, 4) << autoFormat << "not 1280x720 or 1920x1080";
        QTest::newRow("MPEG-2 HL 720p60") << mpeg2(1280, 720, 60, 1, 4) << autoFormat << "1.2.840.10008.1.2.4.101";
        QTest::newRow("MPEG-2 HL 1080p60") << mpeg2(1920, 1080, 60, 1, 4) << autoFormat << "not 1280x720 or 1920x1080";
        QTest::newRow("MPEG-2 HL for ML setting") << mpeg2(1920, 1080, 25, 1, 4) << int(VideoFormat::Mpeg2MainLevel) << "not Main Level";
        QTest::newRow("HEVC hev1") << hev1 << autoFormat << "1.2.840.10008.1.2.4.107";
        QTest::newRow("HEVC level 6") << hevc6 << autoFormat << "above 5.1";
        QTest::newRow("QuickTime") << mov << autoFormat << "1.2.840.10008.1.2.4.102";
    }
    void syntaxForEachFormat()
    {
        QFETCH(VideoInfo, info);
        QFETCH(int, format);
        QFETCH(QString, syntax);
        const VideoSyntaxChoice choice = chooseVideoSyntax(info, static_cast<VideoFormat>(format));
        if (syntax.startsWith(QLatin1String("1.2."))) {
            QVERIFY2(choice.whyNot.isEmpty(), qPrintable(choice.whyNot));
            QCOMPARE(choice.transferSyntaxUid, syntax);
        } else {
            QVERIFY(choice.transferSyntaxUid.isEmpty());
            QVERIFY2(choice.whyNot.contains(syntax), qPrintable(choice.whyNot));
        }
    }

    void containerAndSampleEntry()
    {
        VideoInfo mov = h264(1280, 720, 30);
        mov.majorBrand = QStringLiteral("qt  ");
        QVERIFY(chooseVideoSyntax(mov).needsMp4);
        VideoInfo ts = h264(1280, 720, 30);
        ts.container = QStringLiteral("mpegts");
        QVERIFY(!chooseVideoSyntax(ts).needsMp4);
        VideoInfo hevc = h264(1280, 720, 30);
        hevc.codec = QStringLiteral("hevc");
        hevc.profile = 2;
        hevc.level = 93;
        hevc.pixelFormat = QStringLiteral("yuv420p10le");
        hevc.sampleEntry = QStringLiteral("hev1");
        QVERIFY(chooseVideoSyntax(hevc).needsMp4);     // retagged hvc1
        QCOMPARE(chooseVideoSyntax(hevc).bitsStored, 10);
        hevc.sampleEntry = QStringLiteral("hvc1");
        QVERIFY(!chooseVideoSyntax(hevc).needsMp4);
    }

    void audioRules()
    {
        VideoInfo v = h264(1280, 720, 30);
        const QString h264Uid = QStringLiteral("1.2.840.10008.1.2.4.102"), mpeg2Uid = QStringLiteral("1.2.840.10008.1.2.4.100");
        QVERIFY(audioProblem(v, h264Uid, false).isEmpty()); // no audio
        v.audioCodec = QStringLiteral("aac");
        v.audioSampleRate = 48000;
        v.audioChannels = 2;
        QVERIFY(audioProblem(v, h264Uid, false).isEmpty());
        v.audioSampleRate = 44100; // what phones record
        QVERIFY(audioProblem(v, h264Uid, false).contains(QStringLiteral("48 kHz")));
        QVERIFY(!audioProblem(v, mpeg2Uid, false).isEmpty());
        v.audioCodec = QStringLiteral("mp3");
        QVERIFY(audioProblem(v, mpeg2Uid, false).isEmpty());
        v.audioCodec = QStringLiteral("ac3");
        v.audioSampleRate = 48000;
        QVERIFY(!audioProblem(v, h264Uid, false).isEmpty());
        QVERIFY(audioProblem(v, h264Uid, true).isEmpty()); // allowed in MPEG-TS
        v.audioCodec = QStringLiteral("opus");
        QVERIFY(!audioProblem(v, h264Uid, true).isEmpty());
    }

    void transcodeFrames_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSizeF>("shown");
        QTest::addColumn<int>("rateNum");
        QTest::addColumn<int>("rateDen");
        QTest::addColumn<QSize>("frame");
        QTest::addColumn<QRect>("picture");
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("interlaced");
        QTest::addColumn<QSize>("pixelAspect");
        const int h264 = int(VideoFormat::H264HighLevel41);
        QTest::newRow("H.264 4K -> 1080p30") << h264 << QSizeF(3840, 2160) << 30 << 1 << QSize(1920, 1080) << QRect(0, 0, 1920, 1080) << 30.0 << false << QSize(1, 1);
        QTest::newRow("H.264 1080p60 -> 30") << h264 << QSizeF(1920, 1080) << 60 << 1 << QSize(1920, 1080) << QRect(0, 0, 1920, 1080) << 30.0 << false << QSize(1, 1);
        QTest::newRow("H.264 720p60 kept") << h264 << QSizeF(1280, 720) << 60 << 1 << QSize(1280, 720) << QRect(0, 0, 1280, 720) << 60.0 << false << QSize(1, 1);
        QTest::newRow("H.264 29.97 kept exactly") << h264 << QSizeF(640, 480) << 30000 << 1001 << QSize(640, 480) << QRect(0, 0, 640, 480) << 30000.0 / 1001 << false << QSize(1, 1);
        QTest::newRow("H.264 small never enlarged") << h264 << QSizeF(321, 241) << 25 << 1 << QSize(322, 242) << QRect(0, 0, 322, 242) << 25.0 << false << QSize(1, 1);
        QTest::newRow("BD 4:3 at 25 -> 1080i25 pillarbox") << int(VideoFormat::H264BluRay) << QSizeF(640, 480) << 25 << 1 << QSize(1920, 1080) << QRect(240, 0, 1440, 1080) << 25.0 << true << QSize(1, 1);
        QTest::newRow("BD 30 -> 1080i29.97") << int(VideoFormat::H264BluRay) << QSizeF(1920, 1080) << 30 << 1 << QSize(1920, 1080) << QRect(0, 0, 1920, 1080) << 30000.0 / 1001 << true << QSize(1, 1);
        QTest::newRow("BD 60 -> 720p59.94") << int(VideoFormat::H264BluRay) << QSizeF(1920, 1080) << 60 << 1 << QSize(1280, 720) << QRect(0, 0, 1280, 720) << 60000.0 / 1001 << false << QSize(1, 1);
        QTest::newRow("BD 24 -> 1080p24") << int(VideoFormat::H264BluRay) << QSizeF(1920, 1080) << 24 << 1 << QSize(1920, 1080) << QRect(0, 0, 1920, 1080) << 24.0 << false << QSize(1, 1);
        QTest::newRow("MP@ML 16:9 PAL") << int(VideoFormat::Mpeg2MainLevel) << QSizeF(1920, 1080) << 25 << 1 << QSize(720, 576) << QRect(0, 0, 720, 576) << 25.0 << false << QSize(64, 45);
        QTest::newRow("MP@ML 4:3 NTSC") << int(VideoFormat::Mpeg2MainLevel) << QSizeF(640, 480) << 30 << 1 << QSize(720, 480) << QRect(0, 0, 720, 480) << 30000.0 / 1001 << false << QSize(8, 9);
        QTest::newRow("MP@HL portrait letterboxed") << int(VideoFormat::Mpeg2HighLevel) << QSizeF(1080, 1920) << 30 << 1 << QSize(1920, 1080) << QRect(656, 0, 608, 1080) << 30000.0 / 1001 << false << QSize(1, 1);
        QTest::newRow("MP@HL 50 -> 720p50") << int(VideoFormat::Mpeg2HighLevel) << QSizeF(1280, 720) << 50 << 1 << QSize(1280, 720) << QRect(0, 0, 1280, 720) << 50.0 << false << QSize(1, 1);
    }
    void transcodeFrames()
    {
        QFETCH(int, format);
        QFETCH(QSizeF, shown);
        QFETCH(int, rateNum);
        QFETCH(int, rateDen);
        QFETCH(QSize, frame);
        QFETCH(QRect, picture);
        QFETCH(double, rate);
        QFETCH(bool, interlaced);
        QFETCH(QSize, pixelAspect);
        const TranscodePlan plan = planTranscode(static_cast<VideoFormat>(format), shown.width(), shown.height(), rateNum, rateDen);
        QCOMPARE(QSize(plan.width, plan.height), frame);
        QCOMPARE(QRect(plan.pictureX, plan.pictureY, plan.pictureWidth, plan.pictureHeight), picture);
        QVERIFY2(std::abs(double(plan.rateNum) / plan.rateDen - rate) < 1e-6, qPrintable(QStringLiteral("%1/%2").arg(plan.rateNum).arg(plan.rateDen)));
        QCOMPARE(plan.interlaced, interlaced);
        QCOMPARE(QSize(plan.sarNum, plan.sarDen), pixelAspect);
        QVERIFY(plan.pictureX % 2 == 0 && plan.pictureY % 2 == 0 && plan.pictureWidth % 2 == 0 && plan.pictureHeight % 2 == 0);
    }
};

PACSDROP_TEST_MAIN(TestVideoRules)
#include "tst_videorules.moc"
