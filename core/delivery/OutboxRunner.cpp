#include "delivery/OutboxRunner.h"

#include "common/ProcessLock.h"
#include "common/WorkNote.h"
#include "delivery/ClaimAhead.h"
#include "delivery/Recovery.h"
#include "delivery/TakeIn.h"

#include "dicom/DicomFileInfo.h"
#include "net/Target.h"

#include "logging/Log.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace pacsdrop {

namespace {

// Each entry's file is read again (a restored file becomes sendable); what cannot be read stays
// failed with the reason. Done entries are left alone, unless the PACS did not keep them (not
// committed, missing): those are sent again, with the same SOP Instance UID.
Result<int> requeueReadable(Outbox &outbox, const QList<OutboxEntry> &entries)
{
    int requeued = 0;
    for (const OutboxEntry &e : entries) {
        const bool notKept = e.confirmation == OutboxEntry::Confirmation::NotCommitted || e.confirmation == OutboxEntry::Confirmation::Missing;
        if (e.state == OutboxEntry::State::Done && !notKept)
            continue;
        auto header = readDicomFileInfo(e.path);
        if (!header || header->isDicomdir) {
            const QString reason = header ? QStringLiteral("a DICOMDIR is not sent itself") : header.error().message;
            if (auto r = outbox.markFailed(e.id, std::nullopt, reason, header ? ErrorCode::InvalidArgument : header.error().code); !r)
                return std::unexpected(r.error());
            continue;
        }
        if (auto r = outbox.markPending(e.id, *header); !r)
            return std::unexpected(r.error());
        ++requeued;
    }
    return requeued;
}

} // namespace

Result<int> retryFailed(Outbox &outbox)
{
    auto all = outbox.entries();
    if (!all)
        return std::unexpected(all.error());
    QList<OutboxEntry> failed;
    for (const OutboxEntry &e : *all) {
        if (e.state == OutboxEntry::State::Failed)
            failed << e;
    }
    return requeueReadable(outbox, failed);
}

Result<int> retryEntries(Outbox &outbox, const QList<qint64> &ids)
{
    QList<OutboxEntry> chosen;
    for (qint64 id : ids) {
        if (auto e = outbox.entry(id))
            chosen << *e;
    }
    return requeueReadable(outbox, chosen);
}

namespace {

// Delivers these entries destination by destination, adding to total; paused destinations' entries
// wait untouched (counted as left pending). `feed`: more entries while each destination is sent.
Result<void> deliverByDestination(Outbox &outbox, const Settings &settings, const QList<OutboxEntry> &due,
                                  const QList<Outbox::Pause> &paused, DeliveryListener &listener, const std::atomic_bool &cancel,
                                  DeliverySummary &total, DeliveryFeed *feed = nullptr)
{
    QMap<QString, QList<OutboxEntry>> byDestination;
    for (const OutboxEntry &e : due)
        byDestination[e.destination].append(e);
    for (auto it = byDestination.cbegin(); it != byDestination.cend() && !cancel.load(); ++it) {
        const QList<OutboxEntry> &entries = it.value();
        const auto pause = std::find_if(paused.cbegin(), paused.cend(), [&](const Outbox::Pause &p) { return p.destination == it.key(); });
        if (pause != paused.cend()) { // held back by an operator: the entries wait, untouched
            total.leftPending += static_cast<int>(entries.size());
            listener.destinationPaused(it.key(), static_cast<int>(entries.size()), pause->by);
            continue;
        }
        auto device = resolveTarget(settings, it.key());
        if (!device && outbox.shared()) { // another node may know it (a one-off target, a device set up there)
            QList<qint64> ids;
            for (const OutboxEntry &e : entries)
                ids << e.id;
            if (auto r = outbox.releaseClaims(ids); !r)
                return r;
            total.leftPending += static_cast<int>(entries.size());
            qCWarning(lcOutbox).noquote() << "shared outbox: destination" << it.key() << "is not configured on this node;" << entries.size()
                                          << "file(s) left for a node that knows it (keep the devices the same on every node)";
            continue;
        }
        if (!device) {
            const QString reason = QStringLiteral("destination \"%1\" is not configured any more — add the device again "
                                                  "or clear the outbox").arg(it.key());
            for (const OutboxEntry &e : entries) {
                if (auto r = outbox.markFailed(e.id, std::nullopt, reason, ErrorCode::InvalidSettings); !r)
                    return std::unexpected(r.error());
            }
            total.failed += static_cast<int>(entries.size());
            listener.destinationUnusable(it.key(), reason, static_cast<int>(entries.size()));
            continue;
        }
        listener.destinationStarted(*device, static_cast<int>(entries.size()));
        const DeliverySummary s = deliver(outbox, *device, callingAeTitle(settings, *device), entries, listener, cancel, feed);
        total.delivered += s.delivered;
        total.failed += s.failed;
        total.leftPending += s.leftPending;
        total.bytes += s.bytes;
    }
    return {};
}

// A shared outbox: work is claimed a chunk at a time, so the nodes share the load and a node that
// dies leaves only what it holds, which the others take over when its lease ends. Chunk sizes and
// claiming ahead: delivery/ClaimAhead.h (a chunk is about a second of work; the next one is
// claimed while one is sent and goes to the associations already open).
constexpr int kChunksPerRound = 50;

Result<void> deliverClaimed(Outbox &outbox, const Settings &settings, const QList<Outbox::Pause> &paused, DeliveryListener &listener,
                            const std::atomic_bool &cancel, DeliverySummary &total)
{
    QSet<qint64> seen; // attempted by this call: not claimed again (a peer that keeps failing would loop)
    QSet<qint64> held; // claimed by this round and not settled: what is still pending at its end (a stop, an error) is given back
    const auto giveBack = qScopeGuard([&] { outbox.releaseClaims(held.values()); });
    // A bounded round: with work arriving all the time, the caller (a hot folder's batch, a `send`)
    // still returns; the rest goes with the next round.
    int limit = kClaimChunk;
    int claimsLeft = kChunksPerRound;
    ClaimCost cost;
    std::optional<Result<QList<OutboxEntry>>> ahead; // claimed while the last chunk was sent, not sent with it
    // (What was claimed ahead is sent even when it was the round's last claim.)
    while ((claimsLeft > 0 || ahead) && !cancel.load()) {
        if (ahead && !*ahead) // the database failed while a chunk was handed over
            return std::unexpected(ahead->error());
        Result<QList<OutboxEntry>> claimed = QList<OutboxEntry>();
        if (ahead && !(*ahead)->isEmpty())
            claimed = confirmClaimedAhead(outbox, **ahead, held);
        ahead.reset();
        if (claimed && claimed->isEmpty()) {
            if (claimsLeft <= 0)
                break;
            claimed = claimTimed(outbox, limit, {}, cost);
            --claimsLeft;
        }
        if (!claimed)
            return std::unexpected(claimed.error());
        QList<OutboxEntry> fresh;
        QList<qint64> again, chunkIds;
        for (const OutboxEntry &e : *claimed) {
            chunkIds << e.id;
            held.insert(e.id);
            if (seen.contains(e.id))
                again << e.id;
            else
                fresh << e;
        }
        if (fresh.isEmpty()) {
            total.leftPending += static_cast<int>(again.size());
            held.clear();
            return outbox.releaseClaims(again);
        }
        for (const OutboxEntry &e : std::as_const(fresh))
            seen.insert(e.id);
        QElapsedTimer took;
        took.start();
        ClaimAhead watcher(outbox, listener, chunkIds, held, seen, claimsLeft, cost, cancel);
        if (auto r = deliverByDestination(outbox, settings, fresh, paused, watcher, cancel, total, &watcher); !r)
            return r;
        ahead = watcher.takeNext();
        if (auto r = outbox.releaseClaims(chunkIds); !r) // what this chunk left pending (a stop) is free for any node
            return r;
        for (qint64 id : std::as_const(chunkIds))
            held.remove(id);
        limit = nextClaimSize(watcher.finished(), took.elapsed(), outbox.fairShare());
    }
    return {};
}

// Paused destinations' entries, which claims leave alone, are reported as waiting.
void reportPaused(Outbox &outbox, const QList<Outbox::Pause> &paused, DeliveryListener &listener, DeliverySummary &total)
{
    if (paused.isEmpty()) // the usual case: no need to read every due entry
        return;
    auto due = outbox.due();
    if (!due)
        return;
    for (const Outbox::Pause &p : paused) {
        const auto waiting = std::count_if(due->cbegin(), due->cend(), [&](const OutboxEntry &e) { return e.destination == p.destination; });
        if (waiting == 0)
            continue;
        QList<qint64> mine; // recorded (and so claimed) by this process: free for whichever node resumes the device
        for (const OutboxEntry &e : *due) {
            if (e.destination == p.destination && e.claimedBy == outbox.instance())
                mine << e.id;
        }
        outbox.releaseClaims(mine);
        total.leftPending += static_cast<int>(waiting);
        listener.destinationPaused(p.destination, static_cast<int>(waiting), p.by);
    }
}

} // namespace

Result<DeliverySummary> deliverPending(Outbox &outbox, const Settings &settings, DeliveryListener &listener,
                                       const std::atomic_bool &cancel)
{
    // Two processes working one outbox would send the same entries twice; the second waits. (A
    // shared outbox: the processes of this computer take turns; other nodes work beside them.)
    ProcessLock lock(outbox.path() + QStringLiteral(".lock"));
    bool held = lock.tryLock(0);
    if (!held && lock.failure().isEmpty()) {
        listener.waitingForOtherSender();
        do
            held = lock.tryLock(500);
        while (!held && lock.failure().isEmpty() && !cancel.load());
    }
    if (!lock.failure().isEmpty())
        return fail(ErrorCode::FileUnreadable, lock.failure());
    if (!held) // cancelled while waiting
        return DeliverySummary{};
    // What a process that died left behind is dealt with first (and this process keeps a note).
    if (auto started = WorkNote::start(workNoteFolder(outbox)); !started)
        return std::unexpected(started.error());
    auto recovered = recoverLeftWork(outbox, settings);
    if (!recovered)
        return std::unexpected(recovered.error());
    if (recovered->batches > 0 || !recovered->setAsideEntries.isEmpty())
        listener.leftWorkRecovered(*recovered);
    auto paused = outbox.pausedDestinations();
    if (!paused)
        return std::unexpected(paused.error());
    DeliverySummary total;
    if (outbox.shared()) {
        if (auto r = deliverClaimed(outbox, settings, *paused, listener, cancel, total); !r)
            return std::unexpected(r.error());
        reportPaused(outbox, *paused, listener, total);
        return total;
    }
    auto pending = outbox.due(); // entries waiting out a retry back-off wait
    if (!pending)
        return std::unexpected(pending.error());
    if (auto r = deliverByDestination(outbox, settings, *pending, *paused, listener, cancel, total); !r)
        return std::unexpected(r.error());
    return total;
}

} // namespace pacsdrop
