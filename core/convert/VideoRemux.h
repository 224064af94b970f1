#pragma once
// Copies a video's streams into another container without re-encoding: H.264/HEVC from QuickTime,
// Matroska or an "hev1" MP4 into a plain MP4 (HEVC with the "hvc1" sample entry, the index first),
// or an MPEG-2 stream into an MPEG program stream. keepAudio false leaves the audio out.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

enum class RemuxTarget { Mp4, MpegProgramStream };

Result<void> remuxVideo(const QString &input, const QString &output, RemuxTarget target, bool keepAudio);

} // namespace pacsdrop
