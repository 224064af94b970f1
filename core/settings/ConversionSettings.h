#pragma once
// How non-DICOM inputs are converted, as a clinic configures it: which SOP class per file
// extension ("jpg" -> VL Photographic), and whether lossless inputs may be stored as JPEG to save
// space. A value type with validate/serialize, owned by Settings.

#include "common/Error.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pacsdrop {

enum class ImageSopClass { SecondaryCapture, VlPhotographic };
enum class VideoSopClass { Photographic, Endoscopic, Microscopic };

// The DICOM video form a site wants. Auto keeps every stream that already meets a DICOM video
// transfer syntax and transcodes the rest to H.264 High@4.1; the others make every video that
// form (copied when it already is, transcoded when not), for PACS and viewers that play only one.
enum class VideoFormat { Auto, Mpeg2MainLevel, Mpeg2HighLevel, H264HighLevel41, H264BluRay };

// Checked from file headers before anything is decoded; a limit hit is an error for that file.
struct ConversionLimits {
    qint64 maxPixels = 200LL * 1000 * 1000; // per image, rendered page or video frame
    int maxPages = 5000;                     // PDF pages, TIFF pages, GIF frames
    qint64 maxFrames = 216000;               // video frames: two hours at 30 frames/s
    qint64 maxFileBytes = 0xFFFFFFFELL - 1;  // one DICOM value holds less than 4 GiB

    // What is over a limit, as a sentence for the user; empty when within.
    QString fileSizeProblem(qint64 bytes) const;
    QString pixelProblem(qint64 width, qint64 height) const;

    friend bool operator==(const ConversionLimits &, const ConversionLimits &) = default;
};

struct ConversionSettings {
    QMap<QString, ImageSopClass> sopClassByExtension; // lower-case extension without dot
    ImageSopClass defaultSopClass = ImageSopClass::SecondaryCapture;
    int jpegQualityForLosslessInputs = 0;             // 0: store PNG/TIFF/... losslessly; 1-100: JPEG baseline
    VideoSopClass videoSopClass = VideoSopClass::Photographic;
    VideoFormat videoFormat = VideoFormat::Auto;
    bool pdfPageImages = false;                      // also store each PDF page as a Secondary Capture image
    ConversionLimits limits;
    QString characterSet;                            // Specific Character Set to write; empty: ISO_IR 192 (a device may set its own)

    ImageSopClass sopClassFor(const QString &path) const;

    QString validate(const QString &prefix = QStringLiteral("conversion")) const;
    QJsonObject toJson() const;
    static Result<ConversionSettings> fromJson(const QJsonObject &json, const QString &prefix = QStringLiteral("conversion"));

    friend bool operator==(const ConversionSettings &, const ConversionSettings &) = default;
};

} // namespace pacsdrop
