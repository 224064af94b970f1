#pragma once
// Which failures are worth trying again, and when (unattended delivery): a refused or lost
// connection, a timeout, an abort, "out of resources" or a busy PACS are transient; an unknown AE
// title, a SOP class or transfer syntax the PACS does not take, or data it calls invalid are
// permanent and fail at once. Retries resend the same file: the SOP Instance UID never changes.

#include "net/StoreItem.h"
#include "settings/Device.h"

#include <QDateTime>

#include <optional>

namespace pacsdrop {

bool isTransient(const StoreOutcome &outcome);

// When to try again after the attempt numbered `attempts` (1 = the first) failed, or nullopt when
// the failure is final (permanent, or the device's attempts are used up).
std::optional<QDateTime> nextAttempt(const Device &device, const StoreOutcome &outcome, int attempts, const QDateTime &now);

// The window's policy on top of the device's: a clinician who sent files expects them to arrive
// when the PACS is back, without pressing anything. Transient failures stay pending and are tried
// again with back-off (the device's first wait, at most 10 minutes apart) for about a day;
// permanent ones still fail at once.
Device keepTrying(Device device);

} // namespace pacsdrop
