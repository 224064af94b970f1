#pragma once
// One pass of C-STORE over a list of files to one device, on the calling thread. Presentation
// contexts follow PresentationPlan (the file's own syntax, plus uncompressed fallbacks where
// allowed; at most 128 per association, more associations when needed). Each file is judged by
// its own response (StoreScu). Bulk data is streamed from the file unless it must be
// decompressed. A file that cannot be sent fails alone; when an association breaks or cannot be
// opened, the files not yet sent come back as notAttempted for the caller to try again.

#include "net/StoreClaims.h"
#include "net/StoreItem.h"
#include "settings/Device.h"

#include <QList>

#include <atomic>
#include <functional>

namespace pacsdrop {

struct StoreSessionHooks {
    std::function<void(const StoreItem &)> started;
    std::function<void(const StoreItem &, qint64 bytesSent)> progress;
    std::function<void(const StoreItem &, const StoreOutcome &)> finished;
    // Shared with other associations of the same delivery: a file is sent (or reported) only by
    // the session that claims it; files others claimed are passed over. Null: every file is ours.
    StoreClaims *claims = nullptr;
    // Files to send after the given ones, on the association still open (waits while more may
    // come; empty: no more). Those it cannot carry (no accepted context) come back as notAttempted.
    std::function<QList<StoreItem>()> more;
};

struct StoreSessionSummary {
    int delivered = 0;
    int failed = 0;
    QList<StoreItem> notAttempted; // with claims: files this session did not take (others may have)
    std::optional<Error> associationError; // why the last association could not be used
};

StoreSessionSummary runStoreSession(const Device &device, const QString &callingAe, const QList<StoreItem> &items,
                                    const StoreSessionHooks &hooks, const std::atomic_bool &cancel);

} // namespace pacsdrop
