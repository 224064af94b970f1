// The image library's entry: the table of what the core calls in Qt Gui's image code.
#include "media/ImageModule.h"

#include "convert/ImageConverter.h"

namespace pacsdrop {

namespace {

Result<QList<ConvertedObject>> convertImageEntry(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                                 const ImageOptions &options, const ConversionLimits &limits)
{
    return convertImage(path, data, placement, options, limits);
}

const ImageFunctions kTable{sizeof(ImageFunctions), &convertImageEntry, &looksLikeImage};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::ImageFunctions *pacsdrop_image_functions() { return &pacsdrop::kTable; }
