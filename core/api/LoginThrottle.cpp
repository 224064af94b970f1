#include "api/LoginThrottle.h"

#include <algorithm>

namespace pacsdrop {

namespace {

constexpr qint64 kForgetAfterSeconds = 15 * 60;
constexpr qint64 kFirstWaitSeconds = 2;
constexpr qint64 kLongestWaitSeconds = 5 * 60;

} // namespace

qint64 LoginThrottle::waitSeconds(const QHostAddress &caller, const QDateTime &now) const
{
    const auto it = m_records.constFind(caller.toString());
    if (it == m_records.cend() || !it->blockedUntil.isValid() || it->blockedUntil <= now)
        return 0;
    return std::max<qint64>(1, (now.msecsTo(it->blockedUntil) + 999) / 1000);
}

void LoginThrottle::failed(const QHostAddress &caller, const QDateTime &now)
{
    Record &r = m_records[caller.toString()];
    if (r.lastFailure.isValid() && r.lastFailure.secsTo(now) > kForgetAfterSeconds)
        r = {};
    ++r.failures;
    r.lastFailure = now;
    if (r.failures > kFreeFailures) {
        const int doublings = std::min(r.failures - kFreeFailures - 1, 16);
        r.blockedUntil = now.addSecs(std::min(kFirstWaitSeconds << doublings, kLongestWaitSeconds));
    }
    if (m_records.size() > 10000) { // a flood of addresses: keep the memory bounded
        m_records.removeIf([&](const auto &entry) { return entry.value().lastFailure.secsTo(now) > kForgetAfterSeconds; });
    }
}

void LoginThrottle::succeeded(const QHostAddress &caller) { m_records.remove(caller.toString()); }

} // namespace pacsdrop
