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

struct ConversionSettings {
    QMap<QString, ImageSopClass> sopClassByExtension; // lower-case extension without dot
    ImageSopClass defaultSopClass = ImageSopClass::SecondaryCapture;
    int jpegQualityForLosslessInputs = 0;             // 0: store PNG/TIFF/... losslessly; 1-100: JPEG baseline
    VideoSopClass videoSopClass = VideoSopClass::Photographic;

    ImageSopClass sopClassFor(const QString &path) const;

    QString validate(const QString &prefix = QStringLiteral("conversion")) const;
    QJsonObject toJson() const;
    static Result<ConversionSettings> fromJson(const QJsonObject &json, const QString &prefix = QStringLiteral("conversion"));

    friend bool operator==(const ConversionSettings &, const ConversionSettings &) = default;
};

} // namespace pacsdrop
