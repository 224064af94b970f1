#pragma once
// FFmpeg error codes as text, for messages and logs.

#include <QString>

namespace pacsdrop {

QString ffmpegErrorText(int code);

// FFmpeg prints its own messages on stderr ("moov atom not found") ahead of PacsDrop's line for
// the file; this sends them to PacsDrop's log instead (pacsdrop.ffmpeg, debug). Any thread; once.
void routeFfmpegLogs();

} // namespace pacsdrop
