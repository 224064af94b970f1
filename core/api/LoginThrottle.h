#pragma once
// Slows down password guessing, per caller address: the first few wrong passwords are answered at
// once; from the fourth on in a row, the address must wait before it may try again (2 s, doubling
// up to 5 min) and is answered "429 Too Many Requests" meanwhile — whatever password it sends,
// so parallel guessing gains nothing. A right password clears the count; so do 15 quiet minutes.
// Not thread-safe: the API server uses it on its own thread.

#include <QDateTime>
#include <QHash>
#include <QHostAddress>

namespace pacsdrop {

class LoginThrottle {
public:
    static constexpr int kFreeFailures = 3;

    // Seconds the address must still wait (0: it may try now).
    qint64 waitSeconds(const QHostAddress &caller, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    void failed(const QHostAddress &caller, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void succeeded(const QHostAddress &caller);

private:
    struct Record {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime blockedUntil;
    };
    QHash<QString, Record> m_records;
};

} // namespace pacsdrop
