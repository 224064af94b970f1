// The PDF module's entry: the table of what the core calls in Poppler.
#include "media/MediaModule.h"

#include "preview/PreviewKinds.h"

#include <poppler-version.h>

namespace pacsdrop {

namespace {

LibraryInfo poppler() { return {QStringLiteral("Poppler"), QStringLiteral(POPPLER_VERSION), QStringLiteral("GPL-2.0+")}; }

const PdfFunctions kTable{sizeof(PdfFunctions), &convertPdf, &convertPdfPages, &PreviewKinds::ofPdf, &poppler};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::PdfFunctions *pacsdrop_pdf_functions() { return &pacsdrop::kTable; }
