#include "delivery/SendBatch.h"

#include "delivery/StorageCommitment.h"
#include "delivery/TakeIn.h"
#include "net/Target.h"
#include "outbox/Spool.h"
#include "settings/AppPaths.h"

#include <algorithm>
#include <optional>

namespace pacsdrop {

namespace {

QList<OutboxEntry> deliveredOf(Outbox &outbox, const SendBatchOutcome &outcome)
{
    QList<OutboxEntry> delivered;
    for (const OutboxEntry &queued : outcome.entries) {
        if (auto now = outbox.entry(queued.id); now && now->state == OutboxEntry::State::Done)
            delivered.append(*now);
    }
    return delivered;
}

// This batch's delivered entries: the PACS asked to commit them (Storage Commitment).
void requestBatchCommitment(Outbox &outbox, const Settings &settings, const Device &destination, SendBatchOutcome &outcome)
{
    const QList<OutboxEntry> delivered = deliveredOf(outbox, outcome);
    if (delivered.isEmpty())
        return;
    const Device device = resolveTarget(settings, destination.name).value_or(destination);
    auto transaction = requestCommitment(outbox, device, callingAeTitle(settings, device), delivered);
    if (transaction)
        outcome.commitmentTransaction = *transaction;
    else
        outcome.commitmentProblem = transaction.error().message;
}

// This batch's delivered entries, checked on the PACS (verification without Storage Commitment).
void verifyBatch(Outbox &outbox, const Settings &settings, const Device &destination, SendBatchOutcome &outcome)
{
    const QList<OutboxEntry> delivered = deliveredOf(outbox, outcome);
    if (delivered.isEmpty())
        return;
    const Device device = resolveTarget(settings, destination.name).value_or(destination); // the Local archive's port
    auto verification = verifyDelivered(outbox, device, callingAeTitle(settings, device), delivered);
    if (verification)
        outcome.verification = *verification;
    else
        outcome.verificationProblem = verification.error().message;
}

} // namespace

Result<SendBatchOutcome> sendBatch(Outbox &outbox, Settings settings, const SendBatchRequest &request,
                                   SendBatchListener &listener, const std::atomic_bool &cancel)
{
    const QString batch = request.batch.isEmpty() ? Outbox::newBatchId() : request.batch;
    StudyData study = request.study;
    applySiteDefaults(study, settings.site());
    auto taken = takeIn(outbox, settings, batch, request.paths, request.items, study, request.destination, request.review);
    if (!taken)
        return std::unexpected(taken.error());
    const PreparedBatch &prepared = taken->prepared;
    for (const ConversionItem &c : prepared.conversions)
        listener.converted(c);

    SendBatchOutcome outcome;
    outcome.entries = taken->entries;
    const QList<OutboxEntry> *entries = &outcome.entries;
    outcome.rejected = static_cast<int>(std::count_if(prepared.items.cbegin(), prepared.items.cend(), [](const IntakeItem &i) {
        return i.kind == IntakeItem::Kind::Rejected;
    }));
    const auto counts = outbox.counts(); // a count, not every pending row read
    const auto queuedNow = std::count_if(entries->cbegin(), entries->cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    listener.queued(*entries, counts ? static_cast<int>(counts->pending - queuedNow) : 0, outcome.rejected);
    for (const IntakeItem &item : prepared.items) {
        if (item.kind == IntakeItem::Kind::Rejected)
            listener.rejected(item);
    }

    // One-off destinations are not in the settings: the runner finds this one by its name.
    if (!settings.device(request.destination.name)) {
        Device oneOff = request.destination;
        oneOff.isDefault = false;
        if (auto r = settings.putDevice(oneOff); !r)
            return std::unexpected(r.error());
    }
    auto summary = deliverPending(outbox, settings, listener, cancel);
    if (!summary)
        return std::unexpected(summary.error());
    outcome.summary = *summary;
    if (request.destination.storageCommitment && !request.destination.isDicomWeb())
        requestBatchCommitment(outbox, settings, request.destination, outcome);
    if (request.verify || request.destination.verifyAfterSend)
        verifyBatch(outbox, settings, request.destination, outcome);
    // Converted files are kept only while an entry still needs them (unless the site keeps them).
    if (settings.site().keepConvertedFiles)
        return outcome;
    if (auto cleaned = cleanSpool(outbox, paths::spoolDir()); !cleaned)
        outcome.spoolProblem = cleaned.error().message;
    return outcome;
}

} // namespace pacsdrop
