#include "settings/LookupDevice.h"

#include "dicom/CharacterSets.h"

#include <QDate>

namespace pacsdrop {

namespace {

QString dateProblem(const QString &date)
{
    if (date == QLatin1String("today") || date == QLatin1String("any"))
        return {};
    const QStringList parts = date.split(u'-');
    if (parts.size() > 2)
        return QStringLiteral("must be today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD (is \"%1\")").arg(date);
    for (const QString &p : parts) {
        if (!p.isEmpty() && !QDate::fromString(p, QStringLiteral("yyyyMMdd")).isValid())
            return QStringLiteral("must be today, any, YYYYMMDD or YYYYMMDD-YYYYMMDD (is \"%1\")").arg(date);
    }
    return {};
}

} // namespace

QString queryRootName(QueryRoot root) { return root == QueryRoot::Patient ? QStringLiteral("patient") : QStringLiteral("study"); }
QString queryLevelName(QueryLevel level) { return level == QueryLevel::Patient ? QStringLiteral("patient") : QStringLiteral("study"); }

std::optional<QueryRoot> parseQueryRoot(const QString &name)
{
    if (name == QLatin1String("patient"))
        return QueryRoot::Patient;
    if (name == QLatin1String("study"))
        return QueryRoot::Study;
    return std::nullopt;
}

std::optional<QueryLevel> parseQueryLevel(const QString &name)
{
    if (name == QLatin1String("patient"))
        return QueryLevel::Patient;
    if (name == QLatin1String("study"))
        return QueryLevel::Study;
    return std::nullopt;
}

QStringList LookupDevice::problems(const QString &prefix) const
{
    QStringList found = connection.problems(prefix);
    const QString dot = prefix.isEmpty() ? QString() : prefix + u'.';
    if (const QString p = readableCharacterSetProblem(fallbackCharacterSet); !p.isEmpty())
        found << dot + QStringLiteral("fallbackCharacterSet: ") + p;
    if (const QString p = dateProblem(defaults.date); !p.isEmpty())
        found << dot + QStringLiteral("defaults.date: ") + p;
    if (!defaults.stationAeTitle.isEmpty()) {
        if (const QString p = aeTitleProblem(defaults.stationAeTitle); !p.isEmpty())
            found << dot + QStringLiteral("defaults.stationAeTitle: ") + p;
    }
    if (defaults.modality.size() > 16)
        found << dot + QStringLiteral("defaults.modality: at most 16 characters");
    return found;
}

QString LookupDevice::validate(const QString &prefix) const
{
    return problems(prefix).value(0);
}

QJsonObject LookupDevice::toJson() const
{
    QJsonObject o = connection.toJson();
    o.remove(QStringLiteral("default")); // "default" means the send default; not used here
    o.remove(QStringLiteral("decompressIfRefused"));
    o.remove(QStringLiteral("parallelAssociations"));
    o.remove(QStringLiteral("characterSet"));
    o.insert(QStringLiteral("fallbackCharacterSet"), fallbackCharacterSet);
    o.insert(QStringLiteral("defaults"), QJsonObject{{QStringLiteral("modality"), defaults.modality},
                                                     {QStringLiteral("stationAeTitle"), defaults.stationAeTitle},
                                                     {QStringLiteral("date"), defaults.date},
                                                     {QStringLiteral("root"), queryRootName(defaults.root)},
                                                     {QStringLiteral("level"), queryLevelName(defaults.level)}});
    return o;
}

Result<LookupDevice> LookupDevice::fromJson(const QJsonObject &json, const QString &prefix)
{
    LookupDevice d;
    auto connection = Device::fromJson(json, prefix);
    if (!connection)
        return std::unexpected(connection.error());
    d.connection = *connection;
    const QJsonValue charset = json.value(QStringLiteral("fallbackCharacterSet"));
    if (!charset.isUndefined() && !charset.isString())
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".fallbackCharacterSet: must be a string"));
    if (charset.isString())
        d.fallbackCharacterSet = charset.toString();
    const QJsonValue defaults = json.value(QStringLiteral("defaults"));
    if (!defaults.isUndefined() && !defaults.isObject())
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".defaults: must be an object"));
    const QJsonObject o = defaults.toObject();
    for (const char *key : {"modality", "stationAeTitle", "date", "root", "level"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".defaults.%1: must be a string").arg(QLatin1String(key)));
    }
    d.defaults.modality = o.value(QStringLiteral("modality")).toString();
    d.defaults.stationAeTitle = o.value(QStringLiteral("stationAeTitle")).toString();
    d.defaults.date = o.value(QStringLiteral("date")).toString(QStringLiteral("today"));
    const auto root = parseQueryRoot(o.value(QStringLiteral("root")).toString(QStringLiteral("study")));
    if (!root)
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".defaults.root: must be patient or study"));
    d.defaults.root = *root;
    const auto level = parseQueryLevel(o.value(QStringLiteral("level")).toString(QStringLiteral("study")));
    if (!level)
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".defaults.level: must be patient or study"));
    d.defaults.level = *level;
    if (const QString p = d.validate(prefix); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return d;
}

} // namespace pacsdrop
