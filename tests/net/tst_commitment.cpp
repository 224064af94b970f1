// Storage Commitment (Push Model) against Orthanc, which reports on a new association to
// PacsDrop's listener: after a batch every instance is committed; an instance deleted from Orthanc
// before the request is reported not committed with the PACS's reason; a report that never comes
// leaves entries not committed after the device's timeout, and a device that resends does so with
// the same SOP Instance UID.
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "delivery/SendBatch.h"
#include "delivery/StorageCommitment.h"
#include "inbound/StoreListener.h"
#include "intake/Intake.h"
#include "net/Target.h"
#include "settings/AppPaths.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

// Orthanc, knowing PacsDrop (AE PACSDROP) at the listener's port for its reports — and a caller
// STRANGER at a port where nothing listens, whose reports never arrive.
Orthanc::Options reportingTo(quint16 listenerPort)
{
    Orthanc::Options options;
    options.extraConfig = {{QStringLiteral("DicomModalities"),
                            QJsonObject{{QStringLiteral("pacsdrop"), QJsonArray{QStringLiteral("PACSDROP"), QStringLiteral("127.0.0.1"), listenerPort}},
                                        {QStringLiteral("stranger"), QJsonArray{QStringLiteral("STRANGER"), QStringLiteral("127.0.0.1"), freePort()}}}}};
    return options;
}

OutboxEntry::Confirmation confirmationOf(Outbox &outbox, qint64 id) { return outbox.entry(id)->confirmation; }

} // namespace

class TestCommitment : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    quint16 m_listenerPort = 0;
    std::unique_ptr<StoreListener> m_listener;
    std::unique_ptr<Orthanc> m_orthanc;
    Settings m_settings;
    Device m_device;

    SendBatchOutcome send(const QStringList &files, Outbox &outbox)
    {
        SendBatchListener quiet;
        const std::atomic_bool cancel{false};
        auto outcome = sendBatch(outbox, m_settings, {collectItems(files), {}, m_device}, quiet, cancel);
        return outcome ? *outcome : SendBatchOutcome{};
    }

private slots:
    void initTestCase()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data")));
        m_listenerPort = freePort();
        InboundListener rule; // PacsDrop's own listener: receives the reports
        rule.name = QStringLiteral("Reports");
        rule.aeTitle = QStringLiteral("PACSDROP");
        rule.port = m_listenerPort;
        m_listener = std::make_unique<StoreListener>(rule);
        QVERIFY(m_listener->start());
        m_orthanc = std::make_unique<Orthanc>(reportingTo(m_listenerPort));
        QVERIFY2(m_orthanc->start(), qPrintable(m_orthanc->lastError()));
        m_settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        m_device = *parseAddress(m_orthanc->target());
        m_device.name = QStringLiteral("Archive");
        m_device.storageCommitment = true;
        m_device.commitmentTimeoutSeconds = 30;
        QVERIFY(m_settings.putDevice(m_device));
    }
    void cleanupTestCase()
    {
        m_orthanc.reset();
        m_listener.reset();
    }

    void everyInstanceIsCommitted()
    {
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        const SendBatchOutcome outcome = send({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm")),
                                               pydicomFile(QStringLiteral("rtplan.dcm"))}, *outbox);
        QCOMPARE(outcome.summary.delivered, 3);
        QVERIFY2(outcome.commitmentProblem.isEmpty(), qPrintable(outcome.commitmentProblem));
        QVERIFY(!outcome.commitmentTransaction.isEmpty());
        for (const OutboxEntry &e : outcome.entries)
            QTRY_COMPARE_WITH_TIMEOUT(confirmationOf(*outbox, e.id), OutboxEntry::Confirmation::Committed, 20000);
        QCOMPARE(outbox->byCommitmentTransaction(outcome.commitmentTransaction)->size(), 3);
    }

    void aDeletedInstanceIsNotCommitted()
    {
        auto outbox = Outbox::open(paths::outboxFile());
        Device plain = m_device;
        plain.storageCommitment = false; // send first, ask later
        SendBatchListener quiet;
        const std::atomic_bool cancel{false};
        const QString kept = pydicomFile(QStringLiteral("rtdose.dcm")), deleted = pydicomFile(QStringLiteral("rtstruct.dcm"));
        auto outcome = sendBatch(*outbox, m_settings, {collectItems({kept, deleted}), {}, plain}, quiet, cancel);
        QVERIFY(outcome);
        QCOMPARE(outcome->summary.delivered, 2);
        QVERIFY(m_orthanc->deleteInstance(sopInstanceUidOf(deleted)));
        QList<OutboxEntry> delivered;
        for (const OutboxEntry &e : outcome->entries)
            delivered << *outbox->entry(e.id);
        auto transaction = requestCommitment(*outbox, m_device, QStringLiteral("PACSDROP"), delivered);
        QVERIFY2(transaction, qPrintable(transaction ? QString() : transaction.error().message));
        QHash<QString, qint64> idOf;
        for (const OutboxEntry &e : delivered)
            idOf.insert(e.path, e.id);
        QTRY_COMPARE_WITH_TIMEOUT(confirmationOf(*outbox, idOf.value(kept)), OutboxEntry::Confirmation::Committed, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(confirmationOf(*outbox, idOf.value(deleted)), OutboxEntry::Confirmation::NotCommitted, 20000);
        QVERIFY2(outbox->entry(idOf.value(deleted))->confirmationResult.contains(QStringLiteral("no such object instance")),
                 qPrintable(outbox->entry(idOf.value(deleted))->confirmationResult));
    }

    void aReportThatNeverComesTimesOut()
    {
        // Orthanc accepts this caller's request but cannot deliver its report (nothing listens there).
        auto outbox = Outbox::open(paths::outboxFile());
        Device unknown = m_device;
        unknown.name = QStringLiteral("Archive as stranger");
        unknown.callingAeTitle = QStringLiteral("STRANGER");
        unknown.resendIfNotCommitted = true;
        unknown.maxAttempts = 3;
        QVERIFY(m_settings.putDevice(unknown));
        SendBatchListener quiet;
        const std::atomic_bool cancel{false};
        auto outcome = sendBatch(*outbox, m_settings, {collectItems({pydicomFile(QStringLiteral("CT_small.dcm"))}), {}, unknown}, quiet, cancel);
        QVERIFY(outcome);
        const qint64 id = outcome->entries.first().id;
        QCOMPARE(confirmationOf(*outbox, id), OutboxEntry::Confirmation::CommitmentRequested);
        QCOMPARE(*settleCommitments(*outbox, m_settings), 0); // not yet
        // After the timeout: not committed, and — this device resends — pending again, same instance.
        QCOMPARE(*settleCommitments(*outbox, m_settings, QDateTime::currentDateTimeUtc().addSecs(31)), 2);
        const OutboxEntry entry = *outbox->entry(id);
        QCOMPARE(entry.state, OutboxEntry::State::Pending);
        QVERIFY2(entry.result.contains(QStringLiteral("no commitment report within 30 s")), qPrintable(entry.result));
        QCOMPARE(entry.sopInstanceUid, sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm"))));
    }
};

PACSDROP_TEST_MAIN(TestCommitment)
#include "tst_commitment.moc"
