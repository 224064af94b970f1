#pragma once
// FFmpeg and Poppler live in a module of their own (libpacsdrop_media.so), loaded the first time a
// video or PDF is converted or previewed: sending DICOM, echo, queue and the service's start never
// map the ~140 libraries they pull in. The core reaches them only through this table.

#include "common/Error.h"
#include "common/BuildInfo.h"
#include "convert/PdfConverter.h"
#include "convert/VideoConverter.h"

namespace pacsdrop {

struct Preview; // preview/Preview.h (Qt Gui): only the image library calls these two

struct MediaFunctions {
    int tableSize = sizeof(MediaFunctions); // the module and the core were built together
    Result<ConvertedObject> (*convertPdf)(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                          const ConversionLimits &limits);
    Result<QList<ConvertedObject>> (*convertPdfPages)(const QString &path, const StudyData &data,
                                                      const ObjectPlacement &placement, const ConversionLimits &limits);
    Result<ConvertedObject> (*convertVideo)(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                            const VideoOptions &options, const ConversionLimits &limits);
    Preview (*previewPdf)(const QString &path, QSize box, int index);
    Preview (*previewVideo)(const QString &path, QSize box, int index);
    QList<LibraryInfo> (*libraries)(); // FFmpeg's and Poppler's versions as loaded
};

// The module's table, loaded once per process (thread-safe); an error says what is missing.
Result<const MediaFunctions *> mediaFunctions();

} // namespace pacsdrop

// The module's one exported symbol.
extern "C" using PacsdropMediaEntry = const pacsdrop::MediaFunctions *();
