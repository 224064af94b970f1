#include "media/ImageModule.h"

#include "common/ModuleLoader.h"

namespace pacsdrop {

Result<const ImageFunctions *> imageFunctions()
{
    return moduleTableOnce<ImageFunctions>("libpacsdrop_image", "pacsdrop_image_functions", "photo and scan support");
}

} // namespace pacsdrop
