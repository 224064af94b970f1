#pragma once
// FFmpeg error codes as text, for messages and logs.

#include <QString>

namespace pacsdrop {

QString ffmpegErrorText(int code);

} // namespace pacsdrop
