// The outbox's words and rows (declared in OutboxEntry.h and OutboxSql.h): state and confirmation
// names as stored, a database error in the outbox's words, and an OutboxEntry read from a row.
#include "outbox/OutboxEntry.h"
#include "outbox/OutboxSql.h"

#include "delivery/PlainWords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pacsdrop {

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending: return QStringLiteral("pending");
    case OutboxEntry::State::Done: return QStringLiteral("done");
    case OutboxEntry::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString confirmationName(OutboxEntry::Confirmation confirmation)
{
    switch (confirmation) {
    case OutboxEntry::Confirmation::None: return {};
    case OutboxEntry::Confirmation::CommitmentRequested: return QStringLiteral("commitment requested");
    case OutboxEntry::Confirmation::Committed: return QStringLiteral("committed");
    case OutboxEntry::Confirmation::NotCommitted: return QStringLiteral("not committed");
    case OutboxEntry::Confirmation::Verified: return QStringLiteral("verified");
    case OutboxEntry::Confirmation::Missing: return QStringLiteral("missing");
    }
    return {};
}

std::unexpected<Error> outboxDbError(const QString &what, const QSqlError &error)
{
    return fail(ErrorCode::Database, QStringLiteral("outbox: %1 failed").arg(what), error.text());
}

namespace {

OutboxEntry::Confirmation confirmationFromName(const QString &name)
{
    for (auto c : {OutboxEntry::Confirmation::CommitmentRequested, OutboxEntry::Confirmation::Committed,
                   OutboxEntry::Confirmation::NotCommitted, OutboxEntry::Confirmation::Verified, OutboxEntry::Confirmation::Missing}) {
        if (confirmationName(c) == name)
            return c;
    }
    return OutboxEntry::Confirmation::None;
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == QLatin1String("done"))
        return OutboxEntry::State::Done;
    if (name == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

} // namespace

const char *const kEntryColumns = "id, batch, path, destination, sop_class_uid, sop_instance_uid, transfer_syntax_uid, has_meta, "
                                  "size, state, dimse_status, result, attempts, created, updated, confirmation, confirmation_result, "
                                  "study_uid, series_uid, failure, source, patient_name, patient_id, study_date, study_description, "
                                  "claimed_by, lease_until";

QList<OutboxEntry> readEntries(QSqlQuery &q)
{
    QList<OutboxEntry> list;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.batch = q.value(1).toString();
        e.path = q.value(2).toString();
        e.destination = q.value(3).toString();
        e.sopClassUid = q.value(4).toString();
        e.sopInstanceUid = q.value(5).toString();
        e.transferSyntaxUid = q.value(6).toString();
        e.hasMetaHeader = q.value(7).toInt() != 0;
        e.size = q.value(8).toLongLong();
        e.state = stateFromName(q.value(9).toString());
        if (!q.value(10).isNull())
            e.dimseStatus = q.value(10).toInt();
        e.result = q.value(11).toString();
        e.attempts = q.value(12).toInt();
        e.created = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        e.updated = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        e.confirmation = confirmationFromName(q.value(15).toString());
        e.confirmationResult = q.value(16).toString();
        e.studyInstanceUid = q.value(17).toString();
        e.seriesInstanceUid = q.value(18).toString();
        if (!q.value(19).isNull())
            e.failure = errorCodeFromName(q.value(19).toString());
        e.source = q.value(20).toString();
        e.patientName = q.value(21).toString();
        e.patientId = q.value(22).toString();
        e.studyDate = q.value(23).toString();
        e.studyDescription = q.value(24).toString();
        e.claimedBy = q.value(25).toString();
        if (!q.value(26).isNull())
            e.leaseUntil = QDateTime::fromString(q.value(26).toString(), Qt::ISODateWithMs);
        list.append(e);
    }
    return list;
}

} // namespace pacsdrop
