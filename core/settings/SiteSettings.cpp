#include "settings/SiteSettings.h"

#include "convert/StudyData.h"

#include <QJsonArray>

namespace pacsdrop {

QString SiteSettings::validate(const QString &prefix) const
{
    // The same limits as typed study data: LO 64 for the institution, SH 16 for the station.
    StudyData probe;
    probe.institutionName = institutionName;
    probe.stationName = stationName;
    if (const QString p = probe.validate(); !p.isEmpty())
        return prefix + u'.' + p.left(1).toLower() + p.mid(1);
    for (const QString &m : modalities) {
        StudyData withModality;
        withModality.modality = m;
        if (m.isEmpty() || !withModality.validate().isEmpty())
            return prefix + QStringLiteral(".modalities: \"%1\" is not a modality (upper-case letters, digits, at most 16)").arg(m);
    }
    if (StudyData extra; !extra.set(additionalInfoKeyword, QStringLiteral("x")) || !extra.validate().isEmpty())
        return prefix + QStringLiteral(".additionalInfoKeyword: \"%1\" is not a DICOM keyword PacsDrop can set").arg(additionalInfoKeyword);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("de") && language != QLatin1String("lt"))
        return prefix + QStringLiteral(".language: must be empty (system), en, de or lt");
    if (localArchiveKeepDays < 0 || localArchiveKeepDays > 100 * 365)
        return prefix + QStringLiteral(".localArchiveRetention.keepDays: must be between 0 (keep) and 36500");
    if (!(localArchiveKeepGigabytes >= 0 && localArchiveKeepGigabytes <= 1e6))
        return prefix + QStringLiteral(".localArchiveRetention.keepGigabytes: must be between 0 (keep) and 1000000");
    return {};
}

void applySiteDefaults(StudyData &data, const SiteSettings &site)
{
    if (data.institutionName.isEmpty())
        data.institutionName = site.institutionName;
    if (data.stationName.isEmpty())
        data.stationName = site.stationName;
}

QJsonObject SiteSettings::toJson() const
{
    return {{QStringLiteral("institutionName"), institutionName},
            {QStringLiteral("stationName"), stationName},
            {QStringLiteral("modalities"), QJsonArray::fromStringList(modalities)},
            {QStringLiteral("additionalInfoKeyword"), additionalInfoKeyword},
            {QStringLiteral("removeSentFromList"), removeSentFromList},
            {QStringLiteral("worklistOnlyForNonDicom"), worklistOnlyForNonDicom},
            {QStringLiteral("language"), language},
            {QStringLiteral("keepConvertedFiles"), keepConvertedFiles},
            {QStringLiteral("localArchiveRetention"), QJsonObject{{QStringLiteral("keepDays"), localArchiveKeepDays},
                                                                 {QStringLiteral("keepGigabytes"), localArchiveKeepGigabytes}}}};
}

Result<SiteSettings> SiteSettings::fromJson(const QJsonObject &json, const QString &prefix)
{
    SiteSettings s;
    for (const char *key : {"institutionName", "stationName", "additionalInfoKeyword", "language"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".%1: must be a string").arg(QLatin1String(key)));
    }
    for (const char *key : {"removeSentFromList", "worklistOnlyForNonDicom", "keepConvertedFiles"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".%1: must be true or false").arg(QLatin1String(key)));
    }
    s.institutionName = json.value(QStringLiteral("institutionName")).toString();
    s.stationName = json.value(QStringLiteral("stationName")).toString();
    s.additionalInfoKeyword = json.value(QStringLiteral("additionalInfoKeyword")).toString(s.additionalInfoKeyword);
    s.language = json.value(QStringLiteral("language")).toString();
    s.removeSentFromList = json.value(QStringLiteral("removeSentFromList")).toBool(false);
    s.worklistOnlyForNonDicom = json.value(QStringLiteral("worklistOnlyForNonDicom")).toBool(false);
    s.keepConvertedFiles = json.value(QStringLiteral("keepConvertedFiles")).toBool(false);
    if (const QJsonValue retention = json.value(QStringLiteral("localArchiveRetention")); !retention.isUndefined()) {
        const QJsonObject rule = retention.toObject();
        if (!retention.isObject() || (rule.contains(QStringLiteral("keepDays")) && !rule.value(QStringLiteral("keepDays")).isDouble())
            || (rule.contains(QStringLiteral("keepGigabytes")) && !rule.value(QStringLiteral("keepGigabytes")).isDouble()))
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".localArchiveRetention: must be {\"keepDays\": number, \"keepGigabytes\": number}"));
        s.localArchiveKeepDays = rule.value(QStringLiteral("keepDays")).toInt(0);
        s.localArchiveKeepGigabytes = rule.value(QStringLiteral("keepGigabytes")).toDouble(0);
    }
    const QJsonValue modalities = json.value(QStringLiteral("modalities"));
    if (!modalities.isUndefined()) {
        if (!modalities.isArray())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".modalities: must be a list"));
        s.modalities.clear();
        for (const QJsonValue &m : modalities.toArray())
            s.modalities << m.toString();
    }
    if (const QString p = s.validate(prefix); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return s;
}

} // namespace pacsdrop
