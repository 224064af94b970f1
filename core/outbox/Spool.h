#pragma once
// The spool holds files PacsDrop made (converted objects) until they are delivered. A spool file
// stays while an outbox entry still needs it (pending or failed, for a retry); once delivered,
// or when nothing refers to it any more (an abandoned conversion), it is removed.

#include "common/Error.h"
#include "outbox/Outbox.h"

namespace pacsdrop {

// Removes spool files no pending or failed entry refers to; returns how many. Folders marked in
// use (below) are left alone.
Result<int> cleanSpool(Outbox &outbox, const QString &spoolDir);

// A batch folder being filled in this process (conversion running, entries not yet in the
// outbox): a clean run by another thread, e.g. a watched folder's batch finishing while an API
// job converts, leaves it alone while this object lives.
class SpoolFolderInUse {
public:
    explicit SpoolFolderInUse(const QString &folder);
    ~SpoolFolderInUse();
    SpoolFolderInUse(const SpoolFolderInUse &) = delete;
    SpoolFolderInUse &operator=(const SpoolFolderInUse &) = delete;

private:
    QString m_folder;
};

} // namespace pacsdrop
