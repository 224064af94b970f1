#pragma once
// PDF -> Encapsulated PDF Storage (PS3.3 A.45.1). The PDF is checked with Poppler first (it
// opens, is not password-protected, has pages, ends with %%EOF) and then stored byte for byte.
// Thread-safe.

#include "convert/ConvertedObject.h"
#include "convert/StudyData.h"
#include "settings/ConversionSettings.h"

namespace pacsdrop {

Result<ConvertedObject> convertPdf(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                   const ConversionLimits &limits = {});

// Each page rendered at 150 dpi as a Secondary Capture image (Conversion Type WSD), for viewers
// that cannot show PDFs; one page in memory at a time. Call after convertPdf accepted the file.
Result<QList<ConvertedObject>> convertPdfPages(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                               const ConversionLimits &limits = {});

} // namespace pacsdrop
