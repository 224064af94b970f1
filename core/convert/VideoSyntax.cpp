#include "convert/VideoSyntax.h"

#include <cmath>

namespace pacsdrop {

namespace {

constexpr int kH264ProfileConstrainedBaseline = 66 | (1 << 9);
constexpr int kH264ProfileMain = 77;
constexpr int kH264ProfileHigh = 100;
constexpr int kMpeg2ProfileMain = 4;
constexpr int kMpeg2LevelMain = 8;
constexpr int kMpeg2LevelHigh = 4;
constexpr int kHevcProfileMain = 1;
constexpr int kHevcProfileMain10 = 2;
constexpr int kHevcLevel51 = 153;                    // general_level_idc = 30 x level
constexpr double kHevcLevel51MaxLumaPicture = 8912896;   // H.265 Table A.8
constexpr double kHevcLevel51MaxLumaRate = 534773760;

const QString kMpeg2Method = QStringLiteral("ISO_13818_2");
const QString kH264Method = QStringLiteral("ISO_14496_10");
const QString kHevcMethod = QStringLiteral("ISO_23008_2");

VideoSyntaxChoice no(const QString &why) { return {{}, {}, why}; }

bool near(double rate, double target) { return std::abs(rate - target) < 0.01; }

bool isMp4(const VideoInfo &info)
{
    return info.container.startsWith(QLatin1String("mov,mp4")) && info.majorBrand != QLatin1String("qt  ");
}

bool isMpegTs(const VideoInfo &info) { return info.container == QLatin1String("mpegts"); }

QString commonProblem(const VideoInfo &info)
{
    if (info.variableFrameRate)
        return QStringLiteral("variable frame rate");
    if (info.sampleAspectNum != info.sampleAspectDen) // PS3.5 8.2.6-8.2.11: square pixels only
        return QStringLiteral("non-square pixels (%1:%2)").arg(info.sampleAspectNum).arg(info.sampleAspectDen);
    return {};
}

// H.264 within High Profile up to the given level (41 or 42), H.264 Table A-1 limits.
QString h264Problem(const VideoInfo &info, int maxLevel)
{
    if (info.codec != QLatin1String("h264"))
        return QStringLiteral("%1 video is not H.264").arg(info.codec);
    if (info.profile != kH264ProfileHigh && info.profile != kH264ProfileMain && info.profile != kH264ProfileConstrainedBaseline)
        return QStringLiteral("H.264 profile %1 is not within High Profile").arg(info.profile);
    if (info.level <= 0 || info.level > maxLevel)
        return QStringLiteral("H.264 level %1.%2 is above %3.%4").arg(info.level / 10).arg(info.level % 10).arg(maxLevel / 10).arg(maxLevel % 10);
    if (info.pixelFormat != QLatin1String("yuv420p") && info.pixelFormat != QLatin1String("yuvj420p"))
        return QStringLiteral("H.264 in %1; DICOM needs 8-bit 4:2:0").arg(info.pixelFormat);
    if (info.width > 1920 || info.height > 1080)
        return QStringLiteral("%1x%2 is larger than 1920x1080").arg(info.width).arg(info.height);
    const double macroblocksPerSecond = std::ceil(info.width / 16.0) * std::ceil(info.height / 16.0) * info.frameRate();
    const double maxMacroblocksPerSecond = maxLevel >= 42 ? 522240 : 245760;
    if (macroblocksPerSecond > maxMacroblocksPerSecond || info.frameRate() > (maxLevel >= 42 ? 60.01 : 30.01 * 2))
        return QStringLiteral("%1 frames/s at %2x%3 exceeds level %4.%5").arg(info.frameRate(), 0, 'f', 2).arg(info.width).arg(info.height)
            .arg(maxLevel / 10).arg(maxLevel % 10);
    return commonProblem(info);
}

VideoSyntaxChoice h264(const VideoInfo &info, int maxLevel)
{
    if (const QString why = h264Problem(info, maxLevel); !why.isEmpty())
        return no(why);
    // Level 4.2 (.104) only where the stream needs it: a level or rate beyond 4.1.
    const bool within41 = h264Problem(info, 41).isEmpty();
    const QString uid = within41 ? QStringLiteral("1.2.840.10008.1.2.4.102") : QStringLiteral("1.2.840.10008.1.2.4.104");
    return {uid, kH264Method, {}, !(isMp4(info) || isMpegTs(info))};
}

// PS3.5 Table 8-4: the Blu-ray sizes and rates.
VideoSyntaxChoice h264BluRay(const VideoInfo &info)
{
    if (const QString why = h264Problem(info, 41); !why.isEmpty())
        return no(why);
    const double r = info.frameRate();
    const bool film = near(r, 24) || near(r, 24000.0 / 1001);
    bool allowed = false;
    if (info.width == 1920 && info.height == 1080)
        allowed = info.interlaced ? (near(r, 25) || near(r, 30000.0 / 1001)) : film;
    else if (info.width == 1280 && info.height == 720)
        allowed = !info.interlaced && (film || near(r, 50) || near(r, 60000.0 / 1001));
    if (!allowed)
        return no(QStringLiteral("%1x%2 at %3 frames/s%4 is not a Blu-ray size and rate")
                      .arg(info.width).arg(info.height).arg(r, 0, 'f', 2).arg(info.interlaced ? QStringLiteral(" interlaced") : QString()));
    return {QStringLiteral("1.2.840.10008.1.2.4.103"), kH264Method, {}, !(isMp4(info) || isMpegTs(info))};
}

VideoSyntaxChoice mpeg2(const VideoInfo &info, std::optional<bool> highLevel)
{
    if (info.codec != QLatin1String("mpeg2video"))
        return no(QStringLiteral("%1 video is not MPEG-2").arg(info.codec));
    if (info.profile != kMpeg2ProfileMain)
        return no(QStringLiteral("MPEG-2 profile %1 is not Main Profile").arg(info.profile));
    const bool container = info.container == QLatin1String("mpeg") || isMpegTs(info) || info.container == QLatin1String("mpegvideo");
    if (!container)
        return no(QStringLiteral("MPEG-2 in a %1 container").arg(info.container.section(u',', 0, 0)));
    if (info.variableFrameRate)
        return no(QStringLiteral("variable frame rate"));
    const double r = info.frameRate();
    const bool pal = near(r, 25), ntsc = near(r, 30000.0 / 1001) || near(r, 30);
    if (highLevel != true && info.level == kMpeg2LevelMain) { // PS3.5 Table 8-1
        if (info.width <= 720 && ((pal && info.height <= 576) || (ntsc && info.height <= 480)))
            return {QStringLiteral("1.2.840.10008.1.2.4.100"), kMpeg2Method, {}};
        return no(QStringLiteral("MPEG-2 MP@ML at %1x%2, %3 frames/s is neither PAL (720x576, 25) nor NTSC (720x480, 29.97)")
                      .arg(info.width).arg(info.height).arg(r, 0, 'f', 2));
    }
    if (highLevel != false && info.level == kMpeg2LevelHigh) { // PS3.5 Table 8-2
        const bool hd1080 = info.width == 1920 && info.height == 1080 && (pal || ntsc);
        const bool hd720 = info.width == 1280 && info.height == 720 && (pal || ntsc || near(r, 50) || near(r, 60000.0 / 1001) || near(r, 60));
        if ((hd1080 || hd720) && info.sampleAspectNum == info.sampleAspectDen)
            return {QStringLiteral("1.2.840.10008.1.2.4.101"), kMpeg2Method, {}};
        return no(QStringLiteral("MPEG-2 MP@HL at %1x%2, %3 frames/s is not 1280x720 or 1920x1080 at an allowed rate")
                      .arg(info.width).arg(info.height).arg(r, 0, 'f', 2));
    }
    return no(QStringLiteral("MPEG-2 level %1 is not %2").arg(info.level)
                  .arg(highLevel == true ? QStringLiteral("High Level") : highLevel == false ? QStringLiteral("Main Level") : QStringLiteral("Main or High Level")));
}

VideoSyntaxChoice hevc(const VideoInfo &info)
{
    if (info.codec != QLatin1String("hevc"))
        return no(QStringLiteral("%1 video is not HEVC").arg(info.codec));
    const bool main10 = info.profile == kHevcProfileMain10;
    if (info.profile != kHevcProfileMain && !main10)
        return no(QStringLiteral("HEVC profile %1 is neither Main nor Main 10").arg(info.profile));
    if (info.level <= 0 || info.level > kHevcLevel51)
        return no(QStringLiteral("HEVC level %1 is above 5.1").arg(info.level / 30.0, 0, 'f', 1));
    const QLatin1String expected = main10 ? QLatin1String("yuv420p10le") : QLatin1String("yuv420p");
    if (info.pixelFormat != expected)
        return no(QStringLiteral("HEVC in %1; DICOM needs 4:2:0 at 8 bits (Main) or 10 bits (Main 10)").arg(info.pixelFormat));
    const double picture = double(info.width) * info.height;
    if (picture > kHevcLevel51MaxLumaPicture || picture * info.frameRate() > kHevcLevel51MaxLumaRate)
        return no(QStringLiteral("%1x%2 at %3 frames/s exceeds level 5.1").arg(info.width).arg(info.height).arg(info.frameRate(), 0, 'f', 2));
    if (const QString why = commonProblem(info); !why.isEmpty())
        return no(why);
    // MP4 readers (dcm4che, Weasis) expect the "hvc1" sample entry; FFmpeg writes "hev1".
    const bool carried = isMpegTs(info) || (isMp4(info) && info.sampleEntry == QLatin1String("hvc1"));
    VideoSyntaxChoice choice{main10 ? QStringLiteral("1.2.840.10008.1.2.4.108") : QStringLiteral("1.2.840.10008.1.2.4.107"),
                             kHevcMethod, {}, !carried};
    choice.bitsStored = main10 ? 10 : 8;
    return choice;
}

} // namespace

VideoSyntaxChoice chooseVideoSyntax(const VideoInfo &info, VideoFormat format)
{
    if (info.rotated) // DICOM cannot say "show this turned": the picture must be turned itself
        return no(QStringLiteral("the video is stored sideways and shown rotated"));
    switch (format) {
    case VideoFormat::Mpeg2MainLevel:
        return mpeg2(info, false);
    case VideoFormat::Mpeg2HighLevel:
        return mpeg2(info, true);
    case VideoFormat::H264HighLevel41:
        return h264(info, 41);
    case VideoFormat::H264BluRay:
        return h264BluRay(info);
    case VideoFormat::Auto:
        break;
    }
    if (info.codec == QLatin1String("mpeg2video"))
        return mpeg2(info, std::nullopt);
    if (info.codec == QLatin1String("h264"))
        return h264(info, 42);
    if (info.codec == QLatin1String("hevc"))
        return hevc(info);
    return no(QStringLiteral("%1 video has no DICOM transfer syntax").arg(info.codec));
}

QString audioProblem(const VideoInfo &info, const QString &transferSyntaxUid, bool inTransportStream)
{
    const QString &codec = info.audioCodec;
    if (codec.isEmpty())
        return {};
    const int rate = info.audioSampleRate;
    const bool mp3 = codec == QLatin1String("mp3") && (rate == 32000 || rate == 44100 || rate == 48000) && info.audioChannels <= 2;
    if (transferSyntaxUid.endsWith(QLatin1String(".100")) || transferSyntaxUid.endsWith(QLatin1String(".101")))
        return mp3 ? QString() : QStringLiteral("%1 audio (MPEG-2 video in DICOM allows MP3 only)").arg(codec);
    if (mp3)
        return {};
    if (codec == QLatin1String("aac")) {
        if (rate != 48000)
            return QStringLiteral("AAC audio at %1 Hz (DICOM allows 48 kHz)").arg(rate);
        if (info.audioChannels != 2 && info.audioChannels != 6)
            return QStringLiteral("AAC audio with %1 channel(s) (DICOM allows stereo or 5.1)").arg(info.audioChannels);
        return {};
    }
    if (codec == QLatin1String("mp2"))
        return {};
    if (inTransportStream && rate == 48000 && (codec == QLatin1String("ac3") || codec.startsWith(QLatin1String("pcm_"))))
        return {};
    return QStringLiteral("%1 audio (DICOM video in MP4 allows AAC, MP3 or MPEG-1 Layer II)").arg(codec);
}

namespace {

struct FormatFacts {
    const char *name;
    const char *transcodeSyntax;
};

FormatFacts factsOf(VideoFormat format)
{
    switch (format) {
    case VideoFormat::Mpeg2MainLevel:
        return {"MPEG-2 MP@ML", "1.2.840.10008.1.2.4.100"};
    case VideoFormat::Mpeg2HighLevel:
        return {"MPEG-2 MP@HL", "1.2.840.10008.1.2.4.101"};
    case VideoFormat::H264BluRay:
        return {"H.264 BD-compatible High@4.1", "1.2.840.10008.1.2.4.103"};
    case VideoFormat::Auto:
    case VideoFormat::H264HighLevel41:
        break;
    }
    return {"H.264 High@4.1", "1.2.840.10008.1.2.4.102"};
}

} // namespace

QString videoFormatName(VideoFormat format) { return QString::fromLatin1(factsOf(format).name); }

QString transcodeSyntax(VideoFormat format) { return QString::fromLatin1(factsOf(format).transcodeSyntax); }

} // namespace pacsdrop
