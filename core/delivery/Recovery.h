#pragma once
// After a process died (a crash inside a parser, kill -9, a power cut): what it left behind for
// this outbox is dealt with before the outbox is worked again.
// - A batch it was taking in (its intake journal is still there) is taken in again: the file it
//   died reading (named in its work note) is set aside — recorded as failed with that reason,
//   never read again by itself — and every other file is queued and sent.
// - An entry it died sending stays pending and is sent again; one that was in hand at two such
//   deaths is set aside as failed (it may be what kills the process), so no crash repeats forever.
// Run under the outbox's delivery lock (deliverPending does), so one process recovers at a time.

#include "outbox/Outbox.h"
#include "settings/Settings.h"

namespace pacsdrop {

struct Recovered {
    int batches = 0;          // batches taken in again
    int queued = 0;           // their entries now pending
    QStringList setAside;     // files set aside because a process died reading them
    QList<qint64> setAsideEntries; // entries set aside because processes died sending them
};

Result<Recovered> recoverLeftWork(Outbox &outbox, const Settings &settings);

// What people are told about a set-aside entry.
QString sendingSetAsideReason();

} // namespace pacsdrop
