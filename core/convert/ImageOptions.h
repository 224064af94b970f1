#pragma once
// How a photo or scan is stored (convert/ImageConverter.h); without Qt Gui, so that the core can
// pass it to the image module (media/ImageModule.h).

#include "settings/ConversionSettings.h"

namespace pacsdrop {

struct ImageOptions {
    ImageSopClass sopClass = ImageSopClass::SecondaryCapture;
    int jpegQualityForLosslessInputs = 0; // 0: lossless
    const char *conversionType = "SI";    // Secondary Capture's Conversion Type: scanned image; "WSD" for rendered pages
};

} // namespace pacsdrop
