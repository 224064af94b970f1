#include "api/LoginThrottle.h"

#include "api/ClientIdentity.h"

#include <algorithm>

namespace pacsdrop {

namespace {

constexpr qint64 kForgetAfterSeconds = 15 * 60;
constexpr int kMostRecords = 10000;

} // namespace

QString LoginThrottle::keyFor(const QString &user, const ClientIdentity &client)
{
    // The user name as given (bounded): guessing under another name tells nothing about this one's password.
    return user.left(256) + u'\n' + client.key();
}

qint64 LoginThrottle::waitSeconds(const QString &key, const QDateTime &now) const
{
    const auto it = m_records.constFind(key);
    if (it == m_records.cend() || !it->waitUntil.isValid() || it->waitUntil <= now)
        return 0;
    return std::max<qint64>(1, (now.msecsTo(it->waitUntil) + 999) / 1000);
}

void LoginThrottle::failed(const QString &key, const QDateTime &now)
{
    if (m_records.size() >= kMostRecords && !m_records.contains(key)) // a flood of names: keep memory bounded
        m_records.removeIf([&](const auto &entry) { return entry.value().lastFailure.secsTo(now) > kForgetAfterSeconds; });
    if (m_records.size() >= kMostRecords && !m_records.contains(key))
        m_records.erase(m_records.begin());
    Record &r = m_records[key];
    if (r.lastFailure.isValid() && r.lastFailure.secsTo(now) > kForgetAfterSeconds)
        r = {};
    ++r.failures;
    r.lastFailure = now;
    if (r.failures > kFreeFailures) {
        const int doublings = std::min(r.failures - kFreeFailures - 1, 8);
        r.waitUntil = now.addSecs(std::min<qint64>(qint64(1) << doublings, kLongestWaitSeconds));
    }
}

void LoginThrottle::succeeded(const QString &key) { m_records.remove(key); }

} // namespace pacsdrop
