#pragma once
// Slows down password guessing without letting one client lock out another. Counted per user
// name *and* client (ClientIdentity: on this computer, per operating-system user), so a program
// guessing wrong does not slow down the EHR. The first three wrong passwords in a row are answered
// at once; from the fourth on, that user name from that client waits before its password is
// checked again — 1 s, then doubling up to 30 s, never a lockout: after the wait the right
// password passes. Requests during the wait are answered "429 Too Many Requests" unchecked, so
// guessing in parallel gains nothing. A right password clears the count; so do 15 quiet minutes.
// (A login the server has already accepted is remembered and never waits: ApiServer.)
// Not thread-safe: the API server uses it on its own thread.

#include <QDateTime>
#include <QHash>
#include <QString>

namespace pacsdrop {

struct ClientIdentity;

class LoginThrottle {
public:
    static constexpr int kFreeFailures = 3;
    static constexpr qint64 kLongestWaitSeconds = 30;

    static QString keyFor(const QString &user, const ClientIdentity &client);

    // Seconds before this key's password may be checked again (0: now).
    qint64 waitSeconds(const QString &key, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    void failed(const QString &key, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void succeeded(const QString &key);

private:
    struct Record {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime waitUntil;
    };
    QHash<QString, Record> m_records;
};

} // namespace pacsdrop
