// Outbox: durable entries, states, and what survives reopening.
#include "TestData.h"
#include "TestMain.h"
#include "intake/Intake.h"
#include "delivery/ClaimAhead.h"
#include "delivery/OutboxRunner.h"
#include "outbox/Outbox.h"
#include "outbox/Spool.h"
#include "settings/Device.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestOutbox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QList<IntakeItem> items()
    {
        return collectItems({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm")),
                             pydicomFile(QStringLiteral("MR_truncated.dcm"))});
    }

    // A ClaimAhead driven as a delivery drives it: `first` claimed and being sent to PACS.
    struct FeedRig {
        FeedRig(Outbox &o, const QList<OutboxEntry> &claimed) : outbox(o), first(claimed)
        {
            for (const OutboxEntry &e : first)
                chunk << e.id;
            held = QSet<qint64>(chunk.cbegin(), chunk.cend());
            seen = held;
            pacs.name = QStringLiteral("PACS");
            feed.emplace(outbox, quiet, chunk, held, seen, claimsLeft, cost, cancel);
            feed->destinationStarted(pacs, static_cast<int>(first.size()));
        }
        // Files from..to of `first` finish, recorded as a delivery records them.
        bool finish(int from, int to)
        {
            StoreOutcome delivered;
            delivered.state = StoreOutcome::State::Delivered;
            for (int i = from; i < to; ++i) {
                if (!outbox.markDone(first[i].id, 0, QStringLiteral("stored")))
                    return false;
                feed->fileFinished(first[i], delivered);
            }
            return true;
        }
        Outbox &outbox;
        const QList<OutboxEntry> first;
        QList<qint64> chunk;
        QSet<qint64> held, seen;
        int claimsLeft = 50;
        ClaimCost cost;
        std::atomic_bool cancel{false};
        DeliveryListener quiet;
        Device pacs;
        std::optional<ClaimAhead> feed;
    };

private slots:
    void closingLeavesTheWalToALaterCheckpoint()
    {
        // SQLite would checkpoint (and sync twice) as each command closes the outbox
        // (outbox/SqliteNoCloseCheckpoint.h): the WAL stays, and what it holds is read back.
        const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
        {
            auto outbox = Outbox::open(path);
            QVERIFY(outbox);
            QVERIFY(outbox->enqueue(QStringLiteral("w"), QStringLiteral("PACS"), items()));
        }
        QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() > 0, "the outbox was checkpointed as it closed");
        auto again = Outbox::open(path);
        QVERIFY(again);
        QCOMPARE(again->entries()->size(), items().size());
    }

    void aChunkClaimedAheadIsHandedOverThreeQuartersInAndTheFeedCloses()
    {
        // ClaimAhead as a delivery drives it (delivery/ClaimAhead.h), on an embedded outbox: 150
        // files for PACS, then 10 for OTHER; the first 100 are claimed and being sent. (The 60 left
        // are fewer than a first rig.chunk: a claim ahead takes them all, whatever the rate.)
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("ahead.sqlite")));
        QVERIFY(outbox);
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("ahead")), 160, 16, 16);
        QVERIFY(outbox->enqueue(QStringLiteral("b1"), QStringLiteral("PACS"), collectItems(files.mid(0, 150))));
        QVERIFY(outbox->enqueue(QStringLiteral("b2"), QStringLiteral("OTHER"), collectItems(files.mid(150))));
        FeedRig rig(*outbox, *outbox->claimDue(kClaimChunk));
        QCOMPARE(rig.first.size(), kClaimChunk);
        ClaimAhead &feed = *rig.feed;
        const auto finish = [&](int from, int to) { QVERIFY(rig.finish(from, to)); };
        // Before a quarter is done: nothing claimed, nothing handed over, not closed.
        finish(0, 24);
        QCOMPARE(rig.claimsLeft, 50);
        auto more = feed.more(rig.pacs, QStringLiteral("PACS"));
        QVERIFY(more.entries.isEmpty() && !more.closed);
        // A quarter in: the next chunk is claimed (everything free: the fair share), not handed over yet.
        finish(24, 25);
        QCOMPARE(rig.claimsLeft, 49);
        QCOMPARE(rig.held.size(), kClaimChunk + 60);
        more = feed.more(rig.pacs, QStringLiteral("PACS"));
        QVERIFY(more.entries.isEmpty() && !more.closed);
        // Three quarters in: PACS's 50 go to the open associations; OTHER's 10 wait for the caller,
        // so no more comes for this delivery.
        finish(25, 75);
        more = feed.more(rig.pacs, QStringLiteral("PACS"));
        QCOMPARE(more.entries.size(), 50);
        QVERIFY(std::all_of(more.entries.cbegin(), more.entries.cend(), [](const OutboxEntry &e) { return e.destination == QStringLiteral("PACS"); }));
        QVERIFY(more.closed);
        QCOMPARE(rig.chunk.size(), kClaimChunk + 50); // given back with the chunk if left unsent
        QVERIFY(rig.seen.contains(more.entries.first().id));
        auto next = feed.takeNext();
        QVERIFY(next && *next);
        QCOMPARE((*next)->size(), 10);
        QCOMPARE((*next)->first().destination, QStringLiteral("OTHER"));
        // A cancelled delivery is told at once that nothing more comes.
        rig.cancel = true;
        QVERIFY(feed.more(rig.pacs, QStringLiteral("PACS")).closed);
    }

    void aSmallChunkIsHandedOverWhenFewFilesAreLeftAndNotAfterACancel()
    {
        // A first chunk of 8 with 20 more waiting: claimed ahead two files in, handed over when 4
        // are left (not only when 2 are); a cancel before the hand-over closes the feed empty.
        for (const bool cancelled : {false, true}) {
            auto outbox = Outbox::open(m_dir.filePath(cancelled ? QStringLiteral("few-c.sqlite") : QStringLiteral("few.sqlite")));
            QVERIFY(outbox);
            const QStringList files = makeSeries(m_dir.filePath(cancelled ? QStringLiteral("few-c") : QStringLiteral("few")), 28, 16, 16);
            QVERIFY(outbox->enqueue(QStringLiteral("f"), QStringLiteral("PACS"), collectItems(files)));
            FeedRig rig(*outbox, *outbox->claimDue(8));
            QVERIFY(rig.finish(0, 4));
            QCOMPARE(rig.held.size(), 28); // the 20 claimed ahead
            rig.cancel = cancelled;
            const auto more = rig.feed->more(rig.pacs, QStringLiteral("PACS"));
            QCOMPARE(more.entries.size(), cancelled ? 0 : 20);
            QCOMPARE(more.closed, cancelled);
        }
    }

    void claimSizesFollowTheRateTheShareAndWhatAClaimCosts()
    {
        // About a second of work at the rate seen, within the fair share, never under the first chunk.
        QCOMPARE(nextClaimSize(25, 25, 5000), 1000);
        QCOMPARE(nextClaimSize(25, 25, 300), 300);
        QCOMPARE(nextClaimSize(25, 5, 5000), 2000);
        QCOMPARE(nextClaimSize(5, 1000, 5000), kClaimChunk);
        QCOMPARE(nextClaimSize(25, 25, 40), kClaimChunk);
        // A claim made ahead fits in 70 % of the time the files in hand take, at the cost per entry
        // last measured (none yet: no limit but the largest chunk; never under a quarter chunk).
        ClaimCost cost;
        QCOMPARE(cost.mostWithin(45.0), 2000);
        cost.measured(100, 10'000'000); // 100 entries in 10 ms
        QCOMPARE(cost.mostWithin(45.0), 315);
        QCOMPARE(cost.mostWithin(1.0), kClaimChunk / 4);
        QCOMPARE(cost.mostWithin(1e6), 2000);
        cost.measured(900, 81'000'000); // a slower server now: 0.09 ms per entry
        QCOMPARE(cost.mostWithin(45.0), 350);
    }

    void enqueueRecordsPendingAndRejected()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(outbox);
        auto added = outbox->enqueue(QStringLiteral("b1"), QStringLiteral("PACS"), items());
        QVERIFY(added);
        QCOMPARE(added->size(), 3);
        QCOMPARE(outbox->pending()->size(), 2);
        const auto all = *outbox->entries(QStringLiteral("b1"));
        const auto failed = std::count_if(all.cbegin(), all.cend(), [](const OutboxEntry &e) {
            return e.state == OutboxEntry::State::Failed && e.result.contains(QStringLiteral("damaged"));
        });
        QCOMPARE(failed, 1);
        const QList<OutboxEntry> pending = *outbox->pending();
        for (const OutboxEntry &e : pending) {
            QVERIFY(!e.sopInstanceUid.isEmpty());
            QCOMPARE(e.destination, QStringLiteral("PACS"));
        }
    }

    void groupedChangesAreSeenOnlyOnceRecorded()
    {
        // Another process (queue list, the window's count) sees a group's changes only when it
        // is committed; a new batch enqueued meanwhile commits the group first; closing the
        // outbox records a group left open.
        const QString path = m_dir.filePath(QStringLiteral("g.sqlite"));
        auto writer = Outbox::open(path);
        auto reader = Outbox::open(path);
        QVERIFY(writer && reader);
        const auto added = *writer->enqueue(Outbox::newBatchId(), QStringLiteral("PACS"), items());
        QVERIFY(writer->beginChanges());
        QVERIFY(writer->changing());
        QVERIFY(writer->markAttempt(added[0].id));
        QVERIFY(writer->markDone(added[0].id, 0, QStringLiteral("stored")));
        QCOMPARE(writer->entry(added[0].id)->state, OutboxEntry::State::Done);  // its own writer sees it
        QCOMPARE(reader->entry(added[0].id)->state, OutboxEntry::State::Pending); // nobody else yet
        QVERIFY(writer->commitChanges());
        QCOMPARE(reader->entry(added[0].id)->state, OutboxEntry::State::Done);

        QVERIFY(writer->beginChanges());
        QVERIFY(writer->markDone(added[1].id, 0, QStringLiteral("stored")));
        QVERIFY(writer->enqueue(Outbox::newBatchId(), QStringLiteral("PACS"), items()));
        QVERIFY(!writer->changing());
        QCOMPARE(reader->entry(added[1].id)->state, OutboxEntry::State::Done);

        {
            auto closing = Outbox::open(path);
            QVERIFY(closing->beginChanges());
            QVERIFY(closing->markFailed(added[2].id, 0xA700, QStringLiteral("out of resources")));
        }
        QCOMPARE(reader->entry(added[2].id)->state, OutboxEntry::State::Failed);
    }

    void statesSurviveReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
        qint64 doneId = 0, failedId = 0;
        {
            auto outbox = Outbox::open(path);
            auto added = *outbox->enqueue(Outbox::newBatchId(), QStringLiteral("PACS"), items());
            doneId = added[0].id;
            failedId = added[1].id;
            QVERIFY(outbox->markAttempt(doneId));
            QVERIFY(outbox->markDone(doneId, 0, QStringLiteral("stored")));
            QVERIFY(outbox->markFailed(failedId, 0xA700, QStringLiteral("out of resources")));
        }
        auto outbox = Outbox::open(path);
        QVERIFY(outbox);
        const OutboxEntry done = *outbox->entry(doneId);
        QCOMPARE(done.state, OutboxEntry::State::Done);
        QCOMPARE(done.attempts, 1);
        QCOMPARE(done.dimseStatus, std::optional<int>(0));
        const OutboxEntry failed = *outbox->entry(failedId);
        QCOMPARE(failed.state, OutboxEntry::State::Failed);
        QCOMPARE(failed.dimseStatus, std::optional<int>(0xA700));
        QCOMPARE(failed.result, QStringLiteral("out of resources"));
        QVERIFY(outbox->pending()->isEmpty());

        QCOMPARE(*outbox->requeueFailed(), 2); // the damaged file too: the user asked to retry
        QCOMPARE(outbox->pending()->size(), 2);
        QCOMPARE(*outbox->clear(false), 1);     // only the done entry
        QCOMPARE(outbox->entries()->size(), 2);
        QCOMPARE(*outbox->clear(true), 2);
        QVERIFY(outbox->entries()->isEmpty());
    }

    void pendingByDestination()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(outbox->enqueue(QStringLiteral("x"), QStringLiteral("A"), items()));
        QVERIFY(outbox->enqueue(QStringLiteral("y"), QStringLiteral("B"), items()));
        QCOMPARE(outbox->pending(QStringLiteral("A"))->size(), 2);
        QCOMPARE(outbox->pending(QStringLiteral("B"))->size(), 2);
        QCOMPARE(outbox->pending()->size(), 4);
    }

    void retryReadsTheFileAgain()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("e.sqlite")));
        const QString later = m_dir.filePath(QStringLiteral("later.dcm"));
        const QString text = m_dir.filePath(QStringLiteral("text.dcm"));
        QFile t(text);
        t.open(QIODevice::WriteOnly);
        t.write("not dicom at all");
        t.close();
        QVERIFY(outbox->enqueue(QStringLiteral("r"), QStringLiteral("PACS"), collectItems({later, text})));
        QVERIFY(outbox->pending()->isEmpty()); // both rejected at intake
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), later)); // the missing file appears

        QCOMPARE(*retryFailed(*outbox), 1);
        const QList<OutboxEntry> pending = *outbox->pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().path.endsWith(QStringLiteral("later.dcm")));
        QCOMPARE(pending.first().sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2")); // header read now
        QCOMPARE(pending.first().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        const QList<OutboxEntry> all = *outbox->entries();
        for (const OutboxEntry &e : all) {
            if (e.path.endsWith(QStringLiteral("text.dcm")))
                QVERIFY2(e.state == OutboxEntry::State::Failed && e.result.contains(QStringLiteral("not a DICOM file")),
                         qPrintable(e.result));
        }
    }

    // Schema 5: what the window's history shows without opening the files — whose file, from which
    // source, and what kind of failure — plus the counts, the next retry and removal.
    void historyKnowsWhoseFileAndWhy()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(outbox);
        QList<IntakeItem> list = items();
        list[1].source = QStringLiteral("/photos/wound.jpg"); // as if MR_small had been converted from it
        auto added = outbox->enqueue(QStringLiteral("b1"), QStringLiteral("PACS"), list);
        QVERIFY(added);
        const OutboxEntry ct = added->at(0), converted = added->at(1), damaged = added->at(2);
        QCOMPARE(ct.patientName, QStringLiteral("CompressedSamples^CT1"));
        QCOMPARE(ct.patientId, QStringLiteral("1CT1"));
        QCOMPARE(ct.studyDate, QStringLiteral("20040119"));
        QCOMPARE(converted.shownPath(), QStringLiteral("/photos/wound.jpg"));
        QCOMPARE(damaged.failure, std::optional<ErrorCode>(ErrorCode::DamagedFile));
        QVERIFY(outbox->markFailed(ct.id, std::nullopt, QStringLiteral("nothing is listening at 127.0.0.1:9 (connection refused)"),
                                   ErrorCode::NetworkUnreachable));
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(90);
        QVERIFY(outbox->markRetry(converted.id, std::nullopt, QStringLiteral("timed out"), later, ErrorCode::Timeout));
        // Read back after reopening, as the window's history does.
        auto reopened = Outbox::open(m_dir.filePath(QStringLiteral("h.sqlite")));
        const auto history = reopened->history(QDateTime::currentDateTimeUtc().addSecs(-60), 100);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QHash<qint64, OutboxEntry> byId;
        for (const OutboxEntry &e : *history)
            byId.insert(e.id, e);
        QCOMPARE(byId[ct.id].failure, std::optional<ErrorCode>(ErrorCode::NetworkUnreachable));
        QCOMPARE(byId[converted.id].failure, std::optional<ErrorCode>(ErrorCode::Timeout));
        QCOMPARE(byId[converted.id].source, QStringLiteral("/photos/wound.jpg"));
        QCOMPARE(byId[converted.id].patientName, QStringLiteral("CompressedSamples^MR1"));
        QCOMPARE(reopened->history(QDateTime::currentDateTimeUtc().addSecs(60), 100)->size(), 0); // nothing changed since then
        const auto counts = reopened->counts();
        QCOMPARE(counts->pending, 1);
        QCOMPARE(counts->failed, 2);
        const auto next = reopened->nextRetry();
        QVERIFY(next && *next);
        QVERIFY(qAbs((*next)->secsTo(later)) <= 1);
        // Delivered clears the failure; removing forgets the entry.
        QVERIFY(reopened->markDone(converted.id, 0, QStringLiteral("stored")));
        QVERIFY(!reopened->entry(converted.id)->failure);
        QVERIFY(!*reopened->nextRetry());
        QCOMPARE(*reopened->remove({ct.id, damaged.id}), 2);
        QCOMPARE(reopened->entries()->size(), 1);
    }

    void whatThePacsDidNotKeepIsSentAgainWithTheSameUid()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("k.sqlite")));
        const OutboxEntry e = outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), items().mid(0, 1))->first();
        QVERIFY(outbox->markAttempt(e.id));
        QVERIFY(outbox->markDone(e.id, 0, QStringLiteral("stored")));
        QVERIFY(outbox->markConfirmation(e.id, OutboxEntry::Confirmation::NotCommitted, QStringLiteral("no such object instance")));
        QCOMPARE(outbox->unfinished()->size(), 1); // sent, but not kept: not settled
        QCOMPARE(*retryEntries(*outbox, {e.id}), 1);
        const OutboxEntry again = *outbox->entry(e.id);
        QCOMPARE(again.state, OutboxEntry::State::Pending);
        QCOMPARE(again.sopInstanceUid, e.sopInstanceUid);
        QCOMPARE(again.confirmation, OutboxEntry::Confirmation::None);
        QCOMPARE(again.attempts, 0); // someone chose to retry: counted afresh
    }

    void spoolCleaningKeepsWhatMayBeSentAgain()
    {
        // Spool files go once their entry is settled (delivered, and kept by the PACS when it was
        // asked to confirm); what is pending, awaiting confirmation or not kept stays, and a file no
        // entry knows goes. The delivered history is not read for it (outbox/Spool.cpp).
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("spool.sqlite")));
        QVERIFY(outbox);
        const QString spool = m_dir.filePath(QStringLiteral("spool"));
        QVERIFY(QDir().mkpath(spool + QStringLiteral("/batch")));
        QList<IntakeItem> list;
        const QStringList names{QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("awaiting"), QStringLiteral("notkept"),
                                QStringLiteral("committed")};
        for (const QString &name : names) {
            const QString path = spool + QStringLiteral("/batch/") + name + QStringLiteral(".dcm");
            QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), path));
            IntakeItem item = collectItems({path}).value(0);
            item.dicom.sopInstanceUid += u'.' + QString::number(list.size() + 1);
            list << item;
        }
        QFile stray(spool + QStringLiteral("/batch/stray.dcm"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        auto added = outbox->enqueue(QStringLiteral("s"), QStringLiteral("PACS"), list);
        QVERIFY(added);
        QCOMPARE(added->size(), 5);
        for (int i = 1; i < 5; ++i)
            QVERIFY(outbox->markDone(added->at(i).id, 0, QStringLiteral("stored")));
        QVERIFY(outbox->markConfirmation(added->at(2).id, OutboxEntry::Confirmation::CommitmentRequested, {}));
        QVERIFY(outbox->markConfirmation(added->at(3).id, OutboxEntry::Confirmation::NotCommitted, QStringLiteral("not kept")));
        QVERIFY(outbox->markConfirmation(added->at(4).id, OutboxEntry::Confirmation::Committed, {}));
        const auto removed = cleanSpool(*outbox, spool);
        QVERIFY(removed);
        QCOMPARE(*removed, 3); // sent, committed, the stray file
        QStringList left = QDir(spool + QStringLiteral("/batch")).entryList(QDir::Files);
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("awaiting.dcm"), QStringLiteral("notkept.dcm"), QStringLiteral("pending.dcm")}));
        QCOMPARE(outbox->unsettled()->size(), 3);
    }

    void upgradesAVersion4Outbox()
    {
        // An outbox written before schema 5 keeps its entries and gains the new columns.
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
        qint64 id = 0;
        {
            auto outbox = Outbox::open(path);
            id = outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), items().mid(0, 1))->first().id;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Back to what schema 4 had (SQLite 3.40 drops columns).
            // ... except one column an interrupted upgrade by an earlier build had added.
            for (const char *column : {"source", "patient_name", "patient_id", "study_date", "study_description", "interrupted"})
                QVERIFY2(q.exec(QStringLiteral("ALTER TABLE entries DROP COLUMN %1").arg(QLatin1String(column))), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX entries_updated")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE intake_journal")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        auto upgraded = Outbox::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
        const OutboxEntry e = *upgraded->entry(id);
        QCOMPARE(e.state, OutboxEntry::State::Pending);
        QVERIFY(e.patientName.isEmpty() && !e.failure);
        QVERIFY(upgraded->markFailed(id, std::nullopt, QStringLiteral("x"), ErrorCode::PeerFailure));
        QCOMPARE(upgraded->entry(id)->failure, std::optional<ErrorCode>(ErrorCode::PeerFailure));
        // Schema 6 too: the intake journal and the interruption count.
        QCOMPARE(*upgraded->markInterrupted(id), 1);
        QVERIFY(upgraded->beginIntake(QStringLiteral("j"), QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/x")}}}));
        QCOMPARE(upgraded->intakes()->size(), 1);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
        {
            auto outbox = Outbox::open(path);
            QVERIFY(outbox);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto outbox = Outbox::open(path);
        QVERIFY(!outbox);
        QVERIFY(outbox.error().message.contains(QStringLiteral("newer")));
    }
};

PACSDROP_TEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
