// Video previews: a frame at one of up to 60 positions through the clip (one a second for short
// clips), decoded by FFmpeg and shown with its display aspect (anamorphic PAL/NTSC included).
#include "convert/FfmpegText.h"
#include "preview/PreviewKinds.h"

#include "convert/VideoProbe.h"

#include <QFile>
#include <QLocale>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>

namespace pacsdrop {

namespace {

constexpr int kMostPositions = 60;

QString clock(double seconds)
{
    const int s = static_cast<int>(std::lround(seconds));
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// The frame at (or just after) the given time, as RGB scaled to fit box with the display aspect.
QImage frameAt(const QString &path, double seconds, QSize box)
{
    AVFormatContext *format = nullptr;
    const QByteArray name = QFile::encodeName(path);
    routeFfmpegLogs();
    if (avformat_open_input(&format, name.constData(), nullptr, nullptr) < 0)
        return {};
    QImage image;
    AVCodecContext *decoder = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    const AVCodec *codec = nullptr;
    const int stream = avformat_find_stream_info(format, nullptr) >= 0 ? av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0) : -1;
    if (stream >= 0 && codec && (decoder = avcodec_alloc_context3(codec))
        && avcodec_parameters_to_context(decoder, format->streams[stream]->codecpar) >= 0 && avcodec_open2(decoder, codec, nullptr) >= 0) {
        const AVRational base = format->streams[stream]->time_base;
        const auto target = static_cast<int64_t>(seconds / av_q2d(base));
        if (seconds > 0)
            av_seek_frame(format, stream, target, AVSEEK_FLAG_BACKWARD); // the key frame before; decoded forward from there
        for (int packets = 0; image.isNull() && packets < 2000 && av_read_frame(format, packet) >= 0; ++packets) {
            if (packet->stream_index == stream && avcodec_send_packet(decoder, packet) >= 0) {
                while (image.isNull() && avcodec_receive_frame(decoder, frame) >= 0) {
                    const int64_t pts = frame->best_effort_timestamp;
                    if (seconds > 0 && pts != AV_NOPTS_VALUE && pts < target)
                        continue; // before the position: keep decoding
                    const AVRational aspect = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio : AVRational{1, 1};
                    const QSize shown(static_cast<int>(std::lround(frame->width * av_q2d(aspect))), frame->height);
                    const QSize size = shown.scaled(box.boundedTo(shown), Qt::KeepAspectRatio);
                    QImage rgb(size, QImage::Format_RGB888);
                    SwsContext *scaler = sws_getContext(frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), size.width(),
                                                        size.height(), AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr, nullptr, nullptr);
                    if (scaler) {
                        uint8_t *planes[1] = {rgb.bits()};
                        const int strides[1] = {int(rgb.bytesPerLine())};
                        sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
                        sws_freeContext(scaler);
                        image = rgb;
                    }
                }
            }
            av_packet_unref(packet);
        }
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&decoder);
    avformat_close_input(&format);
    return image;
}

} // namespace

Preview PreviewKinds::ofVideo(const QString &path, QSize box, int index)
{
    Preview p;
    auto info = probeVideo(path);
    if (!info) {
        p.problem = info.error().message;
        return p;
    }
    const double duration = std::max(0.0, info->durationSeconds);
    p.count = std::clamp(static_cast<int>(std::ceil(duration)), 1, kMostPositions);
    p.index = std::clamp(index, 0, p.count - 1);
    const double at = duration * p.index / p.count;
    p.steps = p.count > 1 ? Preview::Steps::Positions : Preview::Steps::None;
    p.stepLabel = tr("%1 of %2").arg(clock(at), clock(duration));
    p.picture = frameAt(path, at, box);
    const double aspect = info->sampleAspectDen > 0 && info->sampleAspectNum > 0 ? double(info->sampleAspectNum) / info->sampleAspectDen : 1.0;
    p.fullSize = QSize(static_cast<int>(std::lround(info->width * aspect)), info->height);
    if (p.picture.isNull())
        p.problem = tr("No frame of this video can be decoded here");
    p.addFact(tr("Video"), tr("%1, %2 × %3, %4 frames/s, %5")
                               .arg(info->codec.toUpper()).arg(info->width).arg(info->height)
                               .arg(QLocale().toString(info->frameRate(), 'f', 2), clock(duration)));
    if (!info->audioCodec.isEmpty())
        p.addFact(tr("Sound"), info->audioCodec.toUpper());
    return p;
}

} // namespace pacsdrop
