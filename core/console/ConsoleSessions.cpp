#include "console/ConsoleSessions.h"

#include <QRandomGenerator>

#include <algorithm>

namespace pacsdrop {

namespace {

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

const ConsoleSession &ConsoleSessions::open(const QString &user, ConsoleRole role, const QDateTime &now)
{
    m_sessions.removeIf([&](const auto &entry) { return entry.value().lastUsed.secsTo(now) >= m_idle.count(); });
    if (m_sessions.size() >= kMostSessions) {
        auto oldest = std::min_element(m_sessions.begin(), m_sessions.end(),
                                       [](const ConsoleSession &a, const ConsoleSession &b) { return a.lastUsed < b.lastUsed; });
        m_sessions.erase(oldest);
    }
    ConsoleSession session{randomToken(), randomToken(), user, role, now};
    return *m_sessions.insert(session.token, session);
}

const ConsoleSession *ConsoleSessions::use(const QByteArray &token, const QDateTime &now, bool touch)
{
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return nullptr;
    if (it->lastUsed.secsTo(now) >= m_idle.count()) {
        m_sessions.erase(it);
        return nullptr;
    }
    if (touch)
        it->lastUsed = now;
    return &*it;
}

void ConsoleSessions::close(const QByteArray &token) { m_sessions.remove(token); }

void ConsoleSessions::closeAllOf(const QString &user)
{
    m_sessions.removeIf([&](const auto &entry) { return entry.value().user == user; });
}

} // namespace pacsdrop
