#pragma once
// Video -> Video Photographic (or Endoscopic/Microscopic, by setting) Image Storage, probed with FFmpeg. A stream that
// already meets a DICOM video transfer syntax goes in as it is: the whole container file is the
// single fragment (PS3.5 8.2.5-8.2.7), streamed from disk, never loaded into memory:
//   H.264 High/Main/Constrained Baseline, level <= 4.1, 8-bit 4:2:0, <= 1920x1080, constant rate,
//   in MP4 or MPEG-TS -> MPEG-4 AVC/H.264 High Profile / Level 4.1 (1.2.840.10008.1.2.4.102);
//   the same stream in QuickTime or Matroska is first copied into MP4 (no re-encoding);
//   MPEG-2 Main Profile at Main Level (<= 720x576) or High Level, in MPEG-PS/TS/ES -> .100 / .101.
// Anything else is transcoded to H.264 High@4.1 in MP4 (VideoTranscode) and says so; a file
// without a video stream is refused.

#include "convert/ConvertedObject.h"
#include "convert/StudyData.h"
#include "convert/VideoProbe.h"
#include "settings/ConversionSettings.h"

namespace pacsdrop {

struct VideoSyntaxChoice {
    QString transferSyntaxUid;   // empty when the stream cannot go in as it is
    QString compressionMethod;   // ISO_14496_10, ISO_13818_2
    QString whyNot;              // when it cannot
    bool needsMp4 = false;       // the stream fits but its container does not: copy it into MP4
};

// The DICOM video transfer syntax this stream meets as it is, or why none.
VideoSyntaxChoice chooseVideoSyntax(const VideoInfo &info);

// Checked from the container's headers before anything is decoded.
struct VideoLimits {
    qint64 maxFrames = 216000;                 // two hours at 30 frames/s
    qint64 maxPixels = 7680LL * 4320;          // 8K
    qint64 maxBytes = 0xFFFFFFFELL - 1;         // one DICOM fragment holds less than 4 GiB
};

// sopClass: Video Photographic (Modality XC), Endoscopic (ES) or Microscopic (GM).
Result<ConvertedObject> convertVideo(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                     VideoSopClass sopClass = VideoSopClass::Photographic, const VideoLimits &limits = {});

} // namespace pacsdrop
