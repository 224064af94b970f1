#pragma once
// Re-encodes a video that DICOM cannot carry as it is into the site's video format
// (VideoTranscodePlan): H.264 High@4.1 or BD-compatible in MP4, or MPEG-2 Main Profile at Main or
// High Level in an MPEG program stream; 8-bit 4:2:0, the display aspect kept, a phone's rotation
// applied, a constant frame rate (frames repeated or dropped on the output clock). Frames are
// decoded, scaled and encoded one at a time, so memory stays bounded for long videos. Audio is
// copied when keepAudio says DICOM allows it with the target; otherwise dropped, and said.

#include "common/Error.h"
#include "convert/VideoTranscodePlan.h"

#include <QString>

namespace pacsdrop {

struct TranscodeSummary {
    TranscodePlan plan;
    qint64 frames = 0;
    bool droppedAudio = false;
};

Result<TranscodeSummary> transcodeVideo(const QString &input, const QString &output, VideoFormat format, bool keepAudio);

} // namespace pacsdrop
