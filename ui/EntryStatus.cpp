#include "EntryStatus.h"

#include <QCoreApplication>
#include <QHash>

namespace pacsdrop {

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(EntryStatus)
};

} // namespace

FileRow::Status statusOfEntry(const OutboxEntry &e)
{
    switch (e.state) {
    case OutboxEntry::State::Pending:
        return e.failure ? FileRow::Status::Waiting : FileRow::Status::Queued;
    case OutboxEntry::State::Failed:
        return FileRow::Status::Failed;
    case OutboxEntry::State::Done:
        break;
    }
    switch (e.confirmation) {
    case OutboxEntry::Confirmation::Committed:
    case OutboxEntry::Confirmation::Verified: return FileRow::Status::Confirmed;
    case OutboxEntry::Confirmation::NotCommitted:
    case OutboxEntry::Confirmation::Missing: return FileRow::Status::Failed;
    case OutboxEntry::Confirmation::CommitmentRequested:
    case OutboxEntry::Confirmation::None: break;
    }
    return e.dimseStatus && *e.dimseStatus != 0 ? FileRow::Status::Warning : FileRow::Status::Sent;
}

PlainWords wordsOfEntry(const OutboxEntry &e)
{
    switch (statusOfEntry(e)) {
    case FileRow::Status::Waiting:
        return plainFailure(*e.failure, e.destination, true);
    case FileRow::Status::Failed:
        if (e.state == OutboxEntry::State::Done)
            return plainNotKept(e.confirmation, e.destination);
        return plainFailure(e.failure.value_or(ErrorCode::Internal), e.destination, false);
    case FileRow::Status::Confirmed:
        return {Words::tr("The PACS '%1' confirmed that it keeps it.").arg(e.destination), {}};
    case FileRow::Status::Queued:
        return {Words::tr("Waiting for its turn."), {}};
    default:
        return {e.confirmation == OutboxEntry::Confirmation::CommitmentRequested
                    ? Words::tr("Waiting for the PACS '%1' to confirm that it keeps it.").arg(e.destination) : QString(), {}};
    }
}

void attachUnfinished(QList<FileRow> &rows, const QList<OutboxEntry> &unfinished)
{
    if (unfinished.isEmpty())
        return;
    QHash<QString, QList<const OutboxEntry *>> byFile;
    for (const OutboxEntry &e : unfinished)
        byFile[e.shownPath()].append(&e);
    for (FileRow &row : rows) {
        const auto found = byFile.constFind(row.item.path);
        if (found == byFile.cend())
            continue;
        const OutboxEntry *worst = nullptr;
        for (const OutboxEntry *e : *found) {
            row.entries.append(e->id);
            if (!worst || statusOfEntry(*e) > statusOfEntry(*worst))
                worst = e;
        }
        const FileRow::Status status = statusOfEntry(*worst);
        row.status = status == FileRow::Status::Queued ? FileRow::Status::Waiting : status; // still in the outbox, not sent yet
        row.plain = wordsOfEntry(*worst).text();
        if (row.plain.isEmpty())
            row.plain = plainFailure(ErrorCode::Cancelled, worst->destination, false).text();
        row.detail = worst->result;
        row.failure = worst->failure;
        if (!worst->source.isEmpty()) { // a converted file: whose it went as
            row.sentPatientName = worst->patientName;
            row.sentPatientId = worst->patientId;
            row.sentStudyDate = worst->studyDate;
            row.sentStudyDescription = worst->studyDescription;
        }
    }
}

} // namespace pacsdrop
