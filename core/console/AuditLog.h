#pragma once
// Every change made in the console, one JSON line each in <data>/console/audit.log: when, who
// (user and role), from where, what (action and its target: an outbox entry number, a user name),
// and how it ended. Never patient data: targets are numbers and names of console users.

#include <QJsonObject>
#include <QString>

namespace pacsdrop {

struct ConsoleAuditEntry {
    QString user;
    QString role;
    QString client;  // ClientIdentity::describe()
    QString action;  // "login", "login-refused", "logout", "retry", "remove", "user-set", "user-remove"
    QString target;  // what it acted on, without patient data
    QString outcome; // "ok", or why not
};

class AuditLog {
public:
    explicit AuditLog(QString path) : m_path(std::move(path)) {}
    void record(const ConsoleAuditEntry &entry) const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

// The audit log of the data folder in use.
QString consoleAuditLogPath();

} // namespace pacsdrop
