#pragma once
// What FFmpeg (libavformat) says about a video file, without decoding it: container, the best
// video stream's codec, profile, level, size, pixel format, frame rate and frame count.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

struct VideoInfo {
    QString container;   // demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2", "mpegts", "mpeg"
    QString majorBrand;  // MP4/QuickTime "major_brand" ("isom", "qt  "), if any
    QString codec;       // "h264", "mpeg2video", "hevc", "vp9", ...
    int profile = -99;   // FFmpeg profile number
    int level = -99;     // e.g. 41 for H.264 level 4.1, 8 for MPEG-2 main level
    int width = 0;
    int height = 0;
    QString pixelFormat; // "yuv420p", "yuv444p", "yuv420p10le", ...
    int frameRateNum = 0;
    int frameRateDen = 1;
    bool variableFrameRate = false;
    int sampleAspectNum = 1; // pixel aspect ratio; 1:1 is square
    int sampleAspectDen = 1;
    qint64 frames = 0;   // counted by the container or computed from the duration
    double durationSeconds = 0;
    bool interlaced = false;  // coded as fields (25i, 29.97i)
    QString sampleEntry;      // MP4 sample entry of the video track: "avc1", "hvc1", "hev1", ...
    bool rotated = false;     // a display matrix turns the picture; DICOM cannot say so

    // The first audio stream, if any.
    QString audioCodec;       // "aac", "mp3", "ac3", "opus", ...
    int audioSampleRate = 0;
    int audioChannels = 0;

    double frameRate() const { return frameRateDen ? double(frameRateNum) / frameRateDen : 0; }
};

Result<VideoInfo> probeVideo(const QString &path);

} // namespace pacsdrop
