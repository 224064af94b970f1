#include "settings/InboundListener.h"

#include "settings/AppPaths.h"

#include <QDir>
#include <QFileInfo>

#include "settings/Device.h"

#include <QJsonArray>

namespace pacsdrop {

bool InboundListener::forwards(const QString &modality, const QString &sopClassUid) const
{
    if (!onlyModalities.isEmpty() && !onlyModalities.contains(modality.trimmed(), Qt::CaseInsensitive))
        return false;
    return onlySopClasses.isEmpty() || onlySopClasses.contains(sopClassUid.trimmed());
}

QString InboundListener::storeFolder() const
{
    return QDir::cleanPath(QFileInfo(folder.isEmpty() ? paths::dataDir() + QStringLiteral("/inbound/") + name : folder).absoluteFilePath());
}

QString InboundListener::validate(const QString &prefix) const
{
    if (name.trimmed().isEmpty())
        return prefix + QStringLiteral(".name: is required");
    if (name.contains(u'/') || name.contains(u'\\') || name.contains(QStringLiteral("..")))
        return prefix + QStringLiteral(".name: may not contain \"/\", \"\\\" or \"..\" (it names the listener's folder)");
    if (!folder.isEmpty() && QDir::isRelativePath(folder))
        return prefix + QStringLiteral(".folder: must be an absolute folder");
    if (const QString p = aeTitleProblem(aeTitle); !p.isEmpty())
        return prefix + QStringLiteral(".aeTitle: ") + p;
    if (port < 1 || port > 65535)
        return prefix + QStringLiteral(".port: must be between 1 and 65535 (is %1)").arg(port);
    if (maxAssociations < 1 || maxAssociations > 64)
        return prefix + QStringLiteral(".maxAssociations: must be between 1 and 64");
    for (const QString &ae : allowedCallingAes) {
        if (const QString p = aeTitleProblem(ae); !p.isEmpty())
            return prefix + QStringLiteral(".allowedCallingAes: ") + p;
    }
    if (keepDays < 0 || keepDays > 100 * 365)
        return prefix + QStringLiteral(".retention.keepDays: must be between 0 (keep) and 36500");
    if (keepGigabytes < 0 || keepGigabytes > 1e6)
        return prefix + QStringLiteral(".retention.keepGigabytes: must be between 0 (keep) and 1000000");
    return tls.validate(prefix + QStringLiteral(".tls"), false);
}

QJsonObject InboundListener::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("aeTitle"), aeTitle},
            {QStringLiteral("port"), port},
            {QStringLiteral("checkCalledAe"), checkCalledAe},
            {QStringLiteral("allowedCallingAes"), QJsonArray::fromStringList(allowedCallingAes)},
            {QStringLiteral("maxAssociations"), maxAssociations},
            {QStringLiteral("forwardTo"), QJsonArray::fromStringList(forwardTo)},
            {QStringLiteral("onlyModalities"), QJsonArray::fromStringList(onlyModalities)},
            {QStringLiteral("onlySopClasses"), QJsonArray::fromStringList(onlySopClasses)},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("loopbackOnly"), loopbackOnly},
            {QStringLiteral("tls"), tls.toJson()},
            {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepDays"), keepDays}, {QStringLiteral("keepGigabytes"), keepGigabytes}}}};
}

Result<InboundListener> InboundListener::fromJson(const QJsonObject &json, const QString &prefix)
{
    InboundListener l;
    auto list = [&](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    l.name = json.value(QStringLiteral("name")).toString();
    l.aeTitle = json.value(QStringLiteral("aeTitle")).toString(l.aeTitle);
    l.port = json.value(QStringLiteral("port")).toInt(l.port);
    l.checkCalledAe = json.value(QStringLiteral("checkCalledAe")).toBool(true);
    l.allowedCallingAes = list("allowedCallingAes");
    l.maxAssociations = json.value(QStringLiteral("maxAssociations")).toInt(l.maxAssociations);
    l.forwardTo = list("forwardTo");
    l.onlyModalities = list("onlyModalities");
    l.onlySopClasses = list("onlySopClasses");
    l.folder = json.value(QStringLiteral("folder")).toString();
    l.loopbackOnly = json.value(QStringLiteral("loopbackOnly")).toBool(false);
    const QJsonObject retention = json.value(QStringLiteral("retention")).toObject();
    l.keepDays = retention.value(QStringLiteral("keepDays")).toInt(0);
    l.keepGigabytes = retention.value(QStringLiteral("keepGigabytes")).toDouble(0);
    if (json.contains(QStringLiteral("tls"))) {
        auto tls = TlsSettings::fromJson(json.value(QStringLiteral("tls")).toObject(), prefix + QStringLiteral(".tls"), false);
        if (!tls)
            return std::unexpected(tls.error());
        l.tls = *tls;
    }
    if (const QString p = l.validate(prefix); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return l;
}

} // namespace pacsdrop
