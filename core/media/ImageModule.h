#pragma once
// Photos and scans (Qt Gui's image readers, libjpeg-turbo) and every preview live in
// libpacsdrop_image.so, so that sending DICOM, echo, queue and the service's start never map Qt
// Gui and the ~20 libraries it pulls in (X11, fontconfig, OpenGL dispatch, ...). The core and the
// window reach it through this table, loaded the first time a file that is not DICOM is looked at
// or a file is previewed; the media modules link the library directly (they need Qt Gui anyway).

#include "common/Error.h"
#include "convert/ConvertedObject.h"
#include "convert/ImageOptions.h"
#include "convert/StudyData.h"

#include <QList>
#include <QSize>

namespace pacsdrop {

struct Preview; // preview/Preview.h

struct ImageFunctions {
    int tableSize = sizeof(ImageFunctions); // the library and the core were built together
    Result<QList<ConvertedObject>> (*convertImage)(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                                   const ImageOptions &options, const ConversionLimits &limits);
    bool (*looksLikeImage)(const QString &path);
    // A DICOM object's picture (its middle frame), rendered by DCMTK, fitted into box × box, as PNG.
    Result<QByteArray> (*dicomThumbnailPng)(const QString &path, int box);
    // The window's preview of any file (preview/Preview.h): through the table, so the window maps
    // this library, DCMTK's renderer and the image decoders only when a file is first selected.
    Preview (*preview)(const QString &path, QSize fitInto, int index);
};

// The library's table, loaded once per process (thread-safe); an error says what is missing.
Result<const ImageFunctions *> imageFunctions();

} // namespace pacsdrop

// The library's entry point.
extern "C" using PacsdropImageEntry = const pacsdrop::ImageFunctions *();
