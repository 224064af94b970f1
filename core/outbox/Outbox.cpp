#include "outbox/Outbox.h"
#include "outbox/OutcomeBatch.h"
#include "outbox/OutboxSql.h"
#include "outbox/NodeHeartbeat.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxSchema.h"

#include "delivery/PlainWords.h"
#include "logging/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QMultiHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QScopeGuard>
#include <QVariant>

#include <atomic>

namespace pacsdrop {

namespace {

// Queued again by someone: a claim on an entry still pending (a node sending it right now) stays.
const QString kKeepLiveClaim = QStringLiteral("CASE WHEN state = 'pending' THEN lease_until ELSE NULL END");

} // namespace

Outbox::Outbox(QString connectionName, OutboxLocation location, std::shared_ptr<OutboxEngine> engine)
    : m_connection(std::move(connectionName)), m_location(std::move(location)), m_path(m_location.localStatePath()),
      m_engine(std::move(engine))
{
}

Outbox::Outbox(Outbox &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString())), m_location(std::move(other.m_location)), m_path(std::move(other.m_path)),
      m_engine(std::move(other.m_engine)), m_statements(std::move(other.m_statements)), m_changing(std::exchange(other.m_changing, false)),
      m_batch(std::move(other.m_batch))
{
}

namespace {

// A shared outbox's connections, kept per thread for the thread's next open: connecting to
// PostgreSQL with a password takes tens of milliseconds, and a listener opens the outbox for every
// instance it receives. (SQLite opens a file: nothing to keep.)
struct IdleConnections {
    static constexpr int kPerStore = 4;
    QMultiHash<QString, QString> byStore; // store -> connection names
    ~IdleConnections()
    {
        for (const QString &name : std::as_const(byStore)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local IdleConnections t_idle;

QString storeKey(const OutboxLocation &l) { return l.postgresql + u'\n' + l.node + u'\n' + l.password; }

} // namespace

Outbox::~Outbox()
{
    if (m_connection.isEmpty())
        return;
    bool reusable = m_location.isShared();
    if (m_changing) // a group left open is recorded, not rolled back by closing
        reusable = commitChanges().has_value() && reusable;
    m_statements.reset(); // prepared statements end before their connection
    if (reusable && QSqlDatabase::database(m_connection, false).isOpen()
        && t_idle.byStore.count(storeKey(m_location)) < IdleConnections::kPerStore) {
        t_idle.byStore.insert(storeKey(m_location), m_connection);
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<Outbox> Outbox::open(const QString &path)
{
    OutboxLocation location;
    location.sqlitePath = path;
    return open(location);
}

Result<Outbox> Outbox::openConfigured() { return open(configuredOutbox()); }

Result<Outbox> Outbox::open(const OutboxLocation &location)
{
    if (!location.problem.isEmpty())
        return fail(ErrorCode::InvalidSettings, location.problem);
    std::shared_ptr<OutboxEngine> engine = makeOutboxEngine(location);
    if (location.isShared()) { // a connection this thread kept, if the server still answers on it
        while (t_idle.byStore.contains(storeKey(location))) {
            const QString kept = t_idle.byStore.take(storeKey(location));
            if (QSqlQuery(QSqlDatabase::database(kept, false)).exec(QStringLiteral("SELECT 1")))
                return Outbox(kept, location, engine);
            QSqlDatabase::database(kept, false).close();
            Outbox broken(kept, location, engine); // removed (not kept again: it is closed)
        }
    }
    static std::atomic_int counter{0};
    const QString name = QStringLiteral("pacsdrop-outbox-%1").arg(++counter);
    Outbox outbox(name, location, engine);
    if (auto connected = engine->connect(name); !connected)
        return std::unexpected(connected.error());
    QSqlQuery q(QSqlDatabase::database(name));
    if (auto upgraded = upgradeOutboxSchema(*engine, q, location.describe()); !upgraded)
        return std::unexpected(upgraded.error());
    // This process's claims stay its own while it lives; it counts as alive before it writes anything.
    // (Its claim id is new with the process: there are no leases of its own to renew yet.)
    if (location.isShared() && NodeHeartbeat::ensureRunning(location)) {
        if (auto beat = outbox.heartbeat(false); !beat) {
            NodeHeartbeat::beatSoon(location);
            return std::unexpected(beat.error());
        }
    }
    return outbox;
}

QString Outbox::instance() const { return claimInstance(m_location.node); }

QString Outbox::newBatchId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QList<OutboxEntry>> Outbox::enqueue(const QString &batch, const QString &destination, const QList<IntakeItem> &items,
                                           bool claim)
{
    commitChanges(); // a transaction of its own, not nested in a group
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The record of what to send must survive a power loss too: this commit is synced to disk.
    // Result updates stay at NORMAL (a lost one means a harmless resend with the same UID).
    QSqlQuery sync(db);
    m_engine->setDurableCommits(sync, true);
    const auto restoreSync = qScopeGuard([&] { m_engine->setDurableCommits(sync, false); });
    if (!db.transaction())
        return outboxDbError(QStringLiteral("starting a transaction"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO entries (batch, path, destination, sop_class_uid, sop_instance_uid, "
                             "transfer_syntax_uid, has_meta, size, state, result, created, updated, study_uid, series_uid, failure, source, "
                             "patient_name, patient_id, study_date, study_description, claimed_by, lease_until) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1) RETURNING id")
                  .arg(claim && shared() ? m_engine->clockSql(m_location.leaseSeconds) : QStringLiteral("NULL")));
    const QVariant claimedBy = claim && shared() ? QVariant(instance()) : QVariant();
    QList<OutboxEntry> added;
    const QString stamp = outboxNow();
    const QDateTime stamped = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    for (const IntakeItem &item : items) {
        if (item.kind == IntakeItem::Kind::MediaIndex)
            continue; // a DICOMDIR is expanded by intake, never sent
        OutboxEntry e;
        e.batch = batch;
        e.path = item.path;
        e.destination = destination;
        e.sopClassUid = item.dicom.sopClassUid;
        e.sopInstanceUid = item.dicom.sopInstanceUid;
        e.transferSyntaxUid = item.dicom.transferSyntaxUid;
        e.studyInstanceUid = item.dicom.studyInstanceUid;
        e.seriesInstanceUid = item.dicom.seriesInstanceUid;
        e.hasMetaHeader = item.dicom.hasMetaHeader;
        e.size = item.dicom.fileSize;
        e.state = item.kind == IntakeItem::Kind::Dicom ? OutboxEntry::State::Pending : OutboxEntry::State::Failed;
        e.result = item.reason;
        if (item.kind == IntakeItem::Kind::Rejected)
            e.failure = item.rejection;
        e.source = item.source;
        e.patientName = item.dicom.patientName;
        e.patientId = item.dicom.patientId;
        e.studyDate = item.dicom.studyDate;
        e.studyDescription = item.dicom.studyDescription;
        e.created = e.updated = stamped;
        q.addBindValue(e.batch);
        q.addBindValue(e.path);
        q.addBindValue(e.destination);
        q.addBindValue(e.sopClassUid);
        q.addBindValue(e.sopInstanceUid);
        q.addBindValue(e.transferSyntaxUid);
        q.addBindValue(e.hasMetaHeader ? 1 : 0);
        q.addBindValue(e.size);
        q.addBindValue(stateName(e.state));
        q.addBindValue(e.result);
        q.addBindValue(stamp);
        q.addBindValue(stamp);
        q.addBindValue(e.studyInstanceUid);
        q.addBindValue(e.seriesInstanceUid);
        q.addBindValue(e.failure ? errorCodeName(*e.failure) : QVariant());
        q.addBindValue(e.source.isEmpty() ? QVariant() : QVariant(e.source));
        q.addBindValue(e.patientName);
        q.addBindValue(e.patientId);
        q.addBindValue(e.studyDate);
        q.addBindValue(e.studyDescription);
        q.addBindValue(e.state == OutboxEntry::State::Pending ? claimedBy : QVariant());
        if (!q.exec() || !q.next()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return outboxDbError(QStringLiteral("recording files"), error);
        }
        e.id = q.value(0).toLongLong();
        e.claimedBy = e.state == OutboxEntry::State::Pending ? claimedBy.toString() : QString();
        q.finish();
        added.append(e);
    }
    // The batch is recorded: its intake journal is done with, in the same transaction.
    QSqlQuery journal(db);
    journal.prepare(QStringLiteral("DELETE FROM intake_journal WHERE batch = ?"));
    journal.addBindValue(batch);
    if (!journal.exec()) {
        const QSqlError error = journal.lastError();
        db.rollback();
        return outboxDbError(QStringLiteral("closing the intake journal"), error);
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return outboxDbError(QStringLiteral("committing"), error);
    }
    qCInfo(lcOutbox) << "batch" << batch << "recorded" << added.size() << "entries for" << destination;
    return added;
}

Result<QList<OutboxEntry>> Outbox::select(const QString &where, const QVariantList &values, const QString &order) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entries %2 %3").arg(QLatin1String(kEntryColumns), where, order));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return outboxDbError(QStringLiteral("reading entries"), q.lastError());
    return readEntries(q);
}

Result<void> Outbox::beginChanges()
{
    if (m_changing)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(m_engine->beginGroup()))
        return outboxDbError(QStringLiteral("starting a group of changes"), q.lastError());
    m_changing = true;
    return {};
}

Result<void> Outbox::commitChanges()
{
    if (!m_changing)
        return {};
    m_changing = false;
    if (auto r = sendBatch(); !r) {
        m_batch.reset(); // what it held is lost with the group: the entries stay pending, nothing is counted later
        QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("COMMIT")))
        return outboxDbError(QStringLiteral("recording a group of changes"), q.lastError());
    return {};
}

Result<void> Outbox::markConfirmation(qint64 id, OutboxEntry::Confirmation confirmation, const QString &result)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE entries SET confirmation = ?, confirmation_result = ?, updated = ? WHERE id = ?"));
    q.addBindValue(confirmationName(confirmation));
    q.addBindValue(result);
    q.addBindValue(outboxNow());
    q.addBindValue(id);
    if (!q.exec())
        return outboxDbError(QStringLiteral("recording a confirmation"), q.lastError());
    return {};
}

Result<void> Outbox::requeue(qint64 id, const QString &result)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE entries SET state = 'pending', result = ?, not_before = NULL, confirmation = NULL, "
                             "confirmation_result = NULL, lease_until = %1, updated = ? WHERE id = ?").arg(kKeepLiveClaim));
    q.addBindValue(result);
    q.addBindValue(outboxNow());
    q.addBindValue(id);
    if (!q.exec())
        return outboxDbError(QStringLiteral("re-queueing an entry"), q.lastError());
    return recordAttempt(id, QStringLiteral("queued again"), std::nullopt, result);
}

Result<void> Outbox::markCommitmentRequested(const QList<qint64> &ids, const QString &transactionUid)
{
    commitChanges(); // a transaction of its own, not nested in a group
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE entries SET confirmation = ?, confirmation_result = '', commitment_transaction = ?, updated = ? "
                             "WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(confirmationName(OutboxEntry::Confirmation::CommitmentRequested));
        q.addBindValue(transactionUid);
        q.addBindValue(outboxNow());
        q.addBindValue(id);
        if (!q.exec()) {
            db.rollback();
            return outboxDbError(QStringLiteral("recording a commitment request"), q.lastError());
        }
    }
    if (!db.commit())
        return outboxDbError(QStringLiteral("recording a commitment request"), db.lastError());
    return {};
}

Result<QList<OutboxEntry>> Outbox::byCommitmentTransaction(const QString &transactionUid) const
{
    return select(QStringLiteral("WHERE commitment_transaction = ?"), {transactionUid});
}

Result<QList<OutboxEntry>> Outbox::pending(const QString &destination) const
{
    if (destination.isEmpty())
        return select(QStringLiteral("WHERE state = 'pending'"), {});
    return select(QStringLiteral("WHERE state = 'pending' AND destination = ?"), {destination});
}

Result<QList<OutboxEntry>> Outbox::due() const
{
    // ISO dates in UTC compare as text.
    return select(QStringLiteral("WHERE state = 'pending' AND (not_before IS NULL OR not_before <= ?)"),
                  {outboxNow()});
}

Result<void> Outbox::markRetry(qint64 id, std::optional<int> dimseStatus, const QString &result, const QDateTime &notBefore,
                               ErrorCode failure)
{
    if (auto r = setState(id, OutboxEntry::State::Pending, dimseStatus, result, failure, notBefore); !r)
        return r;
    if (holdingOutcomes())
        return {}; // held with the result (sendBatch)
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE entries SET not_before = ? WHERE id = ?"));
    q.addBindValue(notBefore.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return outboxDbError(QStringLiteral("recording the next attempt"), q.lastError());
    return {};
}

Result<QList<OutboxEntry>> Outbox::entries(const QString &batch) const
{
    if (batch.isEmpty())
        return select({}, {});
    return select(QStringLiteral("WHERE batch = ?"), {batch});
}

Result<QList<OutboxEntry>> Outbox::unsettled() const
{
    // Settled: delivered, with no confirmation asked for (NULL) or a positive one.
    return select(QStringLiteral("WHERE NOT (state = 'done' AND (confirmation IS NULL OR confirmation IN ('', '%1', '%2')))")
                      .arg(confirmationName(OutboxEntry::Confirmation::Committed), confirmationName(OutboxEntry::Confirmation::Verified)),
                  {});
}

Result<OutboxEntry> Outbox::entry(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("outbox entry %1 does not exist").arg(id));
    return list->first();
}

QSqlQuery &Outbox::statement(const QString &sql)
{
    if (!m_statements)
        m_statements = std::make_unique<QHash<QString, QSqlQuery>>();
    auto it = m_statements->find(sql);
    if (it == m_statements->end()) {
        it = m_statements->insert(sql, QSqlQuery(QSqlDatabase::database(m_connection)));
        it->prepare(sql);
    }
    return *it;
}

OutcomeBatch &Outbox::heldOutcomes()
{
    if (!m_batch)
        m_batch = std::make_unique<OutcomeBatch>();
    return *m_batch;
}

Result<void> Outbox::sendBatch()
{
    if (!m_batch || m_batch->isEmpty())
        return {};
    const QString now = outboxNow();
    QSqlQuery &outcomes = statement(OutcomeBatch::outcomeSql());
    if (m_batch->bindOutcomes(outcomes, now, instance())) {
        if (!outcomes.exec())
            return outboxDbError(QStringLiteral("recording results"), outcomes.lastError());
        outcomes.finish();
    }
    QSqlQuery &counts = statement(OutcomeBatch::countSql());
    if (m_batch->bindCounts(counts, now)) {
        if (!counts.exec())
            return outboxDbError(QStringLiteral("recording attempts"), counts.lastError());
        counts.finish();
    }
    return {};
}

Result<void> Outbox::markAttempt(qint64 id)
{
    if (holdingOutcomes()) {
        heldOutcomes().countAttempt(id);
        return {};
    }
    QSqlQuery &q = statement(QStringLiteral("UPDATE entries SET attempts = attempts + 1, updated = ? WHERE id = ?"));
    q.addBindValue(outboxNow());
    q.addBindValue(id);
    if (!q.exec())
        return outboxDbError(QStringLiteral("recording an attempt"), q.lastError());
    q.finish();
    return {};
}

Result<void> Outbox::setState(qint64 id, OutboxEntry::State state, std::optional<int> dimseStatus, const QString &result,
                             std::optional<ErrorCode> failure, const QDateTime &notBefore)
{
    // The outcome ends this process's claim (a retry waits out its back-off unclaimed).
    // A shared outbox: not over another node's claim (this one's lease ended and that node took the
    // entry over; its own outcome counts — a resend has the same SOP Instance UID).
    const QString outcome = state == OutboxEntry::State::Done ? QStringLiteral("sent")
                            : state == OutboxEntry::State::Failed ? QStringLiteral("failed") : QStringLiteral("will retry");
    if (holdingOutcomes()) { // sent with the group (sendBatch)
        if (heldOutcomes().holds(id)) { // a second result for one entry: the first goes first
            if (auto r = sendBatch(); !r)
                return r;
        }
        heldOutcomes().add({id, stateName(state), dimseStatus, result, failure ? errorCodeName(*failure) : QString(), outcome,
                      notBefore.isValid() ? notBefore.toUTC().toString(Qt::ISODateWithMs) : QString()});
        return {};
    }
    QSqlQuery &q = statement(QStringLiteral("UPDATE entries SET state = ?, dimse_status = ?, result = ?, failure = ?, lease_until = NULL, "
                                            "updated = ? WHERE id = ?%1")
                                 .arg(shared() ? QStringLiteral(" AND (claimed_by IS NULL OR claimed_by = ?)") : QString()));
    q.addBindValue(stateName(state));
    q.addBindValue(dimseStatus ? QVariant(*dimseStatus) : QVariant());
    q.addBindValue(result);
    q.addBindValue(failure ? QVariant(errorCodeName(*failure)) : QVariant());
    q.addBindValue(outboxNow());
    q.addBindValue(id);
    if (shared())
        q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("recording a result"), q.lastError());
    const bool changed = q.numRowsAffected() > 0;
    q.finish(); // kept prepared, its result released
    if (shared() && !changed)
        return {}; // another node holds it now
    return recordAttempt(id, outcome, dimseStatus, result);
}

Result<void> Outbox::markDone(qint64 id, std::optional<int> dimseStatus, const QString &result)
{
    return setState(id, OutboxEntry::State::Done, dimseStatus, result, std::nullopt);
}

Result<void> Outbox::markFailed(qint64 id, std::optional<int> dimseStatus, const QString &result, ErrorCode failure)
{
    return setState(id, OutboxEntry::State::Failed, dimseStatus, result, failure);
}

Result<void> Outbox::markPending(qint64 id, const DicomFileInfo &header)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Everything read from the file is taken as it is now (an entry set aside unread has none yet).
    q.prepare(QStringLiteral("UPDATE entries SET state = 'pending', sop_class_uid = ?, sop_instance_uid = ?, "
                             "transfer_syntax_uid = ?, has_meta = ?, size = ?, study_uid = ?, series_uid = ?, patient_name = ?, "
                             "patient_id = ?, study_date = ?, study_description = ?, not_before = NULL, attempts = 0, interrupted = 0, "
                             "confirmation = NULL, confirmation_result = NULL, lease_until = %1, updated = ? WHERE id = ?").arg(kKeepLiveClaim));
    q.addBindValue(header.sopClassUid);
    q.addBindValue(header.sopInstanceUid);
    q.addBindValue(header.transferSyntaxUid);
    q.addBindValue(header.hasMetaHeader ? 1 : 0);
    q.addBindValue(header.fileSize);
    q.addBindValue(header.studyInstanceUid);
    q.addBindValue(header.seriesInstanceUid);
    q.addBindValue(header.patientName);
    q.addBindValue(header.patientId);
    q.addBindValue(header.studyDate);
    q.addBindValue(header.studyDescription);
    q.addBindValue(outboxNow());
    q.addBindValue(id);
    if (!q.exec())
        return outboxDbError(QStringLiteral("re-queueing an entry"), q.lastError());
    return recordAttempt(id, QStringLiteral("queued again"), std::nullopt, QStringLiteral("retried (the file was read again)"));
}

Result<int> Outbox::requeueFailed(const QString &destination)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral("UPDATE entries SET state = 'pending', lease_until = NULL, updated = ? WHERE state = 'failed'");
    if (!destination.isEmpty())
        sql += QStringLiteral(" AND destination = ?");
    q.prepare(sql);
    q.addBindValue(outboxNow());
    if (!destination.isEmpty())
        q.addBindValue(destination);
    if (!q.exec())
        return outboxDbError(QStringLiteral("re-queueing failed entries"), q.lastError());
    return q.numRowsAffected();
}

Result<int> Outbox::clear(bool all)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(all ? QStringLiteral("DELETE FROM entries") : QStringLiteral("DELETE FROM entries WHERE state = 'done'")))
        return outboxDbError(QStringLiteral("clearing"), q.lastError());
    const int cleared = q.numRowsAffected();
    if (auto forgotten = forgetOrphanAttempts(); !forgotten)
        return std::unexpected(forgotten.error());
    return cleared;
}

Result<int> Outbox::remove(const QList<qint64> &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return outboxDbError(QStringLiteral("starting a transaction"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    int removed = 0;
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return outboxDbError(QStringLiteral("removing entries"), error);
        }
        removed += q.numRowsAffected();
    }
    if (!db.commit())
        return outboxDbError(QStringLiteral("removing entries"), db.lastError());
    if (auto forgotten = forgetOrphanAttempts(); !forgotten)
        return std::unexpected(forgotten.error());
    return removed;
}

Result<QList<OutboxEntry>> Outbox::unfinished() const
{
    return select(QStringLiteral("WHERE state != 'done' OR confirmation IN (?, ?)"),
                  {confirmationName(OutboxEntry::Confirmation::NotCommitted), confirmationName(OutboxEntry::Confirmation::Missing)});
}

Result<QList<OutboxEntry>> Outbox::history(const QDateTime &since, int limit) const
{
    return select(QStringLiteral("WHERE updated >= ?"), {since.toUTC().toString(Qt::ISODateWithMs)},
                  QStringLiteral("ORDER BY updated DESC, id DESC LIMIT %1").arg(limit));
}

Result<Outbox::Counts> Outbox::counts() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM entries WHERE state IN ('pending', 'failed') GROUP BY state")))
        return outboxDbError(QStringLiteral("counting entries"), q.lastError());
    Counts counts;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("pending"))
            counts.pending = q.value(1).toInt();
        else
            counts.failed = q.value(1).toInt();
    }
    return counts;
}

Result<std::optional<QDateTime>> Outbox::nextRetry() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT MIN(not_before) FROM entries WHERE state = 'pending' AND not_before IS NOT NULL")) || !q.next())
        return outboxDbError(QStringLiteral("reading the next retry"), q.lastError());
    if (q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs));
}

Result<bool> Outbox::wasTaken(const QByteArray &hash) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM taken_files WHERE hash = ? AND (state IS NULL OR state = 'taken')"));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    if (!q.exec())
        return outboxDbError(QStringLiteral("reading taken files"), q.lastError());
    return q.next();
}

Result<void> Outbox::markTaken(const QByteArray &hash, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Taken for good (a row this process claimed with takeFile() becomes taken).
    q.prepare(QStringLiteral("INSERT INTO taken_files (hash, name, taken, node, state) VALUES (?, ?, ?, ?, 'taken') "
                             "ON CONFLICT (hash) DO UPDATE SET state = 'taken' WHERE taken_files.node = excluded.node"));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(shared() ? instance() : QString());
    if (!q.exec())
        return outboxDbError(QStringLiteral("recording a taken file"), q.lastError());
    return {};
}

} // namespace pacsdrop
