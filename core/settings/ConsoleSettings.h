#pragma once
// The service console's people (docs/console.md): who may log in to the web console that
// `pacsdrop serve` shows on the API's listener, with which role, and how long an idle session
// lasts. Passwords are stored only as PBKDF2 hashes, like the API's. Lives in the settings file
// under "api": {"console": {...}}, next to the listener it shares.

#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pacsdrop {

// What a console user may do. Each role may do everything the ones before it may.
enum class ConsoleRole {
    Viewer,       // sees the dashboard and the queue, without patient data; changes nothing
    Operator,     // also sees patient names in the queue; retries and removes entries
    Administrator // also manages users
};

QString consoleRoleName(ConsoleRole role); // "viewer", "operator", "administrator"
std::optional<ConsoleRole> consoleRoleFromName(const QString &name);

struct ConsoleUser {
    QString name;
    ConsoleRole role = ConsoleRole::Viewer;
    QString passwordHash; // "pbkdf2-sha256$..."

    friend bool operator==(const ConsoleUser &, const ConsoleUser &) = default;
};

struct ConsoleSettings {
    bool enabled = true; // shown at / when the API runs and at least one user exists
    int idleMinutes = 30; // a session unused this long ends
    QList<ConsoleUser> users;

    const ConsoleUser *user(const QString &name) const;
    // Adds or replaces the user of that name.
    void setUser(const ConsoleUser &user);
    bool removeUser(const QString &name);

    QString validate() const;
    QJsonObject toJson() const;
    static Result<ConsoleSettings> fromJson(const QJsonObject &json);

    friend bool operator==(const ConsoleSettings &, const ConsoleSettings &) = default;
};

// A user name people can type and a log can show: 1-64 letters, digits, ".", "_", "-".
bool isValidConsoleUserName(const QString &name);

} // namespace pacsdrop
