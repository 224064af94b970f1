#include "delivery/SharedWork.h"

#include <chrono>

namespace pacsdrop {

namespace {
// A waiting worker looks at the cancel flag this often (a cancel does not wake it).
constexpr auto kCancelCheck = std::chrono::milliseconds(50);
} // namespace

SharedWork::SharedWork(QList<StoreItem> items, int workers, bool open) : m_items(std::move(items)), m_running(workers), m_open(open) {}

QList<StoreItem> SharedWork::unclaimed(const QList<StoreItem> &of) const
{
    QList<StoreItem> left;
    for (const StoreItem &i : of)
        if (!m_claims.claimed(i.entryId))
            left.append(i);
    return left;
}

QList<StoreItem> SharedWork::next(qsizetype &from, const std::atomic_bool &cancel)
{
    std::unique_lock lock(m_mutex);
    while (from >= m_items.size() && m_open && !cancel.load())
        m_grown.wait_for(lock, kCancelCheck);
    QList<StoreItem> out = m_items.mid(from);
    from = m_items.size();
    return out;
}

bool SharedWork::add(const QList<StoreItem> &more)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_running == 0 || !m_open)
            return false;
        m_items += more;
    }
    m_grown.notify_all();
    return true;
}

void SharedWork::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_open = false;
    }
    m_grown.notify_all();
}

QList<StoreItem> SharedWork::stop(const std::optional<Error> &error)
{
    std::lock_guard lock(m_mutex);
    if (error)
        m_lastError = error;
    if (--m_running > 0 || !m_lastError)
        return {};
    QList<StoreItem> left;
    for (const StoreItem &i : m_items)
        if (m_claims.claim(i.entryId))
            left.append(i);
    return left;
}

Error SharedWork::lastError() const
{
    std::lock_guard lock(m_mutex);
    return *m_lastError;
}

} // namespace pacsdrop
