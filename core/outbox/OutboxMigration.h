#pragma once
// `pacsdrop outbox migrate --to postgresql`: moves an SQLite outbox, entry by entry with its ids,
// states, attempts, taken files and paused devices, into the (empty) shared PostgreSQL outbox, in
// one transaction — all or nothing. Files in the local spool that entries still need are copied
// into the shared spool and the entries point there. Refused while a PacsDrop process works the
// SQLite outbox, or while it holds an intake that was never finished.

#include "common/Error.h"
#include "outbox/OutboxLocation.h"

namespace pacsdrop {

struct MigrationCounts {
    int entries = 0;
    int pending = 0;
    int failed = 0;
    int filesCopied = 0;        // spool files now in the shared spool
    int outsideSpool = 0;       // unsettled entries whose file is outside the spool: only nodes that see that path can send them
};

class OutboxMigrator {
public:
    static Result<MigrationCounts> run(const QString &sqlitePath, const QString &localSpool, const OutboxLocation &target,
                                       const QString &sharedSpool);
};

} // namespace pacsdrop
