#include "delivery/Recovery.h"

#include "common/WorkNote.h"
#include "delivery/TakeIn.h"
#include "logging/Log.h"

#include <algorithm>

namespace pacsdrop {

QString sendingSetAsideReason()
{
    return QStringLiteral("PacsDrop stopped twice while sending this file (the program crashed or was stopped), so it was set "
                          "aside; check the file, then retry it");
}

Result<Recovered> recoverLeftWork(Outbox &outbox, const Settings &settings)
{
    Recovered recovered;
    const QString folder = workNoteFolder(outbox);
    const QList<WorkNote::Left> left = WorkNote::leftBehind(folder);
    QSet<QString> setAside;
    for (const WorkNote::Left &l : left) {
        for (const QString &path : l.reading)
            setAside.insert(path);
        for (qint64 id : l.sending) {
            // Settled meanwhile (another node of a shared outbox sent it, or someone removed it): nothing to set aside.
            if (auto now = outbox.entry(id); !now || now->state != OutboxEntry::State::Pending)
                continue;
            auto times = outbox.markInterrupted(id);
            if (!times)
                return std::unexpected(times.error());
            if (*times >= 2) {
                if (auto r = outbox.markFailed(id, std::nullopt, sendingSetAsideReason(), ErrorCode::DamagedFile); !r)
                    return std::unexpected(r.error());
                recovered.setAsideEntries << id;
            }
        }
    }

    auto journals = outbox.intakes();
    if (!journals)
        return std::unexpected(journals.error());
    const QSet<QString> live = WorkNote::batchesInHand(folder);
    for (const Outbox::Intake &intake : *journals) {
        if (live.contains(intake.batch))
            continue; // another process is taking it in right now
        auto request = intakeRequestFrom(intake.request);
        if (!request) {
            qCWarning(lcOutbox).noquote() << "batch" << intake.batch << "left behind cannot be taken in again:" << request.error().message;
            continue;
        }
        qCWarning(lcOutbox).noquote() << "batch" << intake.batch << "was left behind by a process that stopped; taking in its"
                                      << request->paths.size() << "paths again," << setAside.size() << "file(s) set aside";
        auto taken = takeIn(outbox, settings, intake.batch, request->paths, {}, request->study, request->destination, {}, setAside);
        if (!taken)
            return std::unexpected(taken.error());
        ++recovered.batches;
        recovered.queued += static_cast<int>(std::count_if(taken->entries.cbegin(), taken->entries.cend(), [](const OutboxEntry &e) {
            return e.state == OutboxEntry::State::Pending;
        }));
        for (const OutboxEntry &e : taken->entries) {
            if (setAside.contains(e.path))
                recovered.setAside << e.path;
        }
    }
    // Dealt with: the notes go (only now, so a crash during recovery keeps what they said).
    for (const WorkNote::Left &l : left)
        WorkNote::discard(l);
    return recovered;
}

} // namespace pacsdrop
