#include "delivery/Delivery.h"
#include "delivery/RetryPolicy.h"

#include "logging/Log.h"
#include "net/DicomWebClient.h"
#include "net/StoreSession.h"

#include <QElapsedTimer>
#include <QHash>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace pacsdrop {

namespace {

constexpr qint64 kProgressIntervalMs = 200; // coalesce byte progress per worker

struct Event {
    enum class Type { Started, Progress, Finished, WorkerDone } type;
    qint64 entryId = 0;
    qint64 bytes = 0;
    StoreOutcome outcome;
};

// Workers post events; the owning thread drains them.
class EventQueue {
public:
    void post(Event event)
    {
        {
            std::lock_guard lock(m_mutex);
            m_events.push_back(std::move(event));
        }
        m_ready.notify_one();
    }
    std::deque<Event> take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_events.empty(); });
        return std::exchange(m_events, {});
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Event> m_events;
};

StoreItem toStoreItem(const OutboxEntry &e)
{
    return StoreItem{e.id, e.path, e.sopClassUid, e.sopInstanceUid, e.transferSyntaxUid, e.hasMetaHeader, e.size};
}

// Balanced by bytes, keeping the original order inside each share.
QList<QList<StoreItem>> share(const QList<OutboxEntry> &entries, int workers)
{
    QList<QList<StoreItem>> shares(workers);
    QList<qint64> load(workers, 0);
    for (const OutboxEntry &e : entries) {
        const auto least = std::min_element(load.begin(), load.end()) - load.begin();
        shares[least].append(toStoreItem(e));
        load[least] += std::max<qint64>(e.size, 1);
    }
    shares.removeIf([](const QList<StoreItem> &s) { return s.isEmpty(); });
    return shares;
}

// One worker: sessions until every file has an outcome. A new association is tried only while
// the previous one delivered something, so a peer that refuses everything ends the loop.
void work(const Device &device, const QString &callingAe, QList<StoreItem> items, EventQueue &queue,
          const std::atomic_bool &cancel)
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    StoreSessionHooks hooks;
    hooks.started = [&](const StoreItem &item) { queue.post({Event::Type::Started, item.entryId, 0, {}}); };
    hooks.progress = [&](const StoreItem &item, qint64 bytes) {
        if (sinceProgress.elapsed() >= kProgressIntervalMs) {
            sinceProgress.restart();
            queue.post({Event::Type::Progress, item.entryId, bytes, {}});
        }
    };
    // Throttling for PACS and links that must not be flooded: a pause between files, and a rate
    // limit (both per association).
    QElapsedTimer sinceStart;
    sinceStart.start();
    qint64 bytesSent = 0;
    hooks.finished = [&](const StoreItem &item, const StoreOutcome &outcome) {
        queue.post({Event::Type::Finished, item.entryId, item.size, outcome});
        bytesSent += item.size;
        if (device.maxKilobytesPerSecond > 0) {
            const qint64 dueMs = bytesSent / device.maxKilobytesPerSecond; // bytes / (kB/s) = ms
            if (const qint64 ahead = dueMs - sinceStart.elapsed(); ahead > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(ahead));
        }
        if (device.minIntervalMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(device.minIntervalMs));
    };

    while (!items.isEmpty() && !cancel.load()) {
        const StoreSessionSummary summary = runStoreSession(device, callingAe, items, hooks, cancel);
        items = summary.notAttempted;
        if (items.isEmpty() || cancel.load())
            break;
        if (summary.delivered + summary.failed == 0) {
            // No progress on this association: the remaining files fail with its reason.
            const Error error = summary.associationError.value_or(
                Error{ErrorCode::AssociationAborted, QStringLiteral("the association with %1 broke").arg(device.address()), {}});
            for (const StoreItem &item : items) {
                StoreOutcome outcome;
                outcome.state = StoreOutcome::State::Failed;
                outcome.errorCode = error.code;
                outcome.message = error.message;
                outcome.detail = error.detail;
                queue.post({Event::Type::Finished, item.entryId, item.size, outcome});
            }
            break;
        }
    }
    queue.post({Event::Type::WorkerDone, 0, 0, {}});
}

// One worker for a DICOMweb device: STOW-RS requests of the device's batch size, each file's
// result taken from the answer by its SOP Instance UID.
void workStow(const Device &device, const QList<StoreItem> &items, EventQueue &queue, const std::atomic_bool &cancel)
{
    const int batchSize = std::max(device.web.batchSize, 1);
    for (qsizetype start = 0; start < items.size() && !cancel.load(); start += batchSize) {
        const QList<StoreItem> batch = items.mid(start, batchSize);
        for (const StoreItem &item : batch)
            queue.post({Event::Type::Started, item.entryId, 0, {}});
        const QHash<QString, StoreOutcome> results = stowBatch(device, batch);
        for (const StoreItem &item : batch)
            queue.post({Event::Type::Finished, item.entryId, item.size, results.value(item.sopInstanceUid)});
        if (device.minIntervalMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(device.minIntervalMs));
    }
    queue.post({Event::Type::WorkerDone, 0, 0, {}});
}

} // namespace

DeliverySummary deliver(Outbox &outbox, const Device &device, const QString &callingAe,
                        const QList<OutboxEntry> &entries, DeliveryObserver &observer, const std::atomic_bool &cancel)
{
    DeliverySummary summary;
    if (entries.isEmpty())
        return summary;
    QHash<qint64, OutboxEntry> byId;
    for (const OutboxEntry &e : entries)
        byId.insert(e.id, e);

    const int workers = std::clamp(device.parallelAssociations, 1, static_cast<int>(entries.size()));
    const QList<QList<StoreItem>> shares = share(entries, workers);
    qCInfo(lcNet).noquote() << "delivering" << entries.size() << "files to" << device.address() << "on"
                            << shares.size() << "association(s)";

    EventQueue queue;
    std::vector<std::jthread> threads;
    for (const QList<StoreItem> &items : shares)
        threads.emplace_back([&, items] {
            if (device.isDicomWeb())
                workStow(device, items, queue, cancel);
            else
                work(device, callingAe, items, queue, cancel);
        });

    int running = static_cast<int>(threads.size());
    QSet<qint64> finished;
    QSet<qint64> started; // files whose C-STORE began (an attempt is counted then)
    while (running > 0) {
        for (Event &event : queue.take()) {
            if (event.type == Event::Type::WorkerDone) {
                --running;
                continue;
            }
            const OutboxEntry &entry = byId[event.entryId];
            switch (event.type) {
            case Event::Type::WorkerDone:
                break;
            case Event::Type::Started:
                started.insert(entry.id);
                if (auto r = outbox.markAttempt(entry.id); !r)
                    qCWarning(lcOutbox).noquote() << r.error().message << r.error().detail;
                observer.fileStarted(entry);
                break;
            case Event::Type::Progress:
                observer.fileProgress(entry, event.bytes);
                break;
            case Event::Type::Finished: {
                const StoreOutcome &o = event.outcome;
                const std::optional<int> status = o.dimseStatus ? std::optional<int>(*o.dimseStatus) : std::nullopt;
                Result<void> recorded;
                if (o.state == StoreOutcome::State::Delivered) {
                    recorded = outbox.markDone(entry.id, status, o.message);
                    ++summary.delivered;
                    summary.bytes += entry.size;
                } else if (o.state == StoreOutcome::State::Failed) {
                    // Unattended delivery: a transient failure waits out its back-off and stays pending.
                    // A file that never got as far as its C-STORE (refused, unreachable) counts an attempt too.
                    if (!started.contains(entry.id))
                        outbox.markAttempt(entry.id);
                    const int attempts = entry.attempts + 1;
                    StoreOutcome told = o;
                    if (const auto retry = nextAttempt(device, o, attempts, QDateTime::currentDateTime())) {
                        told.message = QStringLiteral("%1 — trying again at %2 (attempt %3 of %4)")
                                           .arg(o.message, retry->toString(QStringLiteral("HH:mm:ss"))).arg(attempts + 1).arg(device.maxAttempts);
                        told.retryAt = *retry;
                        recorded = outbox.markRetry(entry.id, status, told.message, *retry, o.errorCode);
                        observer.fileFinished(entry, told);
                        break; // left pending: counted by leftPending
                    }
                    if (device.maxAttempts > 1 && isTransient(o))
                        told.message = QStringLiteral("gave up after %1 attempts: %2").arg(attempts).arg(o.message);
                    recorded = outbox.markFailed(entry.id, status, told.message, o.errorCode);
                    ++summary.failed;
                    if (!recorded)
                        qCWarning(lcOutbox).noquote() << recorded.error().message << recorded.error().detail;
                    finished.insert(entry.id);
                    observer.fileFinished(entry, told);
                    break;
                }
                if (!recorded)
                    qCWarning(lcOutbox).noquote() << recorded.error().message << recorded.error().detail;
                finished.insert(entry.id);
                observer.fileFinished(entry, o);
                break;
            }
            }
        }
    }
    threads.clear(); // joins
    summary.leftPending = static_cast<int>(entries.size()) - static_cast<int>(finished.size());
    return summary;
}

} // namespace pacsdrop
