#pragma once
// The spool holds files PacsDrop made (converted objects) until they are delivered. A spool file
// stays while an outbox entry still needs it (pending or failed, for a retry); once delivered,
// or when nothing refers to it any more (an abandoned conversion), it is removed.

#include "common/Error.h"
#include "outbox/Outbox.h"

namespace pacsdrop {

// Removes spool files no pending or failed entry refers to; returns how many.
Result<int> cleanSpool(Outbox &outbox, const QString &spoolDir);

} // namespace pacsdrop
