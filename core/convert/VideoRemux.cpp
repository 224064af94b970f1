#include "convert/VideoRemux.h"
#include "convert/FfmpegText.h"

#include <QFile>
#include <QVector>

extern "C" {
#include <libavformat/avformat.h>
}

namespace pacsdrop {

namespace {

struct Contexts {
    AVFormatContext *in = nullptr;
    AVFormatContext *out = nullptr;
    AVPacket *packet = av_packet_alloc();
    ~Contexts()
    {
        av_packet_free(&packet);
        avformat_close_input(&in);
        if (out) {
            if (out->pb)
                avio_closep(&out->pb);
            avformat_free_context(out);
        }
    }
};

std::unexpected<Error> remuxError(const QString &what, int code)
{
    return fail(ErrorCode::Internal, QStringLiteral("cannot copy the video into a new container (%1): %2").arg(what, ffmpegErrorText(code)));
}

} // namespace

Result<void> remuxVideo(const QString &input, const QString &output, RemuxTarget target, bool keepAudio)
{
    Contexts c;
    const QByteArray inName = QFile::encodeName(input), outName = QFile::encodeName(output);
    routeFfmpegLogs();
    if (int rc = avformat_open_input(&c.in, inName.constData(), nullptr, nullptr); rc < 0)
        return remuxError(QStringLiteral("open"), rc);
    if (int rc = avformat_find_stream_info(c.in, nullptr); rc < 0)
        return remuxError(QStringLiteral("streams"), rc);
    if (int rc = avformat_alloc_output_context2(&c.out, nullptr, target == RemuxTarget::Mp4 ? "mp4" : "vob", outName.constData()); rc < 0)
        return remuxError(QStringLiteral("output"), rc);

    QVector<int> map(static_cast<int>(c.in->nb_streams), -1);
    int next = 0;
    for (unsigned i = 0; i < c.in->nb_streams; ++i) {
        const AVCodecParameters *par = c.in->streams[i]->codecpar;
        if (par->codec_type != AVMEDIA_TYPE_VIDEO && (par->codec_type != AVMEDIA_TYPE_AUDIO || !keepAudio))
            continue;
        AVStream *stream = avformat_new_stream(c.out, nullptr);
        if (!stream)
            return remuxError(QStringLiteral("stream"), AVERROR(ENOMEM));
        if (int rc = avcodec_parameters_copy(stream->codecpar, par); rc < 0)
            return remuxError(QStringLiteral("parameters"), rc);
        // The muxer chooses the tag (avc1), except HEVC: "hvc1", which DICOM video readers expect.
        stream->codecpar->codec_tag = par->codec_id == AV_CODEC_ID_HEVC && target == RemuxTarget::Mp4 ? MKTAG('h', 'v', 'c', '1') : 0;
        stream->time_base = c.in->streams[i]->time_base;
        map[static_cast<int>(i)] = next++;
    }
    if (int rc = avio_open(&c.out->pb, outName.constData(), AVIO_FLAG_WRITE); rc < 0)
        return remuxError(QStringLiteral("write"), rc);
    AVDictionary *options = nullptr;
    if (target == RemuxTarget::Mp4)
        av_dict_set(&options, "movflags", "+faststart", 0); // index first: viewers can start at once
    const int header = avformat_write_header(c.out, &options);
    av_dict_free(&options);
    if (header < 0)
        return remuxError(QStringLiteral("header"), header);
    while (av_read_frame(c.in, c.packet) >= 0) {
        const int outIndex = c.packet->stream_index < map.size() ? map[c.packet->stream_index] : -1;
        if (outIndex < 0) {
            av_packet_unref(c.packet);
            continue;
        }
        av_packet_rescale_ts(c.packet, c.in->streams[c.packet->stream_index]->time_base, c.out->streams[outIndex]->time_base);
        c.packet->stream_index = outIndex;
        c.packet->pos = -1;
        const int rc = av_interleaved_write_frame(c.out, c.packet);
        av_packet_unref(c.packet);
        if (rc < 0)
            return remuxError(QStringLiteral("packets"), rc);
    }
    if (int rc = av_write_trailer(c.out); rc < 0)
        return remuxError(QStringLiteral("trailer"), rc);
    return {};
}

} // namespace pacsdrop
