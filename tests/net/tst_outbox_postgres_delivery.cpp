// Deliveries from an outbox in a real PostgreSQL 15 (tests/SharedOutboxRig.h) into a real
// storescp: a delivery claims its next chunk while the current one is still being sent; a chunk
// claimed ahead is checked (a pause meanwhile is honoured) before it goes to the open associations;
// the next chunks go on the association already open; a file that association cannot carry gets
// one of its own.
#include "Peers.h"
#include "SharedOutboxRig.h"
#include "TestData.h"
#include "TestMain.h"
#include "delivery/ClaimAhead.h"
#include "delivery/OutboxRunner.h"
#include "intake/Intake.h"
#include "outbox/Outbox.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestOutboxPostgresDelivery : public QObject, SharedOutboxRig {
    Q_OBJECT

    // A shared outbox of `count` real CT files for a storescp device "PACS", recorded by node a.
    struct Delivery {
        std::optional<Outbox> outbox;
        std::unique_ptr<StoreScp> pacs;
        std::optional<Settings> settings;
        QList<OutboxEntry> added;
    };
    // associations: the device's parallel associations; storescp logs each association it takes.
    // last: a file recorded after the series.
    Delivery deliveryOf(const QString &db, int count, const QString &name, int associations = Device().parallelAssociations,
                        const QString &last = {})
    {
        Delivery d;
        auto a = Outbox::open(node(QStringLiteral("a"), db));
        d.pacs = std::make_unique<StoreScp>(QStringList{QStringLiteral("--verbose")});
        if (!a || !d.pacs->start())
            return d;
        QStringList files = makeSeries(m_dir.filePath(name), count, 16, 16);
        if (!last.isEmpty())
            files << last;
        Device device;
        device.name = QStringLiteral("PACS");
        device.aeTitle = QStringLiteral("STORESCP");
        device.host = QStringLiteral("127.0.0.1");
        device.port = d.pacs->port();
        device.parallelAssociations = associations;
        auto settings = Settings::load(m_dir.filePath(name + QStringLiteral("-settings.json")));
        if (!settings)
            return d;
        settings->putDevice(device);
        d.settings = *settings;
        d.added = a->enqueue(Outbox::newBatchId(), device.name, collectItems(files)).value_or(QList<OutboxEntry>{});
        d.outbox.emplace(std::move(*a));
        return d;
    }

    // Sees the first chunk's `at`-th file finish (by default its last) and lets a test look at the
    // database then.
    struct FirstChunkWatch final : DeliveryListener {
        std::function<void()> atEndOfFirstChunk;
        int at = kClaimChunk;
        int finished = 0;
        void fileFinished(const OutboxEntry &, const StoreOutcome &) override
        {
            if (++finished == at)
                atEndOfFirstChunk();
        }
    };
    // (Acknowledged: the fixture's check that the port is open shows as an association received.)
    static int associationsTaken(const StoreScp &pacs)
    {
        QFile log(pacs.tempDir() + QStringLiteral("/storescp.log"));
        return log.open(QIODevice::ReadOnly) ? static_cast<int>(log.readAll().count("Association Acknowledged")) : -1;
    }

private slots:
    void initTestCase()
    {
        const QString problem = startRig();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theNextChunkIsClaimedWhileOneIsSent()
    {
        // Claiming a large chunk takes the server tens of milliseconds; a delivery claims its next
        // chunk once a quarter of the current one has finished (delivery/ClaimAhead.h), so when the
        // first chunk's last file is done, the entries after it are already this process's.
        // Everything arrives once.
        const QString db = freshDatabase();
        const int count = kClaimChunk + 60;
        Delivery d = deliveryOf(db, count, QStringLiteral("ahead"));
        QVERIFY(d.outbox && d.settings);
        QCOMPARE(d.added.size(), count);
        QSqlDatabase raw = direct(db, QStringLiteral("ahead-raw"));
        int claimedBeyond = -1; // entries after the first chunk held by this process when its last file was done
        FirstChunkWatch watch;
        watch.atEndOfFirstChunk = [&] {
            QSqlQuery q(raw);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM entries WHERE id > ? AND claimed_by = ? AND lease_until IS NOT NULL"));
            q.addBindValue(d.added.at(kClaimChunk - 1).id);
            q.addBindValue(d.outbox->instance());
            if (q.exec() && q.next())
                claimedBeyond = q.value(0).toInt();
        };
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(*d.outbox, *d.settings, watch, cancel);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->delivered, count);
        QCOMPARE(watch.finished, count);
        // Claimed ahead: all that was left (the fair share), or at least what the database can
        // claim while the first chunk's last quarter is sent (never under a quarter chunk).
        QVERIFY2(claimedBeyond >= kClaimChunk / 4 && claimedBeyond <= count - kClaimChunk, qPrintable(QString::number(claimedBeyond)));
        QCOMPARE(d.outbox->counts()->pending, 0);
        QCOMPARE(d.pacs->receivedFiles().size(), count);
        raw.close();
    }

    void aChunkClaimedAheadIsCheckedBeforeItIsSent()
    {
        // An operator pauses the destination while the first chunk is still going, after the next
        // one was claimed (a quarter in) and before it goes to the open associations (three
        // quarters in): the next one is not sent, and is given back (pending, nobody's).
        const QString db = freshDatabase();
        const int count = kClaimChunk + 60;
        Delivery d = deliveryOf(db, count, QStringLiteral("paused"));
        QVERIFY(d.outbox && d.settings);
        QSqlDatabase raw = direct(db, QStringLiteral("paused-raw"));
        FirstChunkWatch watch;
        watch.at = kClaimChunk / 2;
        watch.atEndOfFirstChunk = [&] {
            QSqlQuery(raw).exec(QStringLiteral("INSERT INTO paused_destinations (destination, paused_by, since) "
                                               "VALUES ('PACS', 'operator', '2026-01-01T00:00:00.000Z')"));
        };
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(*d.outbox, *d.settings, watch, cancel);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->delivered, kClaimChunk);
        QCOMPARE(d.pacs->receivedFiles().size(), kClaimChunk);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM entries WHERE state = 'pending' AND lease_until IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), count - kClaimChunk);
        q = QSqlQuery();
        raw.close();
    }

    void theNextChunkGoesOnTheOpenAssociation()
    {
        // Chunks claimed while the first is sent go to the association already open: one
        // association for the whole delivery, not one per chunk (each new one made every
        // association stand idle while the last file of a chunk was answered and the next opened).
        const QString db = freshDatabase();
        const int count = 3 * kClaimChunk;
        Delivery d = deliveryOf(db, count, QStringLiteral("open"), 1);
        QVERIFY(d.outbox && d.settings);
        QCOMPARE(d.added.size(), count);
        struct Announcements final : DeliveryListener {
            int started = 0, files = 0;
            void destinationStarted(const Device &, int n) override { ++started, files += n; }
        } told;
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(*d.outbox, *d.settings, told, cancel);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->delivered, count);
        QCOMPARE(summary->leftPending, 0);
        QCOMPARE(d.pacs->receivedFiles().size(), count);
        QCOMPARE(d.outbox->counts()->pending, 0);
        QVERIFY2(told.started >= 2, "the delivery came in one chunk; the test proves nothing");
        QCOMPARE(told.files, count); // each chunk announced as it is taken on
        d.pacs->stop(); // its log complete
        QCOMPARE(associationsTaken(*d.pacs), 1);
    }

    void aFileTheOpenAssociationCannotCarryGetsOneOfItsOwn()
    {
        // The last chunk ends with an MR image; the association open since the first chunk was
        // negotiated for CT only. The MR image is not failed for want of a context: the session
        // ends after the CT files and the next one proposes MR.
        const QString db = freshDatabase();
        const int count = 2 * kClaimChunk;
        Delivery d = deliveryOf(db, count, QStringLiteral("mixed"), 1, pydicomFile(QStringLiteral("MR_small.dcm")));
        QVERIFY(d.outbox && d.settings);
        QCOMPARE(d.added.size(), count + 1);
        QCOMPARE(d.added.last().sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.4"));
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(*d.outbox, *d.settings, quiet, cancel);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->failed, 0);
        QCOMPARE(summary->delivered, count + 1);
        QCOMPARE(d.pacs->receivedFiles().size(), count + 1);
        d.pacs->stop();
        QCOMPARE(associationsTaken(*d.pacs), 2);
    }
};

PACSDROP_TEST_MAIN(TestOutboxPostgresDelivery)
#include "tst_outbox_postgres_delivery.moc"
