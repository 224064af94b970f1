#pragma once
// The durable record of what must be delivered where: the embedded SQLite file (WAL journal), or a
// PostgreSQL database several nodes share (OutboxEngine; the SQL here is written once for both). An entry is written
// before anything is sent and is marked done only when the peer answered success or warning;
// failures keep their reason. After a crash, entries still pending are sent by the next run.
// One Outbox object belongs to one thread (Qt SQL connections are per thread); workers report to
// the thread that owns it.

#include "common/Error.h"
#include "intake/IntakeItem.h"

#include <QSet>
#include "outbox/OutboxEntry.h"
#include "outbox/OutboxLocation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace pacsdrop {

class OutcomeBatch;

class OutboxEngine;

class Outbox final {
public:
    static Result<Outbox> open(const QString &path); // an SQLite outbox at path
    static Result<Outbox> open(const OutboxLocation &location);
    // The store this process was set up with (OutboxLocation.h: useOutboxSettings).
    static Result<Outbox> openConfigured();
    ~Outbox();
    Outbox(Outbox &&other) noexcept;
    Outbox &operator=(Outbox &&) = delete;
    Outbox(const Outbox &) = delete;

    static QString newBatchId();
    // Where this process keeps its lock and notes for this outbox (the SQLite file itself, or a
    // local stand-in for a shared one).
    const QString &path() const { return m_path; }
    const OutboxLocation &location() const { return m_location; }
    // Several nodes share it: work is claimed (OutboxClaims.cpp), not assumed.
    bool shared() const { return m_location.isShared(); }
    // This process's claim id (node#random); entries it claims carry it.
    QString instance() const;

    // Records DICOM items as pending and rejected items as failed (with their reason), in one
    // transaction. Returns the new entries in input order. claim: this process sends them now (a
    // shared outbox records the claim with the entries, so no other node takes them meanwhile).
    Result<QList<OutboxEntry>> enqueue(const QString &batch, const QString &destination, const QList<IntakeItem> &items,
                                       bool claim = false);

    Result<QList<OutboxEntry>> pending(const QString &destination = {}) const;
    // Pending entries whose next attempt is due now (not waiting out a retry back-off).
    Result<QList<OutboxEntry>> due() const;
    Result<QList<OutboxEntry>> entries(const QString &batch = {}) const;
    // Entries whose file may still be sent again: not delivered, or delivered but awaiting (or
    // refused) the PACS's confirmation. Read by spool cleaning, without the delivered history.
    Result<QList<OutboxEntry>> unsettled() const;
    Result<OutboxEntry> entry(qint64 id) const;

    // Groups the changes that follow, until commitChanges(), in one transaction: delivery records
    // the outcomes of about 100 ms at a time instead of committing every file's two changes. A
    // crash before the commit loses only those records: the entries stay pending and are sent
    // again (same SOP Instance UID) — an unsent file is never marked delivered. Keep groups short:
    // another writer of the outbox waits for the commit. A shared (PostgreSQL) outbox holds a
    // group's attempts and results and sends them at the commit, two statements for the group;
    // until then this outbox's own reads do not see them.
    Result<void> beginChanges();
    Result<void> commitChanges();
    bool changing() const { return m_changing; }

    Result<void> markAttempt(qint64 id);
    Result<void> markDone(qint64 id, std::optional<int> dimseStatus, const QString &result);
    // failure: what kind of failure, so the window can say it in plain words later.
    Result<void> markFailed(qint64 id, std::optional<int> dimseStatus, const QString &result, ErrorCode failure = ErrorCode::Internal);
    // Stays pending, not before notBefore (a transient failure under a retry policy).
    Result<void> markRetry(qint64 id, std::optional<int> dimseStatus, const QString &result, const QDateTime &notBefore,
                           ErrorCode failure = ErrorCode::Internal);

    // Proof that the PACS kept a delivered entry (or did not): Storage Commitment or a check by query.
    Result<void> markConfirmation(qint64 id, OutboxEntry::Confirmation confirmation, const QString &result);
    // These entries were asked to be committed in the transaction with this UID.
    Result<void> markCommitmentRequested(const QList<qint64> &ids, const QString &transactionUid);
    Result<QList<OutboxEntry>> byCommitmentTransaction(const QString &transactionUid) const;
    // Failed entries become pending again; returns how many. (Prefer retryFailed() in
    // delivery/OutboxRunner.h, which reads each file again first.)
    Result<int> requeueFailed(const QString &destination = {});
    // One entry becomes pending again (due now), saying why.
    Result<void> requeue(qint64 id, const QString &result);
    // One entry becomes pending again with the header as read now: due now, its attempts counted
    // afresh (someone chose to retry), and no confirmation yet.
    Result<void> markPending(qint64 id, const DicomFileInfo &header);
    // The intake journal (OutboxJournal.cpp): what a batch was asked to take in, written before
    // any of its files is read and removed by the enqueue() that records the batch, so a process
    // that dies in between leaves it for the next run (delivery/Recovery.h, common/WorkNote.h).
    struct Intake {
        QString batch;
        QJsonObject request; // paths, destination, study: what recovery needs to take it in again
        QDateTime started;
    };
    Result<void> beginIntake(const QString &batch, const QJsonObject &request);
    Result<QList<Intake>> intakes() const;
    // A process died while sending this entry; returns how many times that has happened to it.
    Result<int> markInterrupted(qint64 id);

    // Files a watched folder handed over, by content hash: the same content is sent once.
    Result<bool> wasTaken(const QByteArray &hash) const;
    Result<void> markTaken(const QByteArray &hash, const QString &name);

    // Removes done entries (or every entry when all is set); returns how many.
    Result<int> clear(bool all);
    // Removes these entries (the user chose not to send them, or to forget them); returns how many.
    Result<int> remove(const QList<qint64> &ids);

    // Entries not settled: pending, failed, or sent but not kept by the PACS (not committed, missing).
    Result<QList<OutboxEntry>> unfinished() const;
    // The history people look through: entries changed since then, newest first, at most limit.
    Result<QList<OutboxEntry>> history(const QDateTime &since, int limit) const;
    struct Counts {
        int pending = 0; // waiting to be sent (also waiting out a retry back-off)
        int failed = 0;  // given up on, with a reason
    };
    Result<Counts> counts() const;
    // Per destination, for the service console's dashboard (OutboxSummaries.cpp).
    struct DestinationSummary {
        QString destination;
        int pending = 0;
        int failed = 0;
        int sentSince = 0;      // delivered since the time asked (the start of today)
        int sentLastHour = 0;   // throughput
        qint64 bytesLastHour = 0;
        QDateTime lastSuccess;  // invalid: none
        QDateTime lastProblemAt;
        QString lastProblem;    // the newest failed (or backing-off) entry's result (plain words, no patient data)
    };
    Result<QList<DestinationSummary>> destinationSummaries(const QDateTime &sentSince, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Entries for a queue view, newest change first: empty filters match all.
    struct Filter {
        QString destination;
        std::optional<OutboxEntry::State> state;
        QDateTime changedSince; // invalid: any time
        QString patient;        // words that must each be in the patient's name or ID (patient data: never log)
    };
    Result<QList<OutboxEntry>> find(const Filter &filter, int limit) const;
    // For retention (inbound/Retention.h): of the files under folder, those delivered to every one
    // of destinations, and those with an entry not settled (pending or failed) for any destination.
    struct FolderDeliveries {
        QSet<QString> deliveredToAll;
        QSet<QString> unsettled;
    };
    Result<FolderDeliveries> folderDeliveries(const QString &folder, const QStringList &destinations) const;
    // When the earliest pending entry waiting out a retry back-off is due (nullopt: none waits).
    // Entries pending without a back-off (a stopped send, a crash) are not counted: they go with
    // the next send or resume, not by themselves.
    Result<std::optional<QDateTime>> nextRetry() const;

    // Each outcome of an entry, oldest first (OutboxHistory.cpp): sent, failed, will retry, queued again.
    struct Attempt {
        QDateTime at;
        QString outcome;
        std::optional<int> dimseStatus;
        QString result;
    };
    Result<QList<Attempt>> attempts(qint64 id) const;
    // Destinations an operator paused: nothing is sent to them (their entries wait) until resumed.
    struct Pause {
        QString destination;
        QString by;
        QDateTime since;
    };
    Result<void> pauseDestination(const QString &destination, const QString &by);
    Result<bool> resumeDestination(const QString &destination); // false: it was not paused
    Result<QList<Pause>> pausedDestinations() const;

    // Claims (OutboxClaims.cpp) — a shared outbox's work is claimed in short transactions
    // (SELECT … FOR UPDATE SKIP LOCKED): due pending entries not held by a live lease (or held by
    // this process), at most limit, now carry this process's id and a lease. Paused destinations'
    // entries are not claimed, nor those in notThese (the chunk a delivery is sending while it
    // claims its next one). A group of changes open around the claim stays open.
    Result<QList<OutboxEntry>> claimDue(int limit, const QList<qint64> &notThese = {});
    // Of entries this process claimed a while ago (ahead of sending them), those it still holds,
    // still pending, for a destination nobody paused since (one read, no row written).
    Result<QList<OutboxEntry>> stillClaimed(const QList<OutboxEntry> &claimed) const;
    // This node's fair share of the work nobody holds: the due, unclaimed entries divided by the
    // nodes alive (at least 1). A claim larger than this would leave the other nodes idle.
    Result<int> fairShare() const;
    // Gives back claims this process holds on entries still pending (a stopped send).
    Result<void> releaseClaims(const QList<qint64> &ids);
    // This process is alive: its row in nodes is renewed, and so are the leases of every entry it
    // holds. Run by NodeHeartbeat on its own connection every third of a lease, and once by the
    // process's first Outbox::open, which holds nothing yet (renewLeases false: one statement less).
    Result<void> heartbeat(bool renewLeases = true);
    // This process ends: its row in nodes goes, so the others no longer count it when they share
    // the work out (Outbox::fairShare) and `outbox nodes` no longer lists it.
    Result<void> leave();
    // Processes seen within a lease (node#random and when last heard of).
    struct NodeSeen {
        QString instance;
        QString node;
        QDateTime started;
        QDateTime heartbeat;
        int holding = 0; // entries it holds now
    };
    Result<QList<NodeSeen>> nodes() const;
    // A watched file by content, taken once across every node watching the folder: true when this
    // process may take it (nobody has, or whoever started taking it died before recording it).
    // markTaken() then records it as taken; releaseFile() gives it back (nothing recorded).
    Result<bool> takeFile(const QByteArray &hash, const QString &name);
    Result<void> releaseFile(const QByteArray &hash);
    // Who recorded a watched file as taken (its claim id); empty when nobody has.
    Result<QString> fileTakenBy(const QByteArray &hash) const;
    // That process was heard of within a lease.
    Result<bool> isAlive(const QString &instance) const;
    // Refuses a spool that is not the one the other nodes use: the first node leaves a marker file
    // in it and the marker's name in the database; each later node must find that file.
    Result<void> checkSharedSpool(const QString &spool);

private:
    friend class OutboxMigrator; // copies one store's tables into another
    Outbox(QString connectionName, OutboxLocation location, std::shared_ptr<OutboxEngine> engine);
    // Of intake journals left behind, true when this process may take this one over (its process
    // is gone): it then carries this process's id.
    Result<bool> adoptIntake(const QString &batch);
    QString liveInstancesSql() const; // instances heard of within a lease, as a sub-select
    // The statement for this SQL, prepared once per Outbox: what delivery runs for every file (a
    // PostgreSQL server prepares each new query, three round trips instead of one).
    QSqlQuery &statement(const QString &sql);
    Result<void> recordAttempt(qint64 id, const QString &outcome, std::optional<int> dimseStatus, const QString &result);
    Result<void> forgetOrphanAttempts(); // of entries removed
    // notBefore: a retry's next attempt (markRetry), set with the result when it is held in a group.
    Result<void> setState(qint64 id, OutboxEntry::State state, std::optional<int> dimseStatus, const QString &result,
                          std::optional<ErrorCode> failure, const QDateTime &notBefore = {});
    Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &values, const QString &order = QStringLiteral("ORDER BY id")) const;

    QString m_connection;
    OutboxLocation m_location;
    QString m_path;
    std::shared_ptr<OutboxEngine> m_engine;
    std::unique_ptr<QHash<QString, QSqlQuery>> m_statements; // before the connection goes
    bool m_changing = false;
    // A shared outbox's outcomes held during a group, sent when it commits (outbox/OutcomeBatch.h).
    std::unique_ptr<OutcomeBatch> m_batch;
    bool holdingOutcomes() const { return m_changing && shared(); }
    OutcomeBatch &heldOutcomes(); // made on first use
    Result<void> sendBatch();
};

} // namespace pacsdrop
