#pragma once
// Copies a video's streams into an MP4 container without touching the coded data (FFmpeg stream
// copy): a DICOM-ready H.264 stream that arrived in QuickTime (.mov) or Matroska (.mkv) becomes
// the MP4 that DICOM carries (PS3.5 8.2.7). Video and audio streams are kept; others dropped.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

Result<void> remuxToMp4(const QString &input, const QString &output);

} // namespace pacsdrop
