#include "convert/FfmpegText.h"

#include "logging/Log.h"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

#include <cstdio>
#include <mutex>

namespace pacsdrop {

QString ffmpegErrorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

namespace {

void toLog(void *context, int level, const char *format, va_list arguments)
{
    if (level > AV_LOG_INFO)
        return;
    char line[1024];
    int prefix = 1;
    av_log_format_line(context, level, format, arguments, line, sizeof line, &prefix);
    qCDebug(lcFfmpeg).noquote() << QString::fromLocal8Bit(line).trimmed();
}

} // namespace

void routeFfmpegLogs()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(toLog); });
}

} // namespace pacsdrop
