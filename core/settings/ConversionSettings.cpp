#include "settings/ConversionSettings.h"

#include <QFileInfo>

namespace pacsdrop {

namespace {

const QString kSc = QStringLiteral("SecondaryCapture");
const QString kVlp = QStringLiteral("VLPhotographic");

QString nameOf(ImageSopClass c) { return c == ImageSopClass::VlPhotographic ? kVlp : kSc; }

std::optional<ImageSopClass> parse(const QString &name)
{
    if (name == kSc)
        return ImageSopClass::SecondaryCapture;
    if (name == kVlp)
        return ImageSopClass::VlPhotographic;
    return std::nullopt;
}

const QStringList kVideoNames{QStringLiteral("VideoPhotographic"), QStringLiteral("VideoEndoscopic"),
                              QStringLiteral("VideoMicroscopic")};

} // namespace

ImageSopClass ConversionSettings::sopClassFor(const QString &path) const
{
    return sopClassByExtension.value(QFileInfo(path).suffix().toLower(), defaultSopClass);
}

QString ConversionSettings::validate(const QString &prefix) const
{
    if (jpegQualityForLosslessInputs < 0 || jpegQualityForLosslessInputs > 100)
        return prefix + QStringLiteral(".jpegQualityForLosslessInputs: must be 0 (lossless) or 1 to 100 (is %1)")
                            .arg(jpegQualityForLosslessInputs);
    for (auto it = sopClassByExtension.cbegin(); it != sopClassByExtension.cend(); ++it) {
        if (it.key().isEmpty() || it.key().startsWith(u'.') || it.key() != it.key().toLower())
            return prefix + QStringLiteral(".sopClassByExtension: \"%1\" must be a lower-case extension without a dot").arg(it.key());
    }
    return {};
}

QJsonObject ConversionSettings::toJson() const
{
    QJsonObject byExtension;
    for (auto it = sopClassByExtension.cbegin(); it != sopClassByExtension.cend(); ++it)
        byExtension.insert(it.key(), nameOf(it.value()));
    return {{QStringLiteral("sopClassByExtension"), byExtension},
            {QStringLiteral("defaultSopClass"), nameOf(defaultSopClass)},
            {QStringLiteral("jpegQualityForLosslessInputs"), jpegQualityForLosslessInputs},
            {QStringLiteral("videoSopClass"), kVideoNames.at(static_cast<int>(videoSopClass))}};
}

Result<ConversionSettings> ConversionSettings::fromJson(const QJsonObject &json, const QString &prefix)
{
    ConversionSettings c;
    const QJsonValue byExtension = json.value(QStringLiteral("sopClassByExtension"));
    if (!byExtension.isUndefined() && !byExtension.isObject())
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".sopClassByExtension: must be an object"));
    const QJsonObject map = byExtension.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto sopClass = parse(it.value().toString());
        if (!sopClass)
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".sopClassByExtension.%1: must be %2 or %3")
                                                        .arg(it.key(), kSc, kVlp));
        c.sopClassByExtension.insert(it.key(), *sopClass);
    }
    if (json.contains(QStringLiteral("defaultSopClass"))) {
        const auto sopClass = parse(json.value(QStringLiteral("defaultSopClass")).toString());
        if (!sopClass)
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".defaultSopClass: must be %1 or %2").arg(kSc, kVlp));
        c.defaultSopClass = *sopClass;
    }
    const QJsonValue quality = json.value(QStringLiteral("jpegQualityForLosslessInputs"));
    if (!quality.isUndefined()) {
        if (!quality.isDouble())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".jpegQualityForLosslessInputs: must be a number"));
        c.jpegQualityForLosslessInputs = quality.toInt();
    }
    if (json.contains(QStringLiteral("videoSopClass"))) {
        const qsizetype index = kVideoNames.indexOf(json.value(QStringLiteral("videoSopClass")).toString());
        if (index < 0)
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".videoSopClass: must be one of ") + kVideoNames.join(QStringLiteral(", ")));
        c.videoSopClass = static_cast<VideoSopClass>(index);
    }
    if (const QString problem = c.validate(prefix); !problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, problem);
    return c;
}

} // namespace pacsdrop
