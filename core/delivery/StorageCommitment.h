#pragma once
// Storage Commitment Push Model (PS3.4 Annex J) for devices that support it: after a batch,
// PacsDrop asks the PACS to commit the delivered instances (N-ACTION, one transaction UID per
// request) and records the entries as "commitment requested". The PACS answers with an
// N-EVENT-REPORT — usually on a new association to one of PacsDrop's listeners (which must be
// known to the PACS under PacsDrop's AE title), sometimes on the same association — and each
// entry becomes committed or not committed with the reason. A report that does not come within
// the device's commitment timeout leaves the entry not committed, saying so.

#include "common/Error.h"
#include "outbox/Outbox.h"
#include "settings/Settings.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/dimse.h"

class DcmDataset;

namespace pacsdrop {

// Sends the N-ACTION for these delivered entries; returns the transaction UID. A report that
// comes back on the same association within a few seconds is applied at once.
Result<QString> requestCommitment(Outbox &outbox, const Device &device, const QString &callingAe, const QList<OutboxEntry> &delivered);

// An N-EVENT-REPORT's dataset (event type 1: all committed, 2: failures exist) applied to the
// transaction's entries; returns how many entries it settled.
Result<int> applyCommitmentReport(Outbox &outbox, DcmDataset &report, int eventType);

// The answer to a commitment report, with the affected SOP class and instance and the event type
// filled in (optional in PS3.7, but Orthanc rejects a reply without them, as DCMTK's own is).
T_DIMSE_Message commitmentReportResponse(const T_DIMSE_N_EventReportRQ &request, Uint16 status);

// Entries still waiting for their report after the device's commitment timeout become "not
// committed"; not committed entries of a device that resends them become pending again (while
// its attempts last). Returns how many entries changed. Run by the service with the outbox resume.
Result<int> settleCommitments(Outbox &outbox, const Settings &settings, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace pacsdrop
