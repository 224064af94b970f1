#include "media/MediaModule.h"

#include "common/ModuleLoader.h"

namespace pacsdrop {

Result<const MediaFunctions *> mediaFunctions()
{
    return moduleTableOnce<MediaFunctions>("libpacsdrop_media", "pacsdrop_media_functions", "video and PDF support");
}

} // namespace pacsdrop
