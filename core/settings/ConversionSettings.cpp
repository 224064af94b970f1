#include "settings/ConversionSettings.h"

#include "dicom/CharacterSets.h"

#include <QFileInfo>

#include <cmath>

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

const QStringList kVideoFormatNames{QStringLiteral("Auto"), QStringLiteral("MPEG2-MP@ML"), QStringLiteral("MPEG2-MP@HL"),
                                    QStringLiteral("H264-HP@L4.1"), QStringLiteral("H264-BD")};

// A whole number within [minimum, maximum] from JSON, or an error naming the key.
Result<qint64> readCount(const QJsonObject &json, const QString &key, qint64 fallback, qint64 minimum, qint64 maximum,
                         const QString &prefix)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < double(minimum) || number > double(maximum))
        return fail(ErrorCode::InvalidSettings, QStringLiteral("%1.%2: must be a whole number from %3 to %4")
                                                    .arg(prefix, key).arg(minimum).arg(maximum));
    return static_cast<qint64>(number);
}

constexpr qint64 kMegabyte = 1000 * 1000;

QJsonObject limitsToJson(const ConversionLimits &limits)
{
    return {{QStringLiteral("maxPixels"), double(limits.maxPixels)},
            {QStringLiteral("maxPages"), limits.maxPages},
            {QStringLiteral("maxVideoFrames"), double(limits.maxFrames)},
            {QStringLiteral("maxFileMegabytes"), double(limits.maxFileBytes / kMegabyte)}};
}

Result<ConversionLimits> limitsFromJson(const QJsonObject &json, const QString &prefix)
{
    ConversionLimits limits;
    const ConversionLimits defaults;
    auto pixels = readCount(json, QStringLiteral("maxPixels"), defaults.maxPixels, 1, 4LL * 1000 * 1000 * 1000, prefix);
    auto pages = readCount(json, QStringLiteral("maxPages"), defaults.maxPages, 1, 1000000, prefix);
    auto frames = readCount(json, QStringLiteral("maxVideoFrames"), defaults.maxFrames, 1, 100000000, prefix);
    auto megabytes = readCount(json, QStringLiteral("maxFileMegabytes"), defaults.maxFileBytes / kMegabyte, 1,
                               defaults.maxFileBytes / kMegabyte, prefix);
    for (const auto *r : {&pixels, &pages, &frames, &megabytes}) {
        if (!*r)
            return std::unexpected(r->error());
    }
    limits.maxPixels = *pixels;
    limits.maxPages = static_cast<int>(*pages);
    limits.maxFrames = *frames;
    // The default (just under 4 GiB) stays exact; a configured figure is whole megabytes.
    if (*megabytes != defaults.maxFileBytes / kMegabyte)
        limits.maxFileBytes = *megabytes * kMegabyte;
    return limits;
}

} // namespace

QString ConversionLimits::fileSizeProblem(qint64 bytes) const
{
    if (bytes <= maxFileBytes)
        return {};
    return QStringLiteral("file too large: %1 MB (limit %2 MB)").arg(bytes / kMegabyte).arg(maxFileBytes / kMegabyte);
}

QString ConversionLimits::pixelProblem(qint64 width, qint64 height) const
{
    if (width * height <= maxPixels)
        return {};
    return QStringLiteral("picture too large: %1 x %2 pixels (limit %3 million)").arg(width).arg(height).arg(double(maxPixels) / 1e6);
}

ImageSopClass ConversionSettings::sopClassFor(const QString &path) const
{
    return sopClassByExtension.value(QFileInfo(path).suffix().toLower(), defaultSopClass);
}

QString ConversionSettings::validate(const QString &prefix) const
{
    if (jpegQualityForLosslessInputs < 0 || jpegQualityForLosslessInputs > 100)
        return prefix + QStringLiteral(".jpegQualityForLosslessInputs: must be 0 (lossless) or 1 to 100 (is %1)")
                            .arg(jpegQualityForLosslessInputs);
    if (const QString problem = characterSetProblem(characterSet); !problem.isEmpty())
        return prefix + QStringLiteral(".characterSet: ") + problem;
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
            {QStringLiteral("videoSopClass"), kVideoNames.at(static_cast<int>(videoSopClass))},
            {QStringLiteral("videoFormat"), kVideoFormatNames.at(static_cast<int>(videoFormat))},
            {QStringLiteral("pdfPageImages"), pdfPageImages},
            {QStringLiteral("limits"), limitsToJson(limits)},
            {QStringLiteral("characterSet"), characterSet}};
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
    if (json.contains(QStringLiteral("videoFormat"))) {
        const qsizetype index = kVideoFormatNames.indexOf(json.value(QStringLiteral("videoFormat")).toString());
        if (index < 0)
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".videoFormat: must be one of ") + kVideoFormatNames.join(QStringLiteral(", ")));
        c.videoFormat = static_cast<VideoFormat>(index);
    }
    const QJsonValue pageImages = json.value(QStringLiteral("pdfPageImages"));
    if (!pageImages.isUndefined() && !pageImages.isBool())
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".pdfPageImages: must be true or false"));
    c.pdfPageImages = pageImages.toBool(false);
    const QJsonValue charset = json.value(QStringLiteral("characterSet"));
    if (!charset.isUndefined() && !charset.isString())
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".characterSet: must be a string"));
    c.characterSet = charset.toString();
    const QJsonValue limits = json.value(QStringLiteral("limits"));
    if (!limits.isUndefined() && !limits.isObject())
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".limits: must be an object"));
    auto parsedLimits = limitsFromJson(limits.toObject(), prefix + QStringLiteral(".limits"));
    if (!parsedLimits)
        return std::unexpected(parsedLimits.error());
    c.limits = *parsedLimits;
    if (const QString problem = c.validate(prefix); !problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, problem);
    return c;
}

} // namespace pacsdrop
