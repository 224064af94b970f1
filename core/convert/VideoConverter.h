#pragma once
// Video -> Video Photographic (or Endoscopic/Microscopic, by setting) Image Storage, probed with
// FFmpeg. A stream that already meets a DICOM video transfer syntax within the site's video format
// (VideoSyntax) goes in as it is: the whole container file is the single fragment (PS3.5
// 8.2.5-8.2.11), streamed from disk, never loaded into memory. A fitting stream in a container
// DICOM does not allow (QuickTime, Matroska, an "hev1" MP4), or with audio DICOM does not allow,
// is first copied into one that it does, without re-encoding (VideoRemux). Anything else is
// transcoded to the site's format (VideoTranscode) and says so. A file without a video stream is
// refused; the limits are checked from the container's headers before anything is decoded.

#include "convert/ConvertedObject.h"
#include "convert/StudyData.h"
#include "settings/ConversionSettings.h"

namespace pacsdrop {

struct VideoOptions {
    VideoSopClass sopClass = VideoSopClass::Photographic; // Modality XC, ES or GM
    VideoFormat format = VideoFormat::Auto;
};

Result<ConvertedObject> convertVideo(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                     const VideoOptions &options = {}, const ConversionLimits &limits = {});

} // namespace pacsdrop
