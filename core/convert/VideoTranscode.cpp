#include "convert/VideoTranscode.h"
#include "convert/FfmpegText.h"
#include "convert/FramePlacement.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cmath>

namespace pacsdrop {

namespace {

constexpr int kMaxRepeatedFrames = 300; // a gap longer than this is not filled frame by frame

std::unexpected<Error> transcodeError(const QString &what, int code = 0)
{
    return fail(ErrorCode::Internal, QStringLiteral("cannot transcode the video (%1)%2")
                                         .arg(what, code ? QStringLiteral(": ") + ffmpegErrorText(code) : QString()));
}

// All FFmpeg objects of one transcode, freed in one place.
struct Pipeline {
    AVFormatContext *in = nullptr;
    AVFormatContext *out = nullptr;
    AVCodecContext *decoder = nullptr;
    AVCodecContext *encoder = nullptr;
    SwsContext *scaler = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVPacket *encoded = av_packet_alloc();
    AVFrame *decoded = av_frame_alloc();
    AVFrame *staged = av_frame_alloc(); // the source picture scaled, before turning and placing
    AVFrame *scaled = av_frame_alloc(); // the output frame
    int videoIndex = -1;
    int audioIndex = -1;           // input audio stream copied as it is (AAC/MP3), or -1
    AVStream *outStream = nullptr;
    AVStream *outAudio = nullptr;
    AVRational outRate{25, 1};
    TranscodePlan plan;
    int rotation = 0;       // clockwise degrees applied to each picture
    qint64 nextIndex = 0;   // next output frame number on the constant-rate clock
    double firstTime = -1;  // seconds of the first decoded frame

    ~Pipeline()
    {
        av_packet_free(&packet);
        av_packet_free(&encoded);
        av_frame_free(&decoded);
        av_frame_free(&staged);
        av_frame_free(&scaled);
        sws_freeContext(scaler);
        avcodec_free_context(&decoder);
        avcodec_free_context(&encoder);
        avformat_close_input(&in);
        if (out) {
            if (out->pb)
                avio_closep(&out->pb);
            avformat_free_context(out);
        }
    }

    // Drains the encoder into the file.
    int writeEncoded()
    {
        int rc = 0;
        while ((rc = avcodec_receive_packet(encoder, encoded)) >= 0) {
            av_packet_rescale_ts(encoded, encoder->time_base, outStream->time_base);
            encoded->stream_index = outStream->index;
            if (const int w = av_interleaved_write_frame(out, encoded); w < 0)
                return w;
        }
        return rc == AVERROR(EAGAIN) || rc == AVERROR_EOF ? 0 : rc;
    }

    // Places one decoded frame on the constant-rate output clock: repeated to fill a gap,
    // dropped when it comes too early.
    int place(AVFrame *frame)
    {
        const AVRational tb = in->streams[videoIndex]->time_base;
        const int64_t ts = frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
        const double seconds = ts != AV_NOPTS_VALUE ? double(ts) * av_q2d(tb) : double(nextIndex) / av_q2d(outRate);
        if (firstTime < 0)
            firstTime = seconds;
        const qint64 target = std::llround((seconds - firstTime) * av_q2d(outRate));
        if (target < nextIndex)
            return 0; // early: a frame already covers this slot
        if (const int rc = av_frame_make_writable(scaled); rc < 0)
            return rc;
        sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, staged->data, staged->linesize);
        placePicture(staged, scaled, plan.pictureX, plan.pictureY, rotation);
        scaled->interlaced_frame = plan.interlaced;
        scaled->top_field_first = plan.interlaced;
        const qint64 last = std::min(target, nextIndex + kMaxRepeatedFrames);
        for (; nextIndex <= last; ++nextIndex) {
            scaled->pts = nextIndex;
            if (const int rc = avcodec_send_frame(encoder, scaled); rc < 0)
                return rc;
            if (const int rc = writeEncoded(); rc < 0)
                return rc;
        }
        nextIndex = std::max(nextIndex, target + 1);
        return 0;
    }

    int decodeAndEmit(const AVPacket *input)
    {
        int rc = avcodec_send_packet(decoder, input);
        if (rc < 0 && rc != AVERROR_EOF)
            return rc;
        while ((rc = avcodec_receive_frame(decoder, decoded)) >= 0) {
            const int e = place(decoded);
            av_frame_unref(decoded);
            if (e < 0)
                return e;
        }
        return rc == AVERROR(EAGAIN) || rc == AVERROR_EOF ? 0 : rc;
    }
};

// Clockwise degrees a player turns this stream by (its display matrix), 0 when none.
int rotationOf(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    const double counterClockwise = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(counterClockwise))
        return 0;
    const long quarter = std::lround(-counterClockwise / 90.0);
    return int(((quarter % 4) + 4) % 4) * 90;
}

// The encoder for the plan: libx264 High (level 4.1, BD settings when interlaced or at BD sizes)
// or FFmpeg's MPEG-2 encoder at Main Profile.
Result<AVCodecContext *> openEncoder(const TranscodePlan &plan, VideoFormat format, bool globalHeader)
{
    const AVCodec *codec = plan.mpeg2 ? avcodec_find_encoder(AV_CODEC_ID_MPEG2VIDEO) : avcodec_find_encoder_by_name("libx264");
    if (!codec)
        return transcodeError(plan.mpeg2 ? QStringLiteral("no MPEG-2 encoder in this FFmpeg") : QStringLiteral("no H.264 encoder in this FFmpeg"));
    AVCodecContext *encoder = avcodec_alloc_context3(codec);
    const AVRational rate{plan.rateNum, plan.rateDen};
    encoder->width = plan.width;
    encoder->height = plan.height;
    encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    encoder->sample_aspect_ratio = {plan.sarNum, plan.sarDen};
    encoder->time_base = av_inv_q(rate);
    encoder->framerate = rate;
    encoder->thread_count = 0;
    if (globalHeader)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (plan.interlaced) {
        encoder->flags |= AV_CODEC_FLAG_INTERLACED_DCT | AV_CODEC_FLAG_INTERLACED_ME;
        encoder->field_order = AV_FIELD_TT;
    }
    if (plan.mpeg2) {
        // Main Profile; rates within the level's VBV (ISO/IEC 13818-2 Table 8-13).
        encoder->profile = 4;
        encoder->level = plan.mpeg2Level;
        const bool high = plan.mpeg2Level == 4;
        encoder->bit_rate = high ? 20000000 : 6000000;
        encoder->rc_max_rate = high ? 40000000 : 9800000;
        encoder->rc_buffer_size = high ? 9781248 : 1835008;
        encoder->gop_size = plan.rateNum / plan.rateDen >= 29 ? 15 : 12;
        encoder->max_b_frames = 2;
    } else {
        encoder->profile = FF_PROFILE_H264_HIGH;
        encoder->level = 41;
        encoder->gop_size = std::max(1, int(plan.rateNum / plan.rateDen)); // a key frame every second
        av_opt_set(encoder->priv_data, "profile", "high", 0);
        av_opt_set(encoder->priv_data, "level", "4.1", 0);
        av_opt_set(encoder->priv_data, "preset", "veryfast", 0);
        av_opt_set(encoder->priv_data, "crf", "20", 0);
        // Level 4.1 High: 62.5 Mbit/s; Blu-ray players need their own stream rules on top.
        av_opt_set(encoder->priv_data, "x264-params",
                   format == VideoFormat::H264BluRay ? "bluray-compat=1:vbv-maxrate=40000:vbv-bufsize=30000:slices=4:b-pyramid=strict:nal-hrd=vbr:aud=1"
                                                     : "vbv-maxrate=50000:vbv-bufsize=62500", 0);
    }
    if (int rc = avcodec_open2(encoder, codec, nullptr); rc < 0) {
        avcodec_free_context(&encoder);
        return transcodeError(QStringLiteral("encoder"), rc);
    }
    return encoder;
}

} // namespace

Result<TranscodeSummary> transcodeVideo(const QString &input, const QString &output, VideoFormat format, bool keepAudio)
{
    routeFfmpegLogs();
    Pipeline p;
    const QByteArray inName = QFile::encodeName(input), outName = QFile::encodeName(output);
    if (int rc = avformat_open_input(&p.in, inName.constData(), nullptr, nullptr); rc < 0)
        return transcodeError(QStringLiteral("open"), rc);
    if (int rc = avformat_find_stream_info(p.in, nullptr); rc < 0)
        return transcodeError(QStringLiteral("streams"), rc);
    const AVCodec *decoderCodec = nullptr;
    p.videoIndex = av_find_best_stream(p.in, AVMEDIA_TYPE_VIDEO, -1, -1, &decoderCodec, 0);
    if (p.videoIndex < 0 || !decoderCodec)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no decodable video stream in this file"));
    TranscodeSummary summary;
    if (const int audio = av_find_best_stream(p.in, AVMEDIA_TYPE_AUDIO, -1, p.videoIndex, nullptr, 0); audio >= 0) {
        if (keepAudio)
            p.audioIndex = audio;
        else
            summary.droppedAudio = true;
    }
    AVStream *inStream = p.in->streams[p.videoIndex];
    p.decoder = avcodec_alloc_context3(decoderCodec);
    avcodec_parameters_to_context(p.decoder, inStream->codecpar);
    p.decoder->thread_count = 0;
    if (int rc = avcodec_open2(p.decoder, decoderCodec, nullptr); rc < 0)
        return transcodeError(QStringLiteral("decoder"), rc);

    // The picture as shown: pixel aspect and rotation applied.
    p.rotation = rotationOf(inStream);
    const AVRational sar = av_guess_sample_aspect_ratio(p.in, inStream, nullptr);
    const double shownWidth = p.decoder->width * (sar.num > 0 && sar.den > 0 ? av_q2d(sar) : 1.0);
    const bool sideways = p.rotation == 90 || p.rotation == 270;
    AVRational rate = av_guess_frame_rate(p.in, inStream, nullptr);
    p.plan = planTranscode(format, sideways ? p.decoder->height : shownWidth, sideways ? shownWidth : p.decoder->height, rate.num, rate.den);
    summary.plan = p.plan;
    p.outRate = {p.plan.rateNum, p.plan.rateDen};

    if (int rc = avformat_alloc_output_context2(&p.out, nullptr, p.plan.mpeg2 ? "vob" : "mp4", outName.constData()); rc < 0)
        return transcodeError(QStringLiteral("output"), rc);
    auto encoder = openEncoder(p.plan, format, p.out->oformat->flags & AVFMT_GLOBALHEADER);
    if (!encoder)
        return std::unexpected(encoder.error());
    p.encoder = *encoder;
    p.outStream = avformat_new_stream(p.out, nullptr);
    avcodec_parameters_from_context(p.outStream->codecpar, p.encoder);
    p.outStream->time_base = p.encoder->time_base;
    p.outStream->avg_frame_rate = p.outRate;
    p.outStream->sample_aspect_ratio = p.encoder->sample_aspect_ratio;

    if (p.audioIndex >= 0) {
        p.outAudio = avformat_new_stream(p.out, nullptr);
        avcodec_parameters_copy(p.outAudio->codecpar, p.in->streams[p.audioIndex]->codecpar);
        p.outAudio->codecpar->codec_tag = 0;
        p.outAudio->time_base = p.in->streams[p.audioIndex]->time_base;
    }

    // Scaled to the picture's size before turning: a sideways picture is scaled sideways.
    const int stagedWidth = sideways ? p.plan.pictureHeight : p.plan.pictureWidth;
    const int stagedHeight = sideways ? p.plan.pictureWidth : p.plan.pictureHeight;
    p.scaler = sws_getContext(p.decoder->width, p.decoder->height, p.decoder->pix_fmt, stagedWidth, stagedHeight, AV_PIX_FMT_YUV420P,
                              SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!p.scaler)
        return transcodeError(QStringLiteral("scaler"));
    for (AVFrame *frame : {p.staged, p.scaled}) {
        frame->format = AV_PIX_FMT_YUV420P;
        frame->width = frame == p.staged ? stagedWidth : p.plan.width;
        frame->height = frame == p.staged ? stagedHeight : p.plan.height;
        if (int rc = av_frame_get_buffer(frame, 0); rc < 0)
            return transcodeError(QStringLiteral("frame"), rc);
    }
    fillBlack(p.scaled);

    if (int rc = avio_open(&p.out->pb, outName.constData(), AVIO_FLAG_WRITE); rc < 0)
        return transcodeError(QStringLiteral("write"), rc);
    AVDictionary *options = nullptr;
    if (!p.plan.mpeg2)
        av_dict_set(&options, "movflags", "+faststart", 0);
    const int header = avformat_write_header(p.out, &options);
    av_dict_free(&options);
    if (header < 0)
        return transcodeError(QStringLiteral("header"), header);
    while (av_read_frame(p.in, p.packet) >= 0) {
        int rc = 0;
        if (p.packet->stream_index == p.videoIndex) {
            rc = p.decodeAndEmit(p.packet);
        } else if (p.packet->stream_index == p.audioIndex) {
            av_packet_rescale_ts(p.packet, p.in->streams[p.audioIndex]->time_base, p.outAudio->time_base);
            p.packet->stream_index = p.outAudio->index;
            p.packet->pos = -1;
            rc = av_interleaved_write_frame(p.out, p.packet);
        }
        av_packet_unref(p.packet);
        if (rc < 0)
            return transcodeError(QStringLiteral("frames"), rc);
    }
    if (int rc = p.decodeAndEmit(nullptr); rc < 0) // flush the decoder
        return transcodeError(QStringLiteral("flush"), rc);
    if (int rc = avcodec_send_frame(p.encoder, nullptr); rc < 0 && rc != AVERROR_EOF)
        return transcodeError(QStringLiteral("flush"), rc);
    if (int rc = p.writeEncoded(); rc < 0)
        return transcodeError(QStringLiteral("flush"), rc);
    if (int rc = av_write_trailer(p.out); rc < 0)
        return transcodeError(QStringLiteral("trailer"), rc);
    if (p.nextIndex == 0)
        return fail(ErrorCode::DamagedFile, QStringLiteral("no frame of the video could be decoded"));

    summary.frames = p.nextIndex;
    return summary;
}

} // namespace pacsdrop
