#include "delivery/Delivery.h"
#include "delivery/RetryPolicy.h"
#include "delivery/SharedWork.h"

#include "logging/Log.h"
#include "net/DicomWebClient.h"
#include "net/StoreSession.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace pacsdrop {

namespace {

constexpr qint64 kProgressIntervalMs = 200; // coalesce byte progress per worker
// Outcomes are recorded in groups (Outbox::beginChanges): one commit per this much time, not two
// per file; the group is committed as soon as no event comes within it.
constexpr qint64 kOutcomeGroupMs = 100;
constexpr int kIdleSessions = 3; // sessions that answer no file before an association gives up

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
    // What arrives within the time given (empty when nothing did).
    std::deque<Event> takeWithin(std::chrono::milliseconds limit)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait_for(lock, limit, [this] { return !m_events.empty(); });
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

// One worker: sessions while files are left that no other association took. A new association is
// tried only while the previous one delivered something, so a peer that refuses everything ends
// the loop.
void work(const Device &device, const QString &callingAe, SharedWork &shared, EventQueue &queue, const std::atomic_bool &cancel)
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

    hooks.claims = &shared.claims();
    qsizetype from = 0; // how far into the shared files this worker has looked
    hooks.more = [&] { return shared.next(from, cancel); };
    QList<StoreItem> items = shared.next(from, cancel);
    std::optional<Error> gaveUp;
    int idle = 0; // sessions in a row that answered none of the files left to them
    while (!items.isEmpty() && !cancel.load()) {
        const StoreSessionSummary summary = runStoreSession(device, callingAe, items, hooks, cancel);
        items = shared.unclaimed(summary.notAttempted);
        idle = summary.delivered + summary.failed > 0 ? 0 : idle + 1;
        // No progress on this association (it could not be opened, or broke before a file was
        // answered): the rest is left to the others. A session whose files the others took, or
        // that left files added meanwhile to an association that can carry them, did not fail.
        if (idle > 0 && !items.isEmpty() && !cancel.load() && (summary.associationError || idle >= kIdleSessions)) {
            gaveUp = summary.associationError.value_or(
                Error{ErrorCode::AssociationAborted, QStringLiteral("the association with %1 broke").arg(device.address()), {}});
            break;
        }
        if (items.isEmpty() && !cancel.load())
            items = shared.next(from, cancel); // files added meanwhile (waits while more may come)
    }
    const QList<StoreItem> left = cancel.load() ? QList<StoreItem>{} : shared.stop(gaveUp);
    if (!left.isEmpty()) { // every association gave up: the files nobody sent fail with the last reason
        const Error error = shared.lastError();
        for (const StoreItem &item : left) {
            StoreOutcome outcome;
            outcome.state = StoreOutcome::State::Failed;
            outcome.errorCode = error.code;
            outcome.message = error.message;
            outcome.detail = error.detail;
            queue.post({Event::Type::Finished, item.entryId, item.size, outcome});
        }
    }
    queue.post({Event::Type::WorkerDone, 0, 0, {}});
}

// One worker for a DICOMweb device: STOW-RS requests of the device's batch size (files no other
// worker took), each file's result taken from the answer by its SOP Instance UID.
void workStow(const Device &device, SharedWork &shared, EventQueue &queue, const std::atomic_bool &cancel)
{
    const int batchSize = std::max(device.web.batchSize, 1);
    qsizetype from = 0, next = 0;
    QList<StoreItem> items;
    while (!cancel.load()) {
        if (next == items.size()) { // the files there are, then those added meanwhile (waits while more may come)
            items = shared.next(from, cancel);
            next = 0;
            if (items.isEmpty())
                break;
        }
        QList<StoreItem> batch;
        for (; next < items.size() && batch.size() < batchSize; ++next)
            if (shared.claims().claim(items[next].entryId))
                batch.append(items[next]);
        if (batch.isEmpty())
            continue;
        for (const StoreItem &item : batch)
            queue.post({Event::Type::Started, item.entryId, 0, {}});
        const QHash<QString, StoreOutcome> results = stowBatch(device, batch);
        for (const StoreItem &item : batch)
            queue.post({Event::Type::Finished, item.entryId, item.size, results.value(item.sopInstanceUid)});
        if (device.minIntervalMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(device.minIntervalMs));
    }
    shared.stop(std::nullopt); // every claimed file has its answer; none is left to fail
    queue.post({Event::Type::WorkerDone, 0, 0, {}});
}

} // namespace

DeliverySummary deliver(Outbox &outbox, const Device &device, const QString &callingAe, const QList<OutboxEntry> &entries,
                        DeliveryObserver &observer, const std::atomic_bool &cancel, DeliveryFeed *feed)
{
    DeliverySummary summary;
    if (entries.isEmpty())
        return summary;
    QHash<qint64, OutboxEntry> byId;
    for (const OutboxEntry &e : entries)
        byId.insert(e.id, e);

    // No more associations than files, unless a feed may bring more files.
    const int allowed = std::max(device.parallelAssociations, 1);
    const int workers = feed ? allowed : std::min(allowed, static_cast<int>(entries.size()));
    QList<StoreItem> items;
    for (const OutboxEntry &e : entries)
        items.append(toStoreItem(e));
    SharedWork shared(std::move(items), workers, feed != nullptr);
    qsizetype taken = entries.size(); // with what the feed added
    qCInfo(lcNet).noquote() << "delivering" << entries.size() << "files to" << device.address() << "on up to" << workers
                            << "association(s)";

    EventQueue queue;
    std::vector<std::jthread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back([&] {
            if (device.isDicomWeb())
                workStow(device, shared, queue, cancel);
            else
                work(device, callingAe, shared, queue, cancel);
        });

    int running = static_cast<int>(threads.size());
    QSet<qint64> finished;
    QSet<qint64> started; // files whose C-STORE began (an attempt is counted then)
    QElapsedTimer groupAge;
    const auto recordGroup = [&] {
        if (auto r = outbox.commitChanges(); !r)
            qCWarning(lcOutbox).noquote() << r.error().message << r.error().detail;
    };
    // More entries from the feed go to the associations at work (checked after every group of
    // events: the feed decides while it is told of finished files).
    const auto takeMore = [&] {
        DeliveryFeed::More more = feed->more(device, entries.constFirst().destination);
        QList<StoreItem> added;
        for (const OutboxEntry &e : std::as_const(more.entries)) {
            byId.insert(e.id, e);
            added.append(toStoreItem(e));
        }
        if (!added.isEmpty() && shared.add(added)) // else no association is left to take them: they stay pending
            qCDebug(lcNet).noquote() << added.size() << "more files to" << device.address();
        taken += more.entries.size();
        if (more.closed) {
            shared.close();
            feed = nullptr;
        }
    };
    while (running > 0) {
        if (feed)
            takeMore();
        std::deque<Event> events;
        if (outbox.changing()) { // a group is open: commit it rather than wait with it open
            const qint64 left = kOutcomeGroupMs - groupAge.elapsed();
            if (left > 0)
                events = queue.takeWithin(std::chrono::milliseconds(left));
            if (events.empty()) {
                recordGroup();
                continue;
            }
        } else {
            events = queue.take();
            if (outbox.beginChanges()) // else each change commits on its own
                groupAge.start();
        }
        for (Event &event : events) {
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
    recordGroup();
    threads.clear(); // joins
    summary.leftPending = static_cast<int>(taken - finished.size());
    return summary;
}

} // namespace pacsdrop
