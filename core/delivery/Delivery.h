#pragma once
// Delivery works outbox entries for one destination: it spreads them over the device's parallel
// associations (worker threads, balanced by bytes), records every result in the outbox as it
// arrives, and tells an observer. Blocking: call from a thread that owns the Outbox (the CLI's
// main thread, or a GUI worker). Observer calls happen on that same thread.

#include "net/StoreItem.h"
#include "outbox/Outbox.h"
#include "settings/Device.h"

#include <atomic>

namespace pacsdrop {

class DeliveryObserver {
public:
    virtual ~DeliveryObserver() = default;
    virtual void fileStarted(const OutboxEntry &) {}
    virtual void fileProgress(const OutboxEntry &, qint64 /*bytesSent*/) {}
    virtual void fileFinished(const OutboxEntry &, const StoreOutcome &) {}
};

struct DeliverySummary {
    int delivered = 0;
    int failed = 0;
    int leftPending = 0; // cancelled before they were sent
    qint64 bytes = 0;    // file bytes of the delivered entries
};

// More entries for a delivery while it runs (a shared outbox's next chunk, OutboxRunner.cpp): the
// associations already open take them, so none closes and opens again between chunks. Asked on the
// delivery's own thread after each group of events, until it says it is closed.
class DeliveryFeed {
public:
    virtual ~DeliveryFeed() = default;
    struct More {
        QList<OutboxEntry> entries; // for this device's destination only
        bool closed = false;        // nothing more will come for this delivery
    };
    virtual More more(const Device &device, const QString &destination) = 0;
};

// `feed`: where more entries may come from while it runs (none: just `entries`).
DeliverySummary deliver(Outbox &outbox, const Device &device, const QString &callingAe, const QList<OutboxEntry> &entries,
                        DeliveryObserver &observer, const std::atomic_bool &cancel, DeliveryFeed *feed = nullptr);

} // namespace pacsdrop
