#pragma once
// FFmpeg and Poppler live in modules of their own, each loaded the first time a file of its kind is
// converted or previewed: libpacsdrop_video.so (FFmpeg, ~130 libraries with every codec Debian
// builds in: ~90 ms just to load) and libpacsdrop_pdf.so (Poppler, ~30 more: ~25 ms). Sending DICOM,
// echo, queue and the service's start map neither; a PDF does not pay for FFmpeg, nor a video
// for Poppler. The core reaches them only through these tables.

#include "common/Error.h"
#include "common/BuildInfo.h"
#include "convert/PdfConverter.h"
#include "convert/VideoConverter.h"

namespace pacsdrop {

struct Preview; // preview/Preview.h (Qt Gui): only the image library calls the previews

struct VideoFunctions {
    int tableSize = sizeof(VideoFunctions); // the module and the core were built together
    Result<ConvertedObject> (*convertVideo)(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                            const VideoOptions &options, const ConversionLimits &limits);
    Preview (*previewVideo)(const QString &path, QSize box, int index);
    LibraryInfo (*library)(); // FFmpeg's version as loaded
};

struct PdfFunctions {
    int tableSize = sizeof(PdfFunctions);
    Result<ConvertedObject> (*convertPdf)(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                          const ConversionLimits &limits);
    Result<QList<ConvertedObject>> (*convertPdfPages)(const QString &path, const StudyData &data,
                                                      const ObjectPlacement &placement, const ConversionLimits &limits);
    Preview (*previewPdf)(const QString &path, QSize box, int index);
    LibraryInfo (*library)(); // Poppler's version as built against
};

// Each module's table, loaded once per process (thread-safe); an error says what is missing.
Result<const VideoFunctions *> videoFunctions();
Result<const PdfFunctions *> pdfFunctions();

} // namespace pacsdrop

// Each module's one exported symbol.
extern "C" using PacsdropVideoEntry = const pacsdrop::VideoFunctions *();
extern "C" using PacsdropPdfEntry = const pacsdrop::PdfFunctions *();
