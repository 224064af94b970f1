#pragma once
// The console's logged-in sessions, kept in memory (a restart of serve logs everyone out). A
// session is named by a random 256-bit token that only its HttpOnly cookie carries, and has a
// second random token against cross-site requests (CSRF): the page reads it once and sends it
// with every change. A session ends when unused for the idle time, at logout, or when its user is
// removed or given another role. Not thread-safe: the console uses it on the API's thread.

#include "settings/ConsoleSettings.h"

#include <QDateTime>
#include <QHash>

#include <chrono>

namespace pacsdrop {

struct ConsoleSession {
    QByteArray token; // the cookie's value
    QByteArray csrf;  // sent back in X-CSRF-Token with every change
    QString user;
    ConsoleRole role = ConsoleRole::Viewer;
    QDateTime lastUsed;
};

class ConsoleSessions {
public:
    static constexpr int kMostSessions = 256; // beyond: the least recently used one ends

    explicit ConsoleSessions(std::chrono::seconds idle) : m_idle(idle) {}
    void setIdle(std::chrono::seconds idle) { m_idle = idle; }

    const ConsoleSession &open(const QString &user, ConsoleRole role, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The live session of that token; null when unknown or idle too long. A person's request marks
    // it used now; the page's own periodic refresh (touch false) does not, so a console left open
    // on an unattended desk still ends after the idle time.
    const ConsoleSession *use(const QByteArray &token, const QDateTime &now = QDateTime::currentDateTimeUtc(), bool touch = true);
    void close(const QByteArray &token);
    // Ends the user's sessions (removed, or the role changed).
    void closeAllOf(const QString &user);
    int count() const { return static_cast<int>(m_sessions.size()); }

private:
    std::chrono::seconds m_idle;
    QHash<QByteArray, ConsoleSession> m_sessions;
};

} // namespace pacsdrop
