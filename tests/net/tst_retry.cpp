// Unattended delivery policy against DCMTK's storescp fault options and a PACS answering a failure
// status (dcmqrscp over its storage quota: 0xA700 out of resources): transient failures (abort
// after or during the transfer, timeout, out of resources) wait out an exponential back-off and are
// tried again until the device's attempts are used up, then fail saying so; permanent ones (a
// refused association) fail at once; the same file — the same SOP Instance UID — is resent.
// Throttling slows a send as configured.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "delivery/OutboxRunner.h"
#include "delivery/RetryPolicy.h"
#include "intake/Intake.h"
#include "outbox/Outbox.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

StoreOutcome failure(ErrorCode code, std::optional<std::uint16_t> status = {}, const QString &message = {})
{
    StoreOutcome o;
    o.state = StoreOutcome::State::Failed;
    o.errorCode = code;
    o.dimseStatus = status;
    o.message = message;
    return o;
}

} // namespace

class TestRetry : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_outboxes = 0;

    // An outbox holding one pending CT file for the device, and the settings that name it.
    Outbox outboxWithOneFile(const Device &device, Settings &settings)
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_outboxes)));
        Q_ASSERT(outbox);
        const auto items = collectItems({pydicomFile(QStringLiteral("CT_small.dcm"))});
        outbox->enqueue(Outbox::newBatchId(), device.name, items);
        settings = *Settings::load(m_dir.filePath(QStringLiteral("settings-%1.json").arg(m_outboxes)));
        settings.putDevice(device);
        return std::move(*outbox);
    }

private slots:
    void whichFailuresAreTriedAgain()
    {
        QVERIFY(isTransient(failure(ErrorCode::NetworkUnreachable)));
        QVERIFY(isTransient(failure(ErrorCode::Timeout)));
        QVERIFY(isTransient(failure(ErrorCode::AssociationAborted)));
        QVERIFY(isTransient(failure(ErrorCode::PeerFailure, 0xA700)));     // out of resources
        QVERIFY(!isTransient(failure(ErrorCode::PeerFailure, 0xA900)));    // data set does not match SOP class
        QVERIFY(!isTransient(failure(ErrorCode::PeerFailure, 0xC000)));    // cannot understand
        QVERIFY(!isTransient(failure(ErrorCode::NoPresentationContext)));  // SOP class not supported
        QVERIFY(!isTransient(failure(ErrorCode::AssociationRejected, {}, QStringLiteral("called AE title X not recognised"))));
        QVERIFY(isTransient(failure(ErrorCode::AssociationRejected, {}, QStringLiteral("the PACS is busy"))));

        Device d;
        d.maxAttempts = 5;
        d.retryBackoffSeconds = 30;
        d.retryBackoffMaxSeconds = 100;
        const QDateTime now = QDateTime::currentDateTime();
        const StoreOutcome aborted = failure(ErrorCode::AssociationAborted);
        QCOMPARE(now.secsTo(*nextAttempt(d, aborted, 1, now)), 30);
        QCOMPARE(now.secsTo(*nextAttempt(d, aborted, 2, now)), 60);
        QCOMPARE(now.secsTo(*nextAttempt(d, aborted, 3, now)), 100); // capped
        QVERIFY(!nextAttempt(d, aborted, 5, now));                    // attempts used up
        QVERIFY(!nextAttempt(d, failure(ErrorCode::NoPresentationContext), 1, now));
    }

    void abortsAreRetriedWithBackOffThenGivenUp()
    {
        StoreScp scp({QStringLiteral("--abort-after")});
        QVERIFY(scp.start());
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.name = QStringLiteral("Flaky");
        device.maxAttempts = 3;
        device.retryBackoffSeconds = 1;
        Settings settings;
        Outbox outbox = outboxWithOneFile(device, settings);
        const QString uid = outbox.pending()->first().sopInstanceUid;
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};

        auto summary = deliverPending(outbox, settings, quiet, cancel);
        QVERIFY(summary);
        QCOMPARE(summary->failed, 0);
        QCOMPARE(outbox.pending()->size(), 1); // still pending, waiting out its back-off
        QVERIFY(outbox.due()->isEmpty());
        QVERIFY2(outbox.pending()->first().result.contains(QStringLiteral("attempt 2 of 3")), qPrintable(outbox.pending()->first().result));

        QTRY_COMPARE_WITH_TIMEOUT(outbox.due()->size(), 1, 5000); // 1 s later it is due
        QVERIFY(deliverPending(outbox, settings, quiet, cancel));
        QVERIFY(outbox.due()->isEmpty()); // second back-off: 2 s
        QTRY_COMPARE_WITH_TIMEOUT(outbox.due()->size(), 1, 6000);
        summary = deliverPending(outbox, settings, quiet, cancel);
        QCOMPARE(summary->failed, 1);
        const OutboxEntry entry = outbox.entries()->first();
        QCOMPARE(entry.state, OutboxEntry::State::Failed);
        QCOMPARE(entry.attempts, 3);
        QCOMPARE(entry.sopInstanceUid, uid); // the same instance each time
        QVERIFY2(entry.result.startsWith(QStringLiteral("gave up after 3 attempts")), qPrintable(entry.result));
    }

    void outOfResourcesIsRetriedUntilThePacsHasRoom()
    {
        QrScp pacs;
        QVERIFY2(pacs.start(QStringLiteral("10kb")), qPrintable(pacs.lastError())); // CT_small (39 KB) does not fit
        Device device = deviceFor(pacs.aeTitle(), pacs.port());
        device.name = QStringLiteral("Full");
        device.maxAttempts = 3;
        device.retryBackoffSeconds = 1;
        Settings settings;
        Outbox outbox = outboxWithOneFile(device, settings);
        const QString uid = outbox.pending()->first().sopInstanceUid;
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};
        QVERIFY(deliverPending(outbox, settings, quiet, cancel));
        OutboxEntry entry = outbox.entries()->first();
        QCOMPARE(entry.state, OutboxEntry::State::Pending);
        QCOMPARE(entry.dimseStatus, 0xA700);
        QVERIFY2(entry.result.contains(QStringLiteral("attempt 2 of 3")), qPrintable(entry.result));
        QVERIFY(pacs.storedFiles().isEmpty());
        // The archive gets room (an administrator raised its quota) during the back-off.
        pacs.stop();
        QVERIFY2(pacs.start(QStringLiteral("100mb")), qPrintable(pacs.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(outbox.due()->size(), 1, 5000);
        auto summary = deliverPending(outbox, settings, quiet, cancel);
        QVERIFY(summary);
        QCOMPARE(summary->delivered, 1);
        entry = outbox.entries()->first();
        QCOMPARE(entry.state, OutboxEntry::State::Done);
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(entry.sopInstanceUid, uid);
        QCOMPARE(pacs.storedFiles().size(), 1);
    }

    // storescp breaking off mid-transfer, and one too slow for the device's DIMSE timeout.
    void transientFailuresWaitForTheirRetry_data()
    {
        QTest::addColumn<QStringList>("fault");
        QTest::addColumn<int>("dimseTimeout");
        QTest::newRow("abort during") << QStringList{QStringLiteral("--abort-during")} << 60;
        QTest::newRow("timeout") << QStringList{QStringLiteral("--sleep-during"), QStringLiteral("4")} << 1;
    }

    void transientFailuresWaitForTheirRetry()
    {
        QFETCH(QStringList, fault);
        QFETCH(int, dimseTimeout);
        StoreScp scp(fault);
        QVERIFY(scp.start());
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.name = QStringLiteral("Unreliable");
        device.dimseTimeout = dimseTimeout;
        device.maxAttempts = 2;
        device.retryBackoffSeconds = 60;
        Settings settings;
        Outbox outbox = outboxWithOneFile(device, settings);
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};
        QVERIFY(deliverPending(outbox, settings, quiet, cancel));
        const OutboxEntry entry = outbox.entries()->first();
        QCOMPARE(entry.state, OutboxEntry::State::Pending);
        QCOMPARE(entry.attempts, 1);
        QVERIFY2(entry.result.contains(QStringLiteral("trying again")) && entry.result.contains(QStringLiteral("attempt 2 of 2")),
                 qPrintable(entry.result));
    }

    void aPausedDeviceGetsNothingUntilResumedAndTheHistoryTellsEachAttempt()
    {
        StoreScp scp({QStringLiteral("--abort-after")});
        QVERIFY(scp.start());
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.name = QStringLiteral("Held");
        device.maxAttempts = 2;
        device.retryBackoffSeconds = 1;
        Settings settings;
        Outbox outbox = outboxWithOneFile(device, settings);
        QVERIFY(outbox.pauseDestination(QStringLiteral("Held"), QStringLiteral("otto")));
        struct Heard : DeliveryListener {
            QString pausedBy;
            void destinationPaused(const QString &, int, const QString &by) override { pausedBy = by; }
        } heard;
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(outbox, settings, heard, cancel);
        QVERIFY(summary);
        QCOMPARE(summary->leftPending, 1);
        QCOMPARE(heard.pausedBy, QStringLiteral("otto"));
        QCOMPARE(outbox.entries()->first().attempts, 0); // not even tried
        QVERIFY(scp.receivedFiles().isEmpty());
        QCOMPARE(outbox.pausedDestinations()->size(), 1);
        // Resumed: the first attempt is aborted by the peer (will retry), the second too (failed).
        QCOMPARE(*outbox.resumeDestination(QStringLiteral("Held")), true);
        QVERIFY(deliverPending(outbox, settings, heard, cancel));
        QThread::msleep(1100);
        QVERIFY(deliverPending(outbox, settings, heard, cancel));
        const qint64 id = outbox.entries()->first().id;
        const auto attempts = outbox.attempts(id);
        QVERIFY(attempts);
        QStringList outcomes;
        for (const Outbox::Attempt &a : *attempts)
            outcomes << a.outcome;
        QCOMPARE(outcomes, (QStringList{QStringLiteral("will retry"), QStringLiteral("failed")}));
        QVERIFY(!attempts->first().result.isEmpty() && attempts->first().at.isValid());
        QVERIFY(outbox.remove({id}));
        QVERIFY(outbox.attempts(id)->isEmpty()); // forgotten with the entry
    }

    void aRefusedAssociationFailsAtOnce()
    {
        StoreScp scp({QStringLiteral("--refuse")});
        QVERIFY(scp.start());
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.name = QStringLiteral("Refusing");
        device.maxAttempts = 5;
        device.retryBackoffSeconds = 1;
        Settings settings;
        Outbox outbox = outboxWithOneFile(device, settings);
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};
        auto summary = deliverPending(outbox, settings, quiet, cancel);
        QVERIFY(summary);
        QCOMPARE(summary->failed, 1);
        const OutboxEntry entry = outbox.entries()->first();
        QCOMPARE(entry.state, OutboxEntry::State::Failed);
        QCOMPARE(entry.attempts, 1);
        QVERIFY2(entry.result.contains(QStringLiteral("rejected")), qPrintable(entry.result));
    }

    void throttling()
    {
        StoreScp scp;
        QVERIFY(scp.start());
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("throttle")), 6, 512, 512); // 6 x 0.5 MB
        Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        device.parallelAssociations = 1;
        device.maxKilobytesPerSecond = 1500; // 3 MB take 2 s
        QElapsedTimer timer;
        timer.start();
        Sent sent = sendFiles(files, device, m_dir.filePath(QStringLiteral("throttle.sqlite")));
        QCOMPARE(sent.summary.delivered, 6);
        QVERIFY2(timer.elapsed() >= 1800, qPrintable(QString::number(timer.elapsed())));
        device.maxKilobytesPerSecond = 0;
        device.minIntervalMs = 400; // five pauses between six files
        timer.restart();
        sent = sendFiles(files, device, m_dir.filePath(QStringLiteral("interval.sqlite")));
        QCOMPARE(sent.summary.delivered, 6);
        QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

PACSDROP_TEST_MAIN(TestRetry)
#include "tst_retry.moc"
