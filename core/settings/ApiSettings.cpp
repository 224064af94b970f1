#include "settings/ApiSettings.h"

#include "common/IpAddress.h"

#include <QJsonArray>

namespace pacsdrop {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QString ApiSettings::validate() const
{
    if (!isIpAddress(address))
        return QStringLiteral("api.address: \"%1\" is not an IP address").arg(address);
    if (port < 1 || port > 65535)
        return QStringLiteral("api.port: must be between 1 and 65535 (is %1)").arg(port);
    for (const QString &entry : allow) {
        const bool subnet = entry.contains(u'/');
        if (subnet ? !isSubnet(entry) : !isIpAddress(entry))
            return QStringLiteral("api.allow: \"%1\" is neither an address nor a subnet like 10.1.2.0/24").arg(entry);
    }
    for (const QString &root : roots) {
        if (root.isEmpty() || !(root.startsWith(u'/') || (root.size() > 2 && root.at(1) == u':')))
            return QStringLiteral("api.roots: \"%1\" must be an absolute folder").arg(root);
    }
    if (maxRequestMegabytes < 1 || maxRequestMegabytes > 4096)
        return QStringLiteral("api.maxRequestMegabytes: must be between 1 and 4096");
    if (user.isEmpty() || user.contains(u':'))
        return QStringLiteral("api.user: must be a name without \":\"");
    if (certificate.isEmpty() != privateKey.isEmpty())
        return QStringLiteral("api.certificate, api.privateKey: give both (HTTPS) or neither");
    if (!passwordHash.isEmpty() && !passwordHash.startsWith(QStringLiteral("pbkdf2-sha256$")))
        return QStringLiteral("api.passwordHash: not a PacsDrop password hash (set it with \"pacsdrop api set-password\")");
    return console.validate();
}

QJsonObject ApiSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("address"), address},
            {QStringLiteral("port"), port},
            {QStringLiteral("allow"), QJsonArray::fromStringList(allow)},
            {QStringLiteral("hostNames"), QJsonArray::fromStringList(hostNames)},
            {QStringLiteral("roots"), QJsonArray::fromStringList(roots)},
            {QStringLiteral("maxRequestMegabytes"), maxRequestMegabytes},
            {QStringLiteral("user"), user},
            {QStringLiteral("passwordHash"), passwordHash},
            {QStringLiteral("certificate"), certificate},
            {QStringLiteral("privateKey"), privateKey},
            {QStringLiteral("console"), console.toJson()}};
}

Result<ApiSettings> ApiSettings::fromJson(const QJsonObject &json)
{
    ApiSettings a;
    a.enabled = json.value(QStringLiteral("enabled")).toBool(false);
    a.address = json.value(QStringLiteral("address")).toString(a.address);
    a.port = json.value(QStringLiteral("port")).toInt(a.port);
    if (json.contains(QStringLiteral("allow")))
        a.allow = stringList(json.value(QStringLiteral("allow")));
    a.hostNames = stringList(json.value(QStringLiteral("hostNames")));
    a.roots = stringList(json.value(QStringLiteral("roots")));
    a.maxRequestMegabytes = json.value(QStringLiteral("maxRequestMegabytes")).toInt(a.maxRequestMegabytes);
    a.user = json.value(QStringLiteral("user")).toString(a.user);
    a.passwordHash = json.value(QStringLiteral("passwordHash")).toString();
    a.certificate = json.value(QStringLiteral("certificate")).toString();
    a.privateKey = json.value(QStringLiteral("privateKey")).toString();
    if (json.contains(QStringLiteral("console"))) {
        auto console = ConsoleSettings::fromJson(json.value(QStringLiteral("console")).toObject());
        if (!console)
            return std::unexpected(console.error());
        a.console = *console;
    }
    if (const QString p = a.validate(); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return a;
}

} // namespace pacsdrop
