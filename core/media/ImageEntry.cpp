// The image library's entry: the table of what the core calls in Qt Gui's image code.
#include "media/ImageModule.h"

#include "convert/ImageConverter.h"

namespace pacsdrop {

namespace {

const ImageFunctions kTable{sizeof(ImageFunctions), &convertImage, &looksLikeImage};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::ImageFunctions *pacsdrop_image_functions() { return &pacsdrop::kTable; }
