#pragma once
// One "send these files there" from any front (the command line, the window, hot folders and the
// API): taken in (delivery/TakeIn.h: journalled, read and converted under the work note, recorded
// in the outbox before anything is sent — a crash in a parser loses nothing), then the outbox
// worked (this batch, whatever an earlier run left pending, and what a dead process left behind:
// delivery/Recovery.h), and converted files no longer needed removed from the spool. Blocking, on
// the thread that owns the Outbox; the listener hears every step on that thread.

#include "convert/Converter.h"
#include "convert/StudyData.h"
#include "delivery/OutboxRunner.h"
#include "delivery/TakeIn.h"
#include "delivery/Verification.h"
#include "intake/IntakeItem.h"
#include "settings/Settings.h"

namespace pacsdrop {

class SendBatchListener : public DeliveryListener {
public:
    virtual void converted(const ConversionItem &) {}
    // Recorded in the outbox: this batch's entries, how many earlier ones are pending too, and how
    // many items will not be sent (each then reported by rejected()).
    virtual void queued(const QList<OutboxEntry> & /*entries*/, int /*earlierPending*/, int /*rejected*/) {}
    // Not sent: not DICOM and not convertible, damaged, or a conversion that failed.
    virtual void rejected(const IntakeItem &) {}
};

struct SendBatchRequest {
    QList<IntakeItem> items;      // already collected (the window), or see paths
    StudyData study;              // for non-DICOM items
    Device destination;           // a configured device, or a one-off one (AET@host:port)
    bool verify = false;          // check afterwards that the PACS has every delivered instance (also: destination.verifyAfterSend)
    QStringList paths;            // what the user gave, collected here under the intake journal (instead of items)
    IntakeReview review;          // optional: a look at what was collected, before conversion
    QString batch;                // optional: the batch id to use (a watched folder looks it up after a failure)
};

struct SendBatchOutcome {
    DeliverySummary summary;
    int rejected = 0;
    QList<OutboxEntry> entries;   // this batch's entries, as queued
    QString spoolProblem;         // converted files that could not be removed (nothing lost; said)
    QString commitmentTransaction; // Storage Commitment asked for this batch's delivered entries
    QString commitmentProblem;     // the device asks for commitment but the request failed
    std::optional<VerificationSummary> verification; // when asked and the PACS could be asked
    QString verificationProblem;  // when asked but the PACS could not be asked
};

// settings: the conversion settings, the devices (a one-off destination is added for this run) and
// the local AE title. The destination's characterSet overrides the conversion's.
Result<SendBatchOutcome> sendBatch(Outbox &outbox, Settings settings, const SendBatchRequest &request,
                                   SendBatchListener &listener, const std::atomic_bool &cancel);

} // namespace pacsdrop
