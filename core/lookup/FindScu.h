#pragma once
// One C-FIND on its own association (worklist or query): results handed over one by one as the
// pending responses arrive, a cap after which a C-CANCEL is sent, a stop flag the user can set
// (also a C-CANCEL), and every failure — refused association, abort, timeout, a failure status —
// an error, never an empty result. Blocking; run it on a worker thread in a GUI.

#include "common/Error.h"
#include "settings/Device.h"

#include <atomic>
#include <functional>

class DcmDataset;

namespace pacsdrop {

struct FindRequest {
    const char *sopClassUid = nullptr;    // e.g. UID_FINDModalityWorklistInformationModel
    DcmDataset *identifier = nullptr;
    int maxResults = 500;                 // then C-CANCEL, and "more results than shown"
    const std::atomic_bool *stop = nullptr; // set from another thread: C-CANCEL
};

struct FindSummary {
    int results = 0;
    bool truncated = false;   // the cap was reached and the rest cancelled
    bool cancelled = false;   // the user stopped it
    quint16 finalStatus = 0;
};

// onResult gets each matching identifier as it arrives; it may keep (move from) the dataset.
Result<FindSummary> runFind(const Device &device, const QString &callingAe, const FindRequest &request,
                            const std::function<void(DcmDataset &)> &onResult);

// runFind with each answer turned into Unicode first (its own character set, else fallback); an
// answer that cannot be read is skipped, and the reason is left in unreadable.
Result<FindSummary> runFindInUnicode(const Device &device, const QString &callingAe, const FindRequest &request,
                                     const QString &fallbackCharacterSet, const std::function<void(DcmDataset &)> &onResult,
                                     QString &unreadable);

} // namespace pacsdrop
