#include "media/MediaModule.h"

#include "common/ModuleLoader.h"

namespace pacsdrop {

Result<const VideoFunctions *> videoFunctions()
{
    return moduleTableOnce<VideoFunctions>("libpacsdrop_video", "pacsdrop_video_functions", "video support");
}

Result<const PdfFunctions *> pdfFunctions()
{
    return moduleTableOnce<PdfFunctions>("libpacsdrop_pdf", "pacsdrop_pdf_functions", "PDF support");
}

} // namespace pacsdrop
