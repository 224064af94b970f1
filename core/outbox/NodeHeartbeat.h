#pragma once
// Keeps this process's claims on a shared outbox alive: a thread with its own database connection
// renews the process's row in "nodes" and the leases of every entry it holds, every third of a
// lease. When the process dies (SIGKILL, power, network), the beats stop, the leases end and other
// nodes take the work over. Started by the first Outbox::open of a shared store; one per process (and node name).
// A process that ends normally takes its row out of "nodes" as the thread stops.

#include "outbox/OutboxLocation.h"

namespace pacsdrop::NodeHeartbeat {

// Starts the thread unless it runs; true when this call started it (the caller then beats once
// itself, so the process counts as alive before it writes anything; the thread connects and beats
// an interval later, so a short command logs in once).
bool ensureRunning(const OutboxLocation &location);

// The caller's own beat failed (the database was not there): the thread tries now, not an
// interval later, so the process is not missing from the live nodes for a third of a lease.
void beatSoon(const OutboxLocation &location);

} // namespace pacsdrop::NodeHeartbeat
