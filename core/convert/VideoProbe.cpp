#include "convert/VideoProbe.h"
#include "convert/FfmpegText.h"

#include <QFile>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>

namespace pacsdrop {

namespace {

struct FormatContext {
    AVFormatContext *context = nullptr;
    ~FormatContext() { avformat_close_input(&context); }
};

} // namespace

Result<VideoInfo> probeVideo(const QString &path)
{
    routeFfmpegLogs(); // FFmpeg's chatter stays out of the user's terminal
    FormatContext input;
    const QByteArray name = QFile::encodeName(path);
    if (const int rc = avformat_open_input(&input.context, name.constData(), nullptr, nullptr); rc < 0)
        return fail(ErrorCode::DamagedFile, QStringLiteral("cannot open the video: ") + ffmpegErrorText(rc));
    if (const int rc = avformat_find_stream_info(input.context, nullptr); rc < 0)
        return fail(ErrorCode::DamagedFile, QStringLiteral("cannot read the video's streams: ") + ffmpegErrorText(rc));
    const int index = av_find_best_stream(input.context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no video stream in this file (audio only?)"));
    const AVStream *stream = input.context->streams[index];
    const AVCodecParameters *par = stream->codecpar;

    VideoInfo info;
    info.container = QString::fromLatin1(input.context->iformat->name);
    if (const AVDictionaryEntry *brand = av_dict_get(input.context->metadata, "major_brand", nullptr, 0))
        info.majorBrand = QString::fromLatin1(brand->value);
    info.codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    info.profile = par->profile;
    info.level = par->level;
    info.width = par->width;
    info.height = par->height;
    if (const char *fmt = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format)))
        info.pixelFormat = QString::fromLatin1(fmt);
    const AVRational rate = stream->avg_frame_rate.num ? stream->avg_frame_rate : stream->r_frame_rate;
    info.frameRateNum = rate.num;
    info.frameRateDen = rate.den ? rate.den : 1;
    // Container timing that differs from the nominal rate means frames are not evenly spaced.
    info.variableFrameRate = stream->avg_frame_rate.num && stream->r_frame_rate.num
                             && av_cmp_q(stream->avg_frame_rate, stream->r_frame_rate) != 0;
    const AVRational sar = av_guess_sample_aspect_ratio(input.context, const_cast<AVStream *>(stream), nullptr);
    if (sar.num > 0 && sar.den > 0) {
        info.sampleAspectNum = sar.num;
        info.sampleAspectDen = sar.den;
    }
    if (stream->duration > 0)
        info.durationSeconds = double(stream->duration) * av_q2d(stream->time_base);
    else if (input.context->duration > 0)
        info.durationSeconds = double(input.context->duration) / AV_TIME_BASE;
    info.interlaced = par->field_order != AV_FIELD_UNKNOWN && par->field_order != AV_FIELD_PROGRESSIVE;
    if (par->codec_tag) {
        char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
        av_fourcc_make_string(tag, par->codec_tag);
        info.sampleEntry = QString::fromLatin1(tag);
    }
    size_t matrixSize = 0;
    if (const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &matrixSize);
        matrix && matrixSize >= 9 * sizeof(int32_t)) {
        const double angle = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
        info.rotated = !std::isnan(angle) && std::lround(angle) % 360 != 0;
    }
    if (const int audio = av_find_best_stream(input.context, AVMEDIA_TYPE_AUDIO, -1, index, nullptr, 0); audio >= 0) {
        const AVCodecParameters *a = input.context->streams[audio]->codecpar;
        info.audioCodec = QString::fromLatin1(avcodec_get_name(a->codec_id));
        info.audioSampleRate = a->sample_rate;
        info.audioChannels = a->ch_layout.nb_channels;
    }
    info.frames = stream->nb_frames > 0 ? stream->nb_frames : std::llround(info.durationSeconds * info.frameRate());
    return info;
}

} // namespace pacsdrop
