// The video module's entry: the table of what the core calls in FFmpeg.
#include "media/MediaModule.h"

#include "preview/PreviewKinds.h"

extern "C" {
#include <libavutil/avutil.h>
}

namespace pacsdrop {

namespace {

LibraryInfo ffmpeg()
{
    return {QStringLiteral("FFmpeg"), QString::fromLatin1(av_version_info()), QStringLiteral("LGPL-2.1+, GPL-2.0+ as built by Debian")};
}

const VideoFunctions kTable{sizeof(VideoFunctions), &convertVideo, &PreviewKinds::ofVideo, &ffmpeg};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::VideoFunctions *pacsdrop_video_functions() { return &pacsdrop::kTable; }
