#pragma once
// Proof without Storage Commitment: after delivery, the PACS is asked whether it has each
// delivered instance — a C-FIND at IMAGE level (Study Root; one query per series, listing its
// instances), or QIDO-RS for a DICOMweb device — and each entry is marked verified or missing. A PACS that answered "success" but
// dropped the object (a filter, a failing gateway) is caught. Blocking.

#include "common/Error.h"
#include "outbox/Outbox.h"
#include "settings/Device.h"

namespace pacsdrop {

struct VerificationSummary {
    int verified = 0;
    int missing = 0;
};

// delivered: entries the PACS acknowledged (state done). An error when the PACS could not be asked
// (it does not answer C-FIND, refuses, …): then nothing is marked.
Result<VerificationSummary> verifyDelivered(Outbox &outbox, const Device &device, const QString &callingAe,
                                            const QList<OutboxEntry> &delivered);

} // namespace pacsdrop
