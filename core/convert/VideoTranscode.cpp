#include "convert/VideoTranscode.h"
#include "convert/FfmpegText.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cmath>

namespace pacsdrop {

namespace {

constexpr int kMaxWidth = 1920;
constexpr int kMaxHeight = 1080;
constexpr double kLevel41MacroblocksPerSecond = 245760;
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
    AVFrame *scaled = av_frame_alloc();
    int videoIndex = -1;
    int audioIndex = -1;           // input audio stream copied as it is (AAC/MP3), or -1
    AVStream *outStream = nullptr;
    AVStream *outAudio = nullptr;
    AVRational outRate{25, 1};
    qint64 nextIndex = 0;   // next output frame number on the constant-rate clock
    double firstTime = -1;  // seconds of the first decoded frame

    ~Pipeline()
    {
        av_packet_free(&packet);
        av_packet_free(&encoded);
        av_frame_free(&decoded);
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
        sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, scaled->data, scaled->linesize);
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

} // namespace

Result<TranscodeSummary> transcodeToH264(const QString &input, const QString &outputMp4)
{
    av_log_set_level(AV_LOG_ERROR);
    Pipeline p;
    const QByteArray inName = QFile::encodeName(input), outName = QFile::encodeName(outputMp4);
    if (int rc = avformat_open_input(&p.in, inName.constData(), nullptr, nullptr); rc < 0)
        return transcodeError(QStringLiteral("open"), rc);
    if (int rc = avformat_find_stream_info(p.in, nullptr); rc < 0)
        return transcodeError(QStringLiteral("streams"), rc);
    const AVCodec *decoderCodec = nullptr;
    p.videoIndex = av_find_best_stream(p.in, AVMEDIA_TYPE_VIDEO, -1, -1, &decoderCodec, 0);
    if (p.videoIndex < 0 || !decoderCodec)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no decodable video stream in this file"));
    TranscodeSummary summary;
    // Audio MP4 carries as it is (AAC, MP3) is copied; other audio is dropped, and said.
    const int audio = av_find_best_stream(p.in, AVMEDIA_TYPE_AUDIO, -1, p.videoIndex, nullptr, 0);
    if (audio >= 0) {
        const AVCodecID id = p.in->streams[audio]->codecpar->codec_id;
        if (id == AV_CODEC_ID_AAC || id == AV_CODEC_ID_MP3)
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

    // Size: display aspect kept with square pixels, within 1920x1080, even dimensions.
    const AVRational sar = av_guess_sample_aspect_ratio(p.in, inStream, nullptr);
    const double displayWidth = p.decoder->width * (sar.num > 0 && sar.den > 0 ? av_q2d(sar) : 1.0);
    const double scale = std::min({1.0, kMaxWidth / displayWidth, double(kMaxHeight) / p.decoder->height});
    const int width = std::max(2, int(std::lround(displayWidth * scale / 2)) * 2);
    const int height = std::max(2, int(std::lround(p.decoder->height * scale / 2)) * 2);
    // Rate: the source's, lowered until level 4.1 allows it.
    AVRational rate = av_guess_frame_rate(p.in, inStream, nullptr);
    if (rate.num <= 0 || rate.den <= 0)
        rate = {25, 1};
    const double macroblocks = std::ceil(width / 16.0) * std::ceil(height / 16.0);
    for (const AVRational lower : {AVRational{60, 1}, AVRational{30, 1}, AVRational{25, 1}}) {
        if (av_q2d(rate) * macroblocks > kLevel41MacroblocksPerSecond || av_q2d(rate) > 60.01)
            rate = lower;
    }
    p.outRate = rate;

    const AVCodec *encoderCodec = avcodec_find_encoder_by_name("libx264");
    if (!encoderCodec)
        return transcodeError(QStringLiteral("no H.264 encoder in this FFmpeg"));
    p.encoder = avcodec_alloc_context3(encoderCodec);
    p.encoder->width = width;
    p.encoder->height = height;
    p.encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    p.encoder->sample_aspect_ratio = {1, 1};
    p.encoder->time_base = av_inv_q(rate);
    p.encoder->framerate = rate;
    p.encoder->gop_size = std::max(1, int(std::lround(av_q2d(rate) * 2)));
    p.encoder->profile = FF_PROFILE_H264_HIGH;
    p.encoder->level = 41;
    p.encoder->thread_count = 0;
    av_opt_set(p.encoder->priv_data, "profile", "high", 0);
    av_opt_set(p.encoder->priv_data, "level", "4.1", 0);
    av_opt_set(p.encoder->priv_data, "preset", "veryfast", 0);
    av_opt_set(p.encoder->priv_data, "crf", "20", 0);
    if (int rc = avformat_alloc_output_context2(&p.out, nullptr, "mp4", outName.constData()); rc < 0)
        return transcodeError(QStringLiteral("output"), rc);
    if (p.out->oformat->flags & AVFMT_GLOBALHEADER)
        p.encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (int rc = avcodec_open2(p.encoder, encoderCodec, nullptr); rc < 0)
        return transcodeError(QStringLiteral("encoder"), rc);
    p.outStream = avformat_new_stream(p.out, nullptr);
    avcodec_parameters_from_context(p.outStream->codecpar, p.encoder);
    p.outStream->time_base = p.encoder->time_base;
    p.outStream->avg_frame_rate = rate;

    if (p.audioIndex >= 0) {
        p.outAudio = avformat_new_stream(p.out, nullptr);
        avcodec_parameters_copy(p.outAudio->codecpar, p.in->streams[p.audioIndex]->codecpar);
        p.outAudio->codecpar->codec_tag = 0;
        p.outAudio->time_base = p.in->streams[p.audioIndex]->time_base;
    }

    p.scaler = sws_getContext(p.decoder->width, p.decoder->height, p.decoder->pix_fmt, width, height, AV_PIX_FMT_YUV420P,
                              SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!p.scaler)
        return transcodeError(QStringLiteral("scaler"));
    p.scaled->format = AV_PIX_FMT_YUV420P;
    p.scaled->width = width;
    p.scaled->height = height;
    if (int rc = av_frame_get_buffer(p.scaled, 0); rc < 0)
        return transcodeError(QStringLiteral("frame"), rc);

    if (int rc = avio_open(&p.out->pb, outName.constData(), AVIO_FLAG_WRITE); rc < 0)
        return transcodeError(QStringLiteral("write"), rc);
    AVDictionary *options = nullptr;
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

    summary.width = width;
    summary.height = height;
    summary.frameRateNum = rate.num;
    summary.frameRateDen = rate.den;
    summary.frames = p.nextIndex;
    return summary;
}

} // namespace pacsdrop
