#pragma once
// Photos and scans -> Secondary Capture Image Storage, or VL Photographic Image Storage where the
// clinic's rule says so (then Modality XC, an Acquisition Context Sequence, and YCbCr for JPEG;
// 16-bit gray and 16-bit colour stay Secondary Capture, as VL Photographic is 8-bit only).
// - A baseline (or 8-bit extended) JPEG goes in as it is: the same entropy-coded data and
//   tables, metadata segments (EXIF with GPS, XMP, ICC, comments) removed; attributes describe
//   the stream (size, components, photometric interpretation from the stream's own signals).
//   An EXIF-rotated JPEG is turned losslessly when its size allows, else decoded and re-encoded.
// - Progressive, arithmetic, CMYK and other JPEGs that DICOM cannot carry are decoded and
//   re-encoded as baseline JPEG; the object records the second lossy step.
// - Other formats (PNG, BMP, TIFF incl. multi-page, GIF, WebP) are stored losslessly
//   (uncompressed), at their depth: 8- or 16-bit gray, 8- or 16-bit RGB (48/64-bit files keep
//   every bit; a 16-bit file holding only widened 8-bit values is stored at 8 bits); alpha
//   flattened on white. A setting stores 8-bit ones as baseline JPEG at a chosen quality instead.
// Header limits (pixels, pages, file size) are checked before decoding. Thread-safe.
// Lives in libpacsdrop_image.so (Qt Gui): the core reaches it through media/ImageModule.h.

#include "convert/ConvertedObject.h"
#include "convert/ImageOptions.h"
#include "convert/StudyData.h"
#include "settings/ConversionSettings.h"

#include <QImage>
#include <QList>

namespace pacsdrop {

// One object per page/frame; placement.instanceNumber is the first instance number used.
Result<QList<ConvertedObject>> convertImage(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                            const ImageOptions &options = {}, const ConversionLimits &limits = {});

// An image made in memory (a rendered PDF page), stored as decoded images are.
Result<ConvertedObject> convertDecodedImage(const QString &source, const QImage &image, const StudyData &data,
                                            const ObjectPlacement &placement, const ImageOptions &options, const QString &note);

// Whether Qt can read this file as an image (by content).
bool looksLikeImage(const QString &path);

} // namespace pacsdrop
