#pragma once
// Works every pending outbox entry, destination by destination: resolves each destination from
// the settings (a device name, or AET@host:port), delivers, and fails the entries of a
// destination that no longer exists with that reason. Used by "send", "queue resume" and,
// later, the window and the service. One process at a time (a lock file beside the outbox).
// Blocking, on the thread that owns the Outbox.

#include "delivery/Delivery.h"
#include "delivery/Recovery.h"
#include "settings/Settings.h"

namespace pacsdrop {

class DeliveryListener : public DeliveryObserver {
public:
    // Before the files of one destination are sent.
    virtual void destinationStarted(const Device &, int /*files*/) {}
    // A destination that cannot be used (unknown device): its entries have failed.
    virtual void destinationUnusable(const QString & /*destination*/, const QString & /*reason*/, int /*files*/) {}
    // An operator paused this destination (the console, `pacsdrop queue pause`): its files wait.
    virtual void destinationPaused(const QString & /*destination*/, int /*files*/, const QString & /*by*/) {}
    // Another process is delivering from this outbox; this one waits for it.
    virtual void waitingForOtherSender() {}
    // What a process that died left behind was dealt with (delivery/Recovery.h), before sending.
    virtual void leftWorkRecovered(const Recovered &) {}
};

// Failed entries whose file now reads as DICOM become pending again (with the header as it is
// now); the others stay failed with the current reason. Returns how many were re-queued.
Result<int> retryFailed(Outbox &outbox);
// The same for chosen entries, failed or waiting out a retry back-off (they become due now).
Result<int> retryEntries(Outbox &outbox, const QList<qint64> &ids);

Result<DeliverySummary> deliverPending(Outbox &outbox, const Settings &settings, DeliveryListener &listener,
                                       const std::atomic_bool &cancel);

} // namespace pacsdrop
