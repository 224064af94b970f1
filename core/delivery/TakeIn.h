#pragma once
// Taking a batch in: what each front's send does before anything is sent, and what recovery does
// again for a batch a dead process did not finish. The batch's journal is written first (its
// paths, destination and study), then each file is read and converted under the work note
// (common/WorkNote.h), then everything is recorded in the outbox in one transaction that also
// closes the journal. So a crash inside a parser leaves the journal and names the file in hand;
// nothing the user asked to send is lost.

#include "convert/Converter.h"
#include "convert/StudyData.h"
#include "outbox/Outbox.h"
#include "settings/Device.h"
#include "settings/Settings.h"

#include <functional>

namespace pacsdrop {

struct TakenIn {
    QList<OutboxEntry> entries;      // in input order
    PreparedBatch prepared;          // items (rejected ones too) and conversions, for reporting
};

// What the journal keeps of a batch, and back.
QJsonObject intakeRequest(const QStringList &paths, const Device &destination, const StudyData &study);
struct IntakeRequest {
    QStringList paths;
    Device destination;
    StudyData study;
};
Result<IntakeRequest> intakeRequestFrom(const QJsonObject &json);

// The folder this process's work note is kept in, beside the outbox.
QString workNoteFolder(const Outbox &outbox);

// A front's look at what was collected, before anything is converted: it may warn (the command
// line, about another patient's DICOM files) or reject items (a DICOM-only watched folder).
using IntakeReview = std::function<void(QList<IntakeItem> &)>;

// Journals the batch, collects paths (or takes items already collected, e.g. by the window),
// converts, records. setAside: files never to read again (a process died reading them).
Result<TakenIn> takeIn(Outbox &outbox, const Settings &settings, const QString &batch, const QStringList &paths,
                       const QList<IntakeItem> &collected, const StudyData &study, const Device &destination,
                       const IntakeReview &review = {}, const QSet<QString> &setAside = {});

} // namespace pacsdrop
