#include "settings/ConsoleSettings.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace pacsdrop {

QString consoleRoleName(ConsoleRole role)
{
    switch (role) {
    case ConsoleRole::Viewer: return QStringLiteral("viewer");
    case ConsoleRole::Operator: return QStringLiteral("operator");
    case ConsoleRole::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<ConsoleRole> consoleRoleFromName(const QString &name)
{
    for (ConsoleRole role : {ConsoleRole::Viewer, ConsoleRole::Operator, ConsoleRole::Administrator}) {
        if (consoleRoleName(role) == name)
            return role;
    }
    return std::nullopt;
}

bool isValidConsoleUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9._-]{1,64}$)"));
    return pattern.match(name).hasMatch();
}

const ConsoleUser *ConsoleSettings::user(const QString &name) const
{
    for (const ConsoleUser &u : users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

void ConsoleSettings::setUser(const ConsoleUser &user)
{
    for (ConsoleUser &u : users) {
        if (u.name == user.name) {
            u = user;
            return;
        }
    }
    users.append(user);
}

bool ConsoleSettings::removeUser(const QString &name)
{
    return users.removeIf([&](const ConsoleUser &u) { return u.name == name; }) > 0;
}

QString ConsoleSettings::validate() const
{
    if (idleMinutes < 1 || idleMinutes > 24 * 60)
        return QStringLiteral("api.console.idleMinutes: must be between 1 and 1440 (is %1)").arg(idleMinutes);
    QSet<QString> seen;
    for (const ConsoleUser &u : users) {
        if (!isValidConsoleUserName(u.name))
            return QStringLiteral("api.console.users: \"%1\" is not a user name (letters, digits, \".\", \"_\", \"-\"; at most 64)").arg(u.name);
        if (seen.contains(u.name))
            return QStringLiteral("api.console.users: \"%1\" is listed twice").arg(u.name);
        seen.insert(u.name);
        if (!u.passwordHash.startsWith(QStringLiteral("pbkdf2-sha256$")))
            return QStringLiteral("api.console.users: \"%1\" has no PacsDrop password hash (set one with \"pacsdrop console add-user\")").arg(u.name);
    }
    return {};
}

QJsonObject ConsoleSettings::toJson() const
{
    QJsonArray list;
    for (const ConsoleUser &u : users)
        list.append(QJsonObject{{QStringLiteral("name"), u.name},
                                {QStringLiteral("role"), consoleRoleName(u.role)},
                                {QStringLiteral("passwordHash"), u.passwordHash}});
    return {{QStringLiteral("enabled"), enabled}, {QStringLiteral("idleMinutes"), idleMinutes}, {QStringLiteral("users"), list}};
}

Result<ConsoleSettings> ConsoleSettings::fromJson(const QJsonObject &json)
{
    ConsoleSettings c;
    c.enabled = json.value(QStringLiteral("enabled")).toBool(c.enabled);
    c.idleMinutes = json.value(QStringLiteral("idleMinutes")).toInt(c.idleMinutes);
    for (const QJsonValue &value : json.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString roleName = o.value(QStringLiteral("role")).toString();
        const auto role = consoleRoleFromName(roleName);
        if (!role)
            return fail(ErrorCode::InvalidSettings,
                        QStringLiteral("api.console.users: role \"%1\" is not viewer, operator or administrator").arg(roleName));
        c.users.append({o.value(QStringLiteral("name")).toString(), *role, o.value(QStringLiteral("passwordHash")).toString()});
    }
    if (const QString p = c.validate(); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return c;
}

} // namespace pacsdrop
