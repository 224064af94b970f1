// The outbox in a real PostgreSQL 15 (tests/support/PostgresCluster.h), as several nodes share it:
// the same operations give the same answers as the SQLite store; claims by two nodes at once are
// disjoint (FOR UPDATE SKIP LOCKED) and cover everything; a live node's leases are renewed while a
// dead one's are taken over; a group of outcomes is recorded whole at its commit; a watched file
// and a left intake are taken once; the spool must be the shared one; `outbox migrate` moves
// pending, failed and sent entries with their history; TLS with sslmode=verify-full is checked
// against the right CA; a claim rewrites no index; a schema-8 outbox is upgraded in place; schema
// and data survive a server restart; a short command logs in once. Deliveries from the shared
// outbox: tst_outbox_postgres_delivery.cpp.
#include "SharedOutboxRig.h"
#include "TestData.h"
#include "TestMain.h"
#include "intake/Intake.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxMigration.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>
#include <optional>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

IntakeItem dicomItem(const QString &path, const QString &uid, const QString &patientName = QStringLiteral("Doe^Jane"))
{
    IntakeItem item;
    item.kind = IntakeItem::Kind::Dicom;
    item.path = path;
    item.dicom.sopInstanceUid = uid;
    item.dicom.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");
    item.dicom.transferSyntaxUid = QStringLiteral("1.2.840.10008.1.2.1");
    item.dicom.patientName = patientName;
    item.dicom.patientId = QStringLiteral("ID-") + uid.section(u'.', -1);
    item.dicom.fileSize = 3LL * 1024 * 1024 * 1024; // past 2^31: a BIGINT in PostgreSQL
    return item;
}

// One run of the outbox's everyday operations; what they answered, as text to compare.
QStringList everydayAnswers(Outbox &outbox)
{
    QStringList out;
    QList<IntakeItem> items{dicomItem(QStringLiteral("/spool/a.dcm"), QStringLiteral("1.2.3.1")),
                            dicomItem(QStringLiteral("/spool/b.dcm"), QStringLiteral("1.2.3.2"), QStringLiteral("MÜLLER^Hans")),
                            dicomItem(QStringLiteral("/spool/c.dcm"), QStringLiteral("1.2.3.3"), QStringLiteral("Smith^John"))};
    IntakeItem rejected;
    rejected.kind = IntakeItem::Kind::Rejected;
    rejected.path = QStringLiteral("/in/broken.dcm");
    rejected.reason = QStringLiteral("not a DICOM file");
    rejected.rejection = ErrorCode::NotDicom;
    items << rejected;
    auto added = outbox.enqueue(QStringLiteral("batch-1"), QStringLiteral("PACS"), items);
    if (!added)
        return {added.error().message};
    out << QStringLiteral("added %1, sizes %2").arg(added->size()).arg(added->first().size);
    outbox.markAttempt(added->at(0).id);
    outbox.markDone(added->at(0).id, 0, QStringLiteral("stored"));
    outbox.markRetry(added->at(1).id, 0xA700, QStringLiteral("out of resources"), QDateTime::currentDateTimeUtc().addSecs(600),
                     ErrorCode::PeerFailure);
    outbox.markFailed(added->at(1).id, 0xA700, QStringLiteral("gave up"), ErrorCode::PeerFailure);
    for (const OutboxEntry &e : outbox.entries().value_or(QList<OutboxEntry>{}))
        out << QStringLiteral("%1 %2 %3 %4 attempts %5 size %6").arg(QFileInfo(e.path).fileName(), stateName(e.state), e.result,
                                                                  e.patientName).arg(e.attempts).arg(e.size);
    for (const Outbox::Attempt &a : outbox.attempts(added->at(1).id).value_or(QList<Outbox::Attempt>{}))
        out << QStringLiteral("attempt %1 %2 %3").arg(a.outcome).arg(a.dimseStatus.value_or(-1)).arg(a.result);
    const auto counts = outbox.counts().value_or(Outbox::Counts{});
    out << QStringLiteral("pending %1 failed %2").arg(counts.pending).arg(counts.failed);
    for (const Outbox::DestinationSummary &s : outbox.destinationSummaries(QDateTime::currentDateTimeUtc().addSecs(-60)).value_or(
             QList<Outbox::DestinationSummary>{}))
        out << QStringLiteral("summary %1 pending %2 failed %3 sent %4 bytes %5 problem %6").arg(s.destination).arg(s.pending).arg(s.failed)
                   .arg(s.sentSince).arg(s.bytesLastHour).arg(s.lastProblem);
    Outbox::Filter filter;
    filter.patient = QStringLiteral("jane DOE"); // any case, any order
    out << QStringLiteral("found jane: %1").arg(outbox.find(filter, 10).value_or(QList<OutboxEntry>{}).size());
    filter.patient = QStringLiteral("100%"); // a LIKE wildcard matches only itself
    out << QStringLiteral("found 100%: %1").arg(outbox.find(filter, 10).value_or(QList<OutboxEntry>{}).size());
    outbox.pauseDestination(QStringLiteral("PACS"), QStringLiteral("admin"));
    outbox.pauseDestination(QStringLiteral("PACS"), QStringLiteral("again")); // once is enough
    out << QStringLiteral("paused %1").arg(outbox.pausedDestinations().value_or(QList<Outbox::Pause>{}).size());
    out << QStringLiteral("resumed %1").arg(outbox.resumeDestination(QStringLiteral("PACS")).value_or(false));
    outbox.markTaken(QByteArray("hash-1"), QStringLiteral("x.dcm"));
    outbox.markTaken(QByteArray("hash-1"), QStringLiteral("x.dcm"));
    out << QStringLiteral("taken %1 %2").arg(outbox.wasTaken(QByteArray("hash-1")).value_or(false)).arg(outbox.wasTaken(QByteArray("other")).value_or(true));
    outbox.beginIntake(QStringLiteral("batch-2"), QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/x")}}});
    out << QStringLiteral("intakes %1").arg(outbox.intakes().value_or(QList<Outbox::Intake>{}).size());
    out << QStringLiteral("requeued %1").arg(outbox.requeueFailed().value_or(-1));
    out << QStringLiteral("removed %1").arg(outbox.remove({added->at(2).id}).value_or(-1));
    out << QStringLiteral("cleared %1").arg(outbox.clear(false).value_or(-1));
    out << QStringLiteral("left %1").arg(outbox.entries().value_or(QList<OutboxEntry>{}).size());
    return out;
}

} // namespace

class TestOutboxPostgres : public QObject, SharedOutboxRig {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startRig();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void answersAsTheSqliteStoreDoes()
    {
        auto sqlite = Outbox::open(m_dir.filePath(QStringLiteral("same.sqlite")));
        QVERIFY(sqlite);
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        auto shared = Outbox::open(node(QStringLiteral("a"), db));
        QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message + shared.error().detail));
        QVERIFY(shared->shared() && !sqlite->shared());
        const QStringList expected = everydayAnswers(*sqlite);
        QVERIFY2(expected.size() > 15, qPrintable(expected.join(u'\n')));
        QCOMPARE(everydayAnswers(*shared), expected);
    }

    void twoNodesClaimDisjointWorkAndCoverIt()
    {
        const QString db = freshDatabase();
        {
            auto outbox = Outbox::open(node(QStringLiteral("loader"), db));
            QVERIFY(outbox);
            QList<IntakeItem> items;
            for (int i = 0; i < 600; ++i)
                items << dicomItem(QStringLiteral("/spool/%1.dcm").arg(i), QStringLiteral("1.2.4.%1").arg(i));
            QVERIFY(outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), items)); // unclaimed, as a listener records them
        }
        // Two nodes claim 20 at a time, at the same moment, each on its own connection and thread.
        const auto claimAll = [this, db](const QString &name) {
            QSet<qint64> mine;
            auto outbox = Outbox::open(node(name, db));
            if (!outbox)
                return mine;
            for (;;) {
                auto claimed = outbox->claimDue(20);
                if (!claimed || claimed->isEmpty())
                    break;
                for (const OutboxEntry &e : *claimed) {
                    mine.insert(e.id);
                    outbox->markDone(e.id, 0, QStringLiteral("stored")); // ends the claim
                }
            }
            return mine;
        };
        QFuture<QSet<qint64>> a = QtConcurrent::run(claimAll, QStringLiteral("node-a"));
        QFuture<QSet<qint64>> b = QtConcurrent::run(claimAll, QStringLiteral("node-b"));
        const QSet<qint64> first = a.result(), second = b.result();
        QVERIFY2(!first.intersects(second), "an entry was claimed by both nodes");
        QCOMPARE(first.size() + second.size(), 600);
        QVERIFY2(first.size() >= 20 && second.size() >= 20, qPrintable(QStringLiteral("%1 / %2").arg(first.size()).arg(second.size())));
        auto check = Outbox::open(node(QStringLiteral("checker"), db));
        QCOMPARE(check->counts()->pending, 0);
        const QList<OutboxEntry> all = check->entries().value();
        for (const OutboxEntry &e : all)
            QVERIFY(e.node() == QStringLiteral("node-a") || e.node() == QStringLiteral("node-b"));
    }

    void aLiveNodeKeepsItsClaimsADeadOneLosesThem()
    {
        const QString db = freshDatabase();
        auto live = Outbox::open(node(QStringLiteral("live"), db, 5));
        auto other = Outbox::open(node(QStringLiteral("other"), db, 5));
        QVERIFY(live && other);
        QList<IntakeItem> items;
        for (int i = 0; i < 20; ++i)
            items << dicomItem(QStringLiteral("/spool/%1.dcm").arg(i), QStringLiteral("1.2.5.%1").arg(i));
        QVERIFY(live->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), items));
        QCOMPARE(live->claimDue(10)->size(), 10);
        // Entries a node that died held: the lease ended, nobody renews it.
        QSqlDatabase raw = direct(db, QStringLiteral("raw"));
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET claimed_by = 'dead#0000', lease_until = '2000-01-01T00:00:00.000Z' WHERE id IN "
                                      "(SELECT id FROM entries WHERE lease_until IS NULL ORDER BY id LIMIT 5)")));
        // Longer than a lease: the live node's heartbeat renewed its ten; the dead one's five are free.
        QTest::qWait(7000);
        auto taken = other->claimDue(100);
        QVERIFY(taken);
        QCOMPARE(taken->size(), 10); // five from the dead node, five never claimed
        for (const OutboxEntry &e : taken.value())
            QCOMPARE(e.node(), QStringLiteral("other"));
        auto nodes = other->nodes();
        QVERIFY(nodes);
        QStringList names;
        for (const Outbox::NodeSeen &n : *nodes)
            names << n.node + u'=' + QString::number(n.holding);
        QVERIFY2(names.contains(QStringLiteral("live=10")) && names.contains(QStringLiteral("other=10")), qPrintable(names.join(u' ')));
        // Given back (a stopped send): free again at once, for any node.
        QVERIFY(other->releaseClaims({taken->first().id}));
        QCOMPARE(live->claimDue(100)->size(), 11); // its own ten again, and the one given back
        q = QSqlQuery();
        raw.close();
    }

    void eachNodeIsToldItsFairShare()
    {
        // A node claims about a second of work at a time, but never more than the free work
        // divided by the nodes alive, so a second node starting now still gets its half.
        const QString db = freshDatabase();
        auto a = Outbox::open(node(QStringLiteral("a"), db));
        auto b = Outbox::open(node(QStringLiteral("b"), db));
        QVERIFY(a && b);
        QVERIFY(a->heartbeat() && b->heartbeat());
        QList<IntakeItem> items;
        for (int i = 0; i < 10; ++i)
            items << dicomItem(QStringLiteral("/spool/f%1.dcm").arg(i), QStringLiteral("1.2.8.%1").arg(i));
        QVERIFY(a->enqueue(QStringLiteral("f"), QStringLiteral("PACS"), items));
        QCOMPARE(a->fairShare().value(), 5);
        QCOMPARE(a->claimDue(3)->size(), 3);
        QCOMPARE(b->fairShare().value(), 4); // 7 free for 2 nodes, rounded up
        QVERIFY(a->pauseDestination(QStringLiteral("PACS"), QStringLiteral("admin")));
        QCOMPARE(b->fairShare().value(), 0); // a paused device's entries are nobody's work
    }

    void aGroupOfOutcomesIsRecordedAtItsCommit()
    {
        // Delivery records ~100 ms of outcomes in one group; a shared outbox holds them and sends
        // them as two statements when the group commits (outbox/OutcomeBatch.h). Until then another
        // node sees none of them; afterwards every state, count, failure and history row is there,
        // any text survives the trip, and an entry another node took over is left to that node.
        const QString db = freshDatabase();
        auto a = Outbox::open(node(QStringLiteral("a"), db));
        auto b = Outbox::open(node(QStringLiteral("b"), db));
        QVERIFY(a && b);
        QList<IntakeItem> items;
        for (int i = 0; i < 4; ++i)
            items << dicomItem(QStringLiteral("/spool/g%1.dcm").arg(i), QStringLiteral("1.2.9.%1").arg(i));
        auto added = a->enqueue(QStringLiteral("g"), QStringLiteral("PACS"), items);
        QVERIFY(added);
        QCOMPARE(a->claimDue(10)->size(), 4);
        const qint64 sent = added->at(0).id, refused = added->at(1).id, retried = added->at(2).id, takenOver = added->at(3).id;
        QSqlDatabase raw = direct(db, QStringLiteral("group-raw"));
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET claimed_by = 'b#1', lease_until = '2999-01-01T00:00:00.000Z' WHERE id = %1").arg(takenOver)));
        const QString awkward = QStringLiteral("he said \"no\" \\ {a,b} 'quoted', NULL, ü");
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(600);
        QVERIFY(a->beginChanges());
        for (const qint64 id : {sent, refused, retried, takenOver})
            QVERIFY(a->markAttempt(id));
        QVERIFY(a->markDone(sent, 0, awkward));
        QVERIFY(a->markFailed(refused, 0xA700, QStringLiteral("refused"), ErrorCode::PeerFailure));
        QVERIFY(a->markRetry(retried, std::nullopt, QStringLiteral("no answer"), later, ErrorCode::Timeout));
        QVERIFY(a->markDone(takenOver, 0, QStringLiteral("late")));
        const QList<OutboxEntry> before = b->entries().value();
        QCOMPARE(before.size(), 4);
        for (const OutboxEntry &e : before) { // nothing of the group yet
            QCOMPARE(e.state, OutboxEntry::State::Pending);
            QCOMPARE(e.attempts, 0);
        }
        // Held, not yet sent: the group locks no entry row (sent one by one, each update would
        // hold its row until the commit, and this would wait out the lock timeout).
        QVERIFY(q.exec(QStringLiteral("SET lock_timeout = '300ms'")));
        QVERIFY2(q.exec(QStringLiteral("UPDATE entries SET updated = updated WHERE id IN (%1, %2, %3)").arg(sent).arg(refused).arg(retried)),
                 qPrintable(q.lastError().text()));
        QVERIFY(a->commitChanges());
        const OutboxEntry s = b->entry(sent).value(), r = b->entry(refused).value(), t = b->entry(retried).value(), o = b->entry(takenOver).value();
        QCOMPARE(s.state, OutboxEntry::State::Done);
        QCOMPARE(s.result, awkward);
        QCOMPARE(s.dimseStatus, std::optional<int>(0));
        QVERIFY(!s.leaseUntil.isValid()); // the outcome ended a's claim
        QCOMPARE(r.state, OutboxEntry::State::Failed);
        QCOMPARE(r.failure, std::optional<ErrorCode>(ErrorCode::PeerFailure));
        QCOMPARE(r.dimseStatus, std::optional<int>(0xA700));
        QCOMPARE(t.state, OutboxEntry::State::Pending);
        QCOMPARE(t.dimseStatus, std::nullopt);
        QCOMPARE(t.failure, std::optional<ErrorCode>(ErrorCode::Timeout));
        QCOMPARE(o.state, OutboxEntry::State::Pending); // b's now: a's late result is not written over b's claim
        QCOMPARE(o.claimedBy, QStringLiteral("b#1"));
        for (const OutboxEntry &e : {s, r, t, o})
            QCOMPARE(e.attempts, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT not_before FROM entries WHERE id = %1").arg(retried)) && q.next());
        QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
        const auto history = [&](qint64 id) {
            QStringList out;
            const QList<Outbox::Attempt> attempts = b->attempts(id).value(); // kept: a range-for over a temporary's value() dangles
            for (const Outbox::Attempt &at : attempts)
                out << at.outcome + u' ' + QString::number(at.dimseStatus.value_or(-1)) + u' ' + at.result;
            return out;
        };
        QCOMPARE(history(sent), QStringList{QStringLiteral("sent 0 ") + awkward});
        QCOMPARE(history(refused), QStringList{QStringLiteral("failed 42752 refused")});
        QCOMPARE(history(retried), QStringList{QStringLiteral("will retry -1 no answer")});
        QCOMPARE(history(takenOver), QStringList{});
        q = QSqlQuery();
        raw.close();
    }

    void aWatchedFileAndALeftIntakeAreTakenOnce()
    {
        const QString db = freshDatabase();
        auto a = Outbox::open(node(QStringLiteral("a"), db));
        auto b = Outbox::open(node(QStringLiteral("b"), db));
        QVERIFY(a && b);
        QCOMPARE(a->takeFile("h1", QStringLiteral("x.dcm")).value(), true);
        QCOMPARE(b->takeFile("h1", QStringLiteral("x.dcm")).value(), false); // a is taking it
        QCOMPARE(b->wasTaken("h1").value(), false);                           // not recorded yet
        QVERIFY(a->markTaken("h1", QStringLiteral("x.dcm")));
        QCOMPARE(b->wasTaken("h1").value(), true);
        QCOMPARE(b->takeFile("h1", QStringLiteral("x.dcm")).value(), false);
        QCOMPARE(b->takeFile("h2", QStringLiteral("y.dcm")).value(), true);
        QVERIFY(b->releaseFile("h2")); // nothing recorded: free again
        QCOMPARE(a->takeFile("h2", QStringLiteral("y.dcm")).value(), true);
        // A live node's intake is its own; a dead node's is adopted by exactly one other node.
        QVERIFY(a->beginIntake(QStringLiteral("live-batch"), QJsonObject{}));
        QCOMPARE(b->intakes()->size(), 0);
        QCOMPARE(a->intakes()->size(), 1);
        QSqlDatabase raw = direct(db, QStringLiteral("raw2"));
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO intake_journal (batch, request, started, node) VALUES ('dead-batch', '{}', "
                                      "'2026-01-01T00:00:00.000Z', 'gone#1234')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO taken_files (hash, name, taken, node, state) VALUES ('6833', 'z.dcm', 'x', 'gone#1234', 'taking')")));
        const int byA = int(a->intakes()->size()), byB = int(b->intakes()->size());
        QCOMPARE(byA, 2); // its own, and the dead node's, adopted
        QCOMPARE(byB, 0); // a's live intake is a's; the dead one is adopted already
        QCOMPARE(b->takeFile("h3", QStringLiteral("z.dcm")).value(), true); // "h3" hex is 6833: the dead node's take is taken over
        q = QSqlQuery();
        raw.close();
    }

    void theSpoolMustBeTheSharedOne()
    {
        const QString db = freshDatabase();
        auto a = Outbox::open(node(QStringLiteral("a"), db));
        auto b = Outbox::open(node(QStringLiteral("b"), db));
        const QString shared = m_dir.filePath(QStringLiteral("shared-spool")), local = m_dir.filePath(QStringLiteral("b-local-spool"));
        QVERIFY(a->checkSharedSpool(shared));
        QVERIFY(b->checkSharedSpool(shared)); // the same folder: the marker is there
        auto elsewhere = b->checkSharedSpool(local); // at another path: the outbox's file paths would not match
        QVERIFY(!elsewhere);
        QVERIFY2(elsewhere.error().message.contains(QStringLiteral("mount the shared folder at ") + shared), qPrintable(elsewhere.error().message));
        // The same path, but not the shared folder (the mount is missing: an empty local folder).
        const QStringList markers = QDir(shared).entryList({QStringLiteral(".pacsdrop-shared-spool-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(markers.size(), 1);
        QVERIFY(QFile::rename(QDir(shared).filePath(markers.first()), m_dir.filePath(QStringLiteral("marker-aside"))));
        auto unmounted = b->checkSharedSpool(shared);
        QVERIFY(!unmounted);
        QVERIFY2(unmounted.error().message.contains(QStringLiteral("not the one the other nodes share")), qPrintable(unmounted.error().message));
    }

    void migrateKeepsEveryStateAndHistory()
    {
        const QString spool = m_dir.filePath(QStringLiteral("old-data/spool"));
        QDir().mkpath(spool + QStringLiteral("/batch"));
        const QString converted = spool + QStringLiteral("/batch/photo.dcm");
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), converted));
        const QString sqlitePath = m_dir.filePath(QStringLiteral("old-data/outbox.sqlite"));
        QMap<QString, QString> before;
        {
            auto old = Outbox::open(sqlitePath);
            QVERIFY(old);
            auto added = old->enqueue(QStringLiteral("b"), QStringLiteral("PACS"),
                                      {dicomItem(converted, QStringLiteral("1.2.6.1")), dicomItem(QStringLiteral("/elsewhere/b.dcm"), QStringLiteral("1.2.6.2")),
                                       dicomItem(QStringLiteral("/elsewhere/c.dcm"), QStringLiteral("1.2.6.3"))});
            QVERIFY(added);
            QVERIFY(old->markFailed(added->at(1).id, 0xA700, QStringLiteral("refused"), ErrorCode::PeerFailure));
            QVERIFY(old->markDone(added->at(2).id, 0, QStringLiteral("stored")));
            QVERIFY(old->pauseDestination(QStringLiteral("PACS"), QStringLiteral("admin")));
            const QList<OutboxEntry> entries = old->entries().value();
            for (const OutboxEntry &e : entries)
                before.insert(e.sopInstanceUid, stateName(e.state) + u' ' + e.result);
        }
        const QString db = freshDatabase();
        const QString sharedSpool = m_dir.filePath(QStringLiteral("migrated-spool"));
        auto counts = OutboxMigrator::run(sqlitePath, spool, node(QStringLiteral("a"), db), sharedSpool);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        QCOMPARE(counts->entries, 3);
        QCOMPARE(counts->pending, 1);
        QCOMPARE(counts->failed, 1);
        QCOMPARE(counts->filesCopied, 1);
        QCOMPARE(counts->outsideSpool, 1); // the failed one outside the spool
        auto shared = Outbox::open(node(QStringLiteral("a"), db));
        QMap<QString, QString> after;
        const QList<OutboxEntry> migrated = shared->entries().value();
        for (const OutboxEntry &e : migrated) {
            after.insert(e.sopInstanceUid, stateName(e.state) + u' ' + e.result);
            if (e.sopInstanceUid == QStringLiteral("1.2.6.1")) {
                QCOMPARE(e.path, sharedSpool + QStringLiteral("/batch/photo.dcm"));
                QVERIFY(QFile::exists(e.path));
            }
        }
        QCOMPARE(after, before);
        QCOMPARE(shared->attempts(shared->entries()->at(1).id)->size(), 1);
        QCOMPARE(shared->pausedDestinations()->size(), 1);
        // New entries continue after the migrated ids.
        auto added = shared->enqueue(QStringLiteral("c"), QStringLiteral("PACS"), {dicomItem(QStringLiteral("/x.dcm"), QStringLiteral("1.2.6.4"))});
        QVERIFY(added);
        QCOMPARE(added->first().id, 4);
        // Into a database that already holds entries: refused, nothing written.
        auto again = OutboxMigrator::run(sqlitePath, spool, node(QStringLiteral("a"), db), sharedSpool);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("already holds 4 entries")), qPrintable(again.error().message));
    }

    void tlsVerifyFullTrustsOnlyTheRightCa()
    {
        const QString db = freshDatabase();
        OutboxLocation secure = node(QStringLiteral("tls"), db);
        secure.postgresql += QStringLiteral(" sslmode=verify-full sslrootcert='%1/ca.pem'").arg(m_pki);
        auto ok = Outbox::open(secure);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message + u' ' + ok.error().detail));
        OutboxLocation rogue = node(QStringLiteral("tls"), db);
        rogue.postgresql += QStringLiteral(" sslmode=verify-full sslrootcert='%1/rogue-ca.pem'").arg(m_pki);
        auto refused = Outbox::open(rogue);
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(refused.error().detail));
        OutboxLocation wrongPassword = node(QStringLiteral("tls"), db);
        wrongPassword.password = QStringLiteral("nope");
        auto denied = Outbox::open(wrongPassword);
        QVERIFY(!denied);
        QVERIFY2(denied.error().message.contains(QStringLiteral("cannot reach the shared outbox")), qPrintable(denied.error().message));
        QVERIFY2(!denied.error().message.contains(m_pg.password()) && !denied.error().detail.contains(m_pg.password()), "the password leaked");
    }

    void aProcessThatEndsLeavesTheNodeList()
    {
        // A command run on a node (`queue list` here) beats while it runs; when it ends, its row in
        // nodes goes, so the nodes sharing the work out do not count it for a whole lease.
        const QString db = freshDatabase();
        const QString home = m_dir.filePath(QStringLiteral("cli-node"));
        QVERIFY(QDir().mkpath(home));
        QFile settings(home + QStringLiteral("/settings.json"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QJsonDocument(QJsonObject{{QStringLiteral("outbox"),
                                                  QJsonObject{{QStringLiteral("postgresql"), m_pg.connectionString(db)},
                                                              {QStringLiteral("spool"), m_dir.filePath(QStringLiteral("cli-spool"))},
                                                              {QStringLiteral("node"), QStringLiteral("cli")}}}})
                           .toJson());
        settings.close();
        const QStringList where{QStringLiteral("--config"), settings.fileName(), QStringLiteral("--data-dir"), home + QStringLiteral("/data")};
        // Every row a process puts into nodes is noted, so the test knows the command was a node.
        auto check = Outbox::open(node(QStringLiteral("checker"), db)); // the schema, and a node that stays
        QVERIFY(check);
        QSqlDatabase raw = direct(db, QStringLiteral("nodes-raw"));
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE seen (node TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION note_node() RETURNS trigger AS $$ BEGIN INSERT INTO seen VALUES (NEW.node); "
                                      "RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER note_node AFTER INSERT ON nodes FOR EACH ROW EXECUTE FUNCTION note_node()")));
        QProcess seal;
        seal.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("secret"), QStringLiteral("outbox-password")} + where);
        QVERIFY(seal.waitForStarted());
        seal.write(m_pg.password().toUtf8() + '\n');
        seal.closeWriteChannel();
        QVERIFY(seal.waitForFinished(30000));
        QCOMPARE(seal.exitCode(), 0);
        QProcess list;
        list.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("queue"), QStringLiteral("list")} + where);
        QVERIFY(list.waitForFinished(30000));
        QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM seen WHERE node = 'cli'")) && q.next());
        QVERIFY2(q.value(0).toInt() >= 1, "the command never counted as a node; the test proves nothing");
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM nodes WHERE node = 'cli'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM nodes WHERE node = 'checker'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // this process still beats
        q = QSqlQuery();
        raw.close();
    }

    void aShortCommandLogsInOnce()
    {
        // The process that opens a shared outbox beats once on its own connection; the beats'
        // thread connects only when its first beat is due (a third of a lease later), so a command
        // that ends sooner (queue list, a small send) costs the server one login, not two.
        const QString db = freshDatabase();
        auto outbox = Outbox::open(node(QStringLiteral("brief"), db));
        QVERIFY(outbox);
        QSqlDatabase raw = direct(db, QStringLiteral("brief-raw"));
        QSqlQuery q(raw);
        const auto sessions = [&] {
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'pacsdrop brief'")) && q.next()
                ? q.value(0).toInt() : -1;
        };
        QTest::qWait(1500); // the thread would have connected within milliseconds
        QCOMPARE(sessions(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM nodes WHERE node = 'brief'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // alive all the same
        q = QSqlQuery();
        raw.close();
    }

    void aClaimRewritesNoIndex()
    {
        // A claim changes only unindexed columns and finds room on the row's page, so PostgreSQL
        // writes a claimed row as a heap-only tuple: the indexes do not grow with the claims.
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        const int count = 120;
        {
            auto outbox = Outbox::open(node(QStringLiteral("loader"), db));
            QVERIFY(outbox);
            QList<IntakeItem> items;
            for (int i = 0; i < count; ++i)
                items << dicomItem(QStringLiteral("/spool/%1.dcm").arg(i), QStringLiteral("1.2.9.%1").arg(i));
            QVERIFY(outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), items));
        }
        QSqlDatabase raw = direct(db, QStringLiteral("hot-raw"));
        QSqlQuery q(raw);
        // What makes it so: no index of entries names a claim's columns, and new rows leave room.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'entries'"
                                      " AND (indexdef LIKE '%lease_until%' OR indexdef LIKE '%claimed_by%')")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'entries'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("fillfactor=50"));
        // A session's table figures reach the statistics at most once a second, when it goes idle.
        const auto updates = [&](int atLeast) -> std::pair<int, int> {
            QElapsedTimer waited;
            waited.start();
            for (;;) {
                q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
                if (!q.exec(QStringLiteral("SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'entries'")) || !q.next())
                    return {-1, -1};
                const std::pair<int, int> seen{q.value(0).toInt(), q.value(1).toInt()};
                if (seen.first >= atLeast || waited.elapsed() > 20000)
                    return seen;
                QTest::qWait(100);
            }
        };
        const auto before = updates(0);
        {
            // A lease long enough that no renewal (another row update) comes during the test.
            auto outbox = Outbox::open(node(QStringLiteral("claimer"), db, 600));
            QVERIFY(outbox);
            for (int claimed = 0; claimed < count;) {
                auto chunk = outbox->claimDue(40);
                QVERIFY(chunk && !chunk->isEmpty());
                claimed += chunk->size();
            }
            QTest::qWait(1100);
            QVERIFY(outbox->counts()); // a statement a second later: the session reports its figures as it goes idle
        }
        const auto after = updates(before.first + count);
        QCOMPARE(after.first - before.first, count);
        // Most claims heap-only (a claimed row grows by its lease, so some of a page's new versions
        // may not fit beside the old ones: 114 of 120 here); with the lease indexed, none would be.
        const int heapOnly = after.second - before.second;
        QVERIFY2(heapOnly >= count / 2, qPrintable(QStringLiteral("%1 of %2 claims heap-only").arg(heapOnly).arg(count)));
        q = QSqlQuery();
        raw.close();
    }

    void aSchema8OutboxIsUpgradedInPlace()
    {
        // An outbox the nodes of the previous release share (schema 8: the lease indexed, pages
        // filled whole) is upgraded by the first new node that opens it; its entries stay.
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        {
            auto outbox = Outbox::open(node(QStringLiteral("a"), db));
            QVERIFY(outbox);
            QVERIFY(outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), {dicomItem(QStringLiteral("/u.dcm"), QStringLiteral("1.2.8.1"))}));
        }
        QSqlDatabase raw = direct(db, QStringLiteral("upgrade-raw"));
        QSqlQuery q(raw);
        for (const char *sql : {"CREATE INDEX entries_claim ON entries(state, lease_until)", "ALTER TABLE entries RESET (fillfactor)",
                                "UPDATE outbox_schema SET version = 8"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        const auto shape = [&] {
            if (!q.exec(QStringLiteral("SELECT (SELECT MAX(version) FROM outbox_schema), (SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'entries_claim'),"
                                       " (SELECT COALESCE(array_to_string(reloptions, ','), '') FROM pg_class WHERE relname = 'entries')"))
                || !q.next())
                return q.lastError().text();
            return QStringLiteral("schema %1, claim index %2, options '%3'").arg(q.value(0).toInt()).arg(q.value(1).toInt()).arg(q.value(2).toString());
        };
        QCOMPARE(shape(), QStringLiteral("schema 8, claim index 1, options ''"));
        {
            auto outbox = Outbox::open(node(QStringLiteral("b"), db));
            QVERIFY2(outbox, qPrintable(outbox ? QString() : outbox.error().message + outbox.error().detail));
            QCOMPARE(outbox->counts()->pending, 1);
        }
        QCOMPARE(shape(), QStringLiteral("schema 9, claim index 0, options 'fillfactor=50'"));
        q = QSqlQuery();
        raw.close();
    }

    void aServerRestartKeepsTheOutbox()
    {
        const QString db = freshDatabase();
        {
            auto outbox = Outbox::open(node(QStringLiteral("a"), db));
            QVERIFY(outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), {dicomItem(QStringLiteral("/r.dcm"), QStringLiteral("1.2.7.1"))}));
        }
        QVERIFY2(m_pg.restart(), qPrintable(m_pg.lastError()));
        auto outbox = Outbox::open(node(QStringLiteral("a"), db)); // a new connection after the restart
        QVERIFY2(outbox, qPrintable(outbox ? QString() : outbox.error().message));
        QCOMPARE(outbox->counts()->pending, 1);
    }
};

PACSDROP_TEST_MAIN(TestOutboxPostgres)
#include "tst_outbox_postgres.moc"
