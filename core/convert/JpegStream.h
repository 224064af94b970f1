#pragma once
// Reads what a JPEG says about itself, from its markers up to the first scan (no decoding):
// the coding process (SOF type), precision, size, components and their IDs, the colour-space
// signals (JFIF, Adobe APP14) and the EXIF orientation. Decides whether the stream can go into
// DICOM as it is (PS3.5 A.4.1 and conversion.md §1.5-1.6).

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace pacsdrop {

struct JpegStreamInfo {
    enum class ColorSpace { Gray, YCbCr, Rgb, Cmyk, Ycck };

    int sofMarker = 0; // 0xC0 baseline, 0xC1 extended, 0xC2 progressive, ...
    int precision = 8;
    int width = 0;
    int height = 0;
    int components = 0;
    QByteArray componentIds;
    bool jfif = false;
    int adobeTransform = -1; // APP14: 0 RGB/CMYK, 1 YCbCr, 2 YCCK; -1 absent
    int exifOrientation = 1; // 1 = as stored
    ColorSpace colorSpace = ColorSpace::YCbCr;

    // Empty when the stream can be encapsulated unchanged; else why it cannot.
    QString whyNotEncapsulable() const;
    // "1.2.840.10008.1.2.4.50" (baseline) or ".51" (extended, 8-bit SOF1).
    QString transferSyntaxUid() const;
    // MONOCHROME2, YBR_FULL_422 or RGB: what the stream really holds.
    QString photometricInterpretation() const;
};

Result<JpegStreamInfo> parseJpeg(const QByteArray &bytes);

// The same stream without metadata segments (APP1 EXIF/XMP, APP2 ICC, APP13, other APPn, COM);
// APP14 (colour transform) and everything a decoder needs stay byte for byte.
QByteArray withoutMetadata(const QByteArray &bytes);

} // namespace pacsdrop
