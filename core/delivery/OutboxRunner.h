#pragma once
// Works every pending outbox entry, destination by destination: resolves each destination from
// the settings (a device name, or AET@host:port), delivers, and fails the entries of a
// destination that no longer exists with that reason. Used by "send", "queue resume" and,
// later, the window and the service. Blocking, on the thread that owns the Outbox.

#include "delivery/Delivery.h"
#include "settings/Settings.h"

namespace pacsdrop {

class DeliveryListener : public DeliveryObserver {
public:
    // Before the files of one destination are sent.
    virtual void destinationStarted(const Device &, int /*files*/) {}
    // A destination that cannot be used (unknown device): its entries have failed.
    virtual void destinationUnusable(const QString & /*destination*/, const QString & /*reason*/, int /*files*/) {}
};

Result<DeliverySummary> deliverPending(Outbox &outbox, const Settings &settings, DeliveryListener &listener,
                                       const std::atomic_bool &cancel);

} // namespace pacsdrop
