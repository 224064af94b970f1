// The media module's entry: the table of what the core calls in FFmpeg and Poppler.
#include "media/MediaModule.h"

#include "preview/PreviewKinds.h"

#include <poppler-version.h>

extern "C" {
#include <libavutil/avutil.h>
}

namespace pacsdrop {

namespace {

QList<LibraryInfo> mediaLibraries()
{
    return {{QStringLiteral("FFmpeg"), QString::fromLatin1(av_version_info()), QStringLiteral("LGPL-2.1+, GPL-2.0+ as built by Debian")},
            {QStringLiteral("Poppler"), QStringLiteral(POPPLER_VERSION), QStringLiteral("GPL-2.0+")}};
}

const MediaFunctions kTable{
    sizeof(MediaFunctions),
    &convertPdf,
    &convertPdfPages,
    &convertVideo,
    &PreviewKinds::ofPdf,
    &PreviewKinds::ofVideo,
    &mediaLibraries,
};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::MediaFunctions *pacsdrop_media_functions() { return &pacsdrop::kTable; }
