#include "convert/FfmpegText.h"

extern "C" {
#include <libavutil/error.h>
}

namespace pacsdrop {

QString ffmpegErrorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

} // namespace pacsdrop
