#include "outbox/NodeHeartbeat.h"

#include "logging/Log.h"
#include "outbox/Outbox.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace pacsdrop::NodeHeartbeat {

namespace {

class Beat {
public:
    ~Beat() { stop(); }

    bool start(const OutboxLocation &location)
    {
        std::lock_guard lock(m_mutex);
        if (m_stop || m_thread.joinable())
            return false;
        m_location = location;
        m_thread = std::thread([this, location] { run(location); });
        return true;
    }

    // Stops the beats; true when they were running. What they were for is m_location.
    bool stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (!m_thread.joinable())
            return false;
        m_thread.join();
        return true;
    }
    const OutboxLocation &location() const { return m_location; }
    void beatNow()
    {
        {
            std::lock_guard lock(m_mutex);
            m_soon = true;
        }
        m_wake.notify_all();
    }

private:
    void run(const OutboxLocation &location)
    {
        const auto interval = std::chrono::milliseconds(location.leaseSeconds * 1000 / 3);
        std::optional<Outbox> outbox; // its own connection, used on this thread only
        bool failing = false;         // said once per outage, and when it ends
        const auto failed = [&failing](const Error &error) {
            if (!failing)
                qCWarning(lcOutbox).noquote() << "shared outbox: cannot renew this node's claims:" << error.message << error.detail;
            failing = true;
        };
        // The process that started the beats has just beaten on its own connection (Outbox::open):
        // the first beat here comes an interval later, so a command that ends sooner never opens
        // a second connection (a login and a new server process: ~20 ms of two shared cores).
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, interval, [this] { return m_stop || m_soon; });
                if (m_stop)
                    break;
                m_soon = false;
            }
            if (!outbox) {
                if (auto opened = Outbox::open(location))
                    outbox.emplace(std::move(*opened));
                else
                    failed(opened.error());
            }
            if (outbox) {
                if (auto beat = outbox->heartbeat(); !beat) {
                    failed(beat.error());
                    outbox.reset(); // connected again on the next beat (the database may have restarted)
                } else if (std::exchange(failing, false)) {
                    qCInfo(lcOutbox).noquote() << "shared outbox: reached again; this node's claims are renewed";
                }
            }
        }
        outbox.reset();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_soon = false; // beat now, not an interval later
    std::thread m_thread;
    OutboxLocation m_location;
};

std::mutex g_mutex;
bool g_leaving = false;
// One per node name this process works as (a test may act as two nodes). Never destroyed: without
// a QCoreApplication (no post routine), a beat must not outlive Qt's SQL registry at exit.
std::map<QString, std::unique_ptr<Beat>> &beats()
{
    static auto *all = new std::map<QString, std::unique_ptr<Beat>>;
    return *all;
}

// As the application ends (QCoreApplication's destructor, while Qt's SQL drivers are still there):
// the beats stop and this process leaves the node list, so the nodes still running no longer count
// it when they share the work out. Its claims were given back by the delivery that held them.
void leaveAll()
{
    // Qt runs post routines before it waits for its thread pool: work still running there (an
    // intake, a delivery) keeps its claims and this process's place among the nodes until it ends.
    QThreadPool::globalInstance()->waitForDone();
    std::map<QString, std::unique_ptr<Beat>> ending;
    {
        std::lock_guard lock(g_mutex);
        g_leaving = true; // the outbox opened below starts no beats again
        ending.swap(beats());
    }
    for (auto &[key, beat] : ending) {
        if (!beat->stop())
            continue;
        if (auto outbox = Outbox::open(beat->location()))
            outbox->leave();
    }
}

} // namespace

namespace {
QString beatKey(const OutboxLocation &location) { return claimInstance(location.node) + u'\n' + location.postgresql; }
} // namespace

bool ensureRunning(const OutboxLocation &location)
{
    std::lock_guard lock(g_mutex);
    if (g_leaving)
        return false;
    [[maybe_unused]] static const bool leaveAtEnd = [] {
        qAddPostRoutine(leaveAll);
        return true;
    }();
    auto &slot = beats()[beatKey(location)];
    if (!slot)
        slot = std::make_unique<Beat>();
    return slot->start(location); // under the lock: leaveAll cannot take the beat away meanwhile
}

void beatSoon(const OutboxLocation &location)
{
    std::lock_guard lock(g_mutex);
    if (const auto it = beats().find(beatKey(location)); it != beats().end())
        it->second->beatNow();
}

} // namespace pacsdrop::NodeHeartbeat
