#pragma once
// PDF -> Encapsulated PDF Storage (PS3.3 A.45.1). The PDF is checked with Poppler first (it
// opens, is not password-protected, has pages, ends with %%EOF) and then stored byte for byte.
// Thread-safe.

#include "convert/ConvertedObject.h"
#include "convert/StudyData.h"

namespace pacsdrop {

struct PdfLimits {
    qint64 maxBytes = 512LL * 1024 * 1024; // DICOM allows < 4 GiB; PDFs this big are mistakes
    int maxPages = 5000;
};

Result<ConvertedObject> convertPdf(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                   const PdfLimits &limits = {});

} // namespace pacsdrop
