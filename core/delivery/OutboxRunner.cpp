#include "delivery/OutboxRunner.h"

#include "common/WorkNote.h"
#include "delivery/Recovery.h"
#include "delivery/TakeIn.h"

#include "dicom/DicomFileInfo.h"
#include "net/Target.h"

#include <algorithm>
#include <QLockFile>
#include <QMap>

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

Result<DeliverySummary> deliverPending(Outbox &outbox, const Settings &settings, DeliveryListener &listener,
                                       const std::atomic_bool &cancel)
{
    // Two processes working one outbox would send the same entries twice; the second waits.
    QLockFile lock(outbox.path() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock.tryLock(0)) {
        listener.waitingForOtherSender();
        while (!lock.tryLock(500)) {
            if (cancel.load())
                return DeliverySummary{};
        }
    }
    // What a process that died left behind is dealt with first (and this process keeps a note).
    if (auto started = WorkNote::start(workNoteFolder(outbox)); !started)
        return std::unexpected(started.error());
    auto recovered = recoverLeftWork(outbox, settings);
    if (!recovered)
        return std::unexpected(recovered.error());
    if (recovered->batches > 0 || !recovered->setAsideEntries.isEmpty())
        listener.leftWorkRecovered(*recovered);
    auto pending = outbox.due(); // entries waiting out a retry back-off wait
    if (!pending)
        return std::unexpected(pending.error());

    QMap<QString, QList<OutboxEntry>> byDestination;
    for (const OutboxEntry &e : *pending)
        byDestination[e.destination].append(e);

    auto paused = outbox.pausedDestinations();
    if (!paused)
        return std::unexpected(paused.error());
    DeliverySummary total;
    for (auto it = byDestination.cbegin(); it != byDestination.cend() && !cancel.load(); ++it) {
        const QList<OutboxEntry> &entries = it.value();
        const auto pause = std::find_if(paused->cbegin(), paused->cend(), [&](const Outbox::Pause &p) { return p.destination == it.key(); });
        if (pause != paused->cend()) { // held back by an operator: the entries wait, untouched
            total.leftPending += static_cast<int>(entries.size());
            listener.destinationPaused(it.key(), static_cast<int>(entries.size()), pause->by);
            continue;
        }
        auto device = resolveTarget(settings, it.key());
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
        const DeliverySummary s = deliver(outbox, *device, callingAeTitle(settings, *device), entries, listener, cancel);
        total.delivered += s.delivered;
        total.failed += s.failed;
        total.leftPending += s.leftPending;
        total.bytes += s.bytes;
    }
    return total;
}

} // namespace pacsdrop
