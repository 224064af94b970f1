// Retention of the listeners' folders: by age and by size, oldest first, and never a file that
// is not yet delivered to every destination the listener forwards to — checked against a real
// outbox with delivered, waiting, failed and half-delivered files; a dry run deletes nothing.
#include "TestMain.h"

#include "inbound/Retention.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pacsdrop;

class TestRetention : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_folder;
    Settings m_settings;

    // A received file of size bytes, last changed daysAgo days ago.
    QString receive(const QString &name, int daysAgo, int size = 1000)
    {
        const QString path = QDir(m_folder).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(size, 'x')) != size)
            return {};
        f.flush(); // before the time is set: a later flush would change it again
        if (!f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-daysAgo), QFileDevice::FileModificationTime))
            return {};
        return path;
    }

    // Records the file in the outbox for a destination, in the given state.
    void record(const QString &path, const QString &destination, OutboxEntry::State state)
    {
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        IntakeItem item;
        item.kind = IntakeItem::Kind::Dicom;
        item.path = path;
        item.dicom.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");
        item.dicom.sopInstanceUid = QFileInfo(path).completeBaseName();
        const auto entries = outbox->enqueue(QStringLiteral("inbound-CT"), destination, {item});
        QVERIFY(entries && entries->size() == 1);
        const qint64 id = entries->first().id;
        if (state == OutboxEntry::State::Done)
            QVERIFY(outbox->markDone(id, 0, QStringLiteral("stored")));
        else if (state == OutboxEntry::State::Failed)
            QVERIFY(outbox->markFailed(id, 0xA700, QStringLiteral("out of resources")));
    }

    InboundListener listener(int keepDays, double keepGigabytes, QStringList forwardTo = {QStringLiteral("PACS"), QStringLiteral("Backup")})
    {
        InboundListener l;
        l.name = QStringLiteral("CT");
        l.port = 11199;
        l.folder = m_folder;
        l.forwardTo = forwardTo;
        l.keepDays = keepDays;
        l.keepGigabytes = keepGigabytes;
        return l;
    }

    QStringList names(const RetentionPlan &plan) const
    {
        QStringList out;
        for (const RetentionFile &f : plan.toDelete)
            out << QFileInfo(f.path).fileName();
        return out;
    }

    QString m_old, m_waiting, m_failed, m_half, m_new, m_older;

private slots:
    void initTestCase()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data")));
        m_folder = m_dir.filePath(QStringLiteral("ct"));
        QVERIFY(QDir().mkpath(m_folder));
        m_older = receive(QStringLiteral("1.1.dcm"), 90);  // delivered to both, oldest
        m_old = receive(QStringLiteral("1.2.dcm"), 60);    // delivered to both
        m_waiting = receive(QStringLiteral("1.3.dcm"), 60); // one destination still waiting
        m_failed = receive(QStringLiteral("1.4.dcm"), 60);  // one destination failed
        m_half = receive(QStringLiteral("1.5.dcm"), 60);    // delivered to one of the two only
        m_new = receive(QStringLiteral("1.6.dcm"), 1);      // delivered to both, recent
        for (const QString &p : {m_older, m_old, m_new}) {
            record(p, QStringLiteral("PACS"), OutboxEntry::State::Done);
            record(p, QStringLiteral("Backup"), OutboxEntry::State::Done);
        }
        record(m_waiting, QStringLiteral("PACS"), OutboxEntry::State::Done);
        record(m_waiting, QStringLiteral("Backup"), OutboxEntry::State::Pending);
        record(m_failed, QStringLiteral("PACS"), OutboxEntry::State::Done);
        record(m_failed, QStringLiteral("Backup"), OutboxEntry::State::Failed);
        record(m_half, QStringLiteral("PACS"), OutboxEntry::State::Done);
        receive(QStringLiteral(".incoming-x.dcm"), 90); // still arriving: never touched
    }

    void byAgeOnlyWhatEveryDestinationHas()
    {
        const auto deliveries = Outbox::open(paths::outboxFile())->folderDeliveries(m_folder, {QStringLiteral("PACS"), QStringLiteral("Backup")});
        QVERIFY(deliveries);
        const RetentionPlan plan = planRetention(listener(30, 0), m_folder, *deliveries);
        QCOMPARE(names(plan), (QStringList{QStringLiteral("1.1.dcm"), QStringLiteral("1.2.dcm")})); // oldest first
        QCOMPARE(plan.keptUndelivered, 3); // waiting, failed, half-delivered
        QCOMPARE(plan.filesBefore, 6);
        QCOMPARE(plan.bytesToDelete(), qint64(2000));
    }

    void bySizeOldestFirstAndStillNeverUndelivered()
    {
        const auto deliveries = Outbox::open(paths::outboxFile())->folderDeliveries(m_folder, {QStringLiteral("PACS"), QStringLiteral("Backup")});
        // At most 2,500 bytes: of 6,000, the three deliverable files go, oldest first (even the
        // recent one), and the folder still holds 3,000 — the undelivered ones stay.
        const RetentionPlan plan = planRetention(listener(0, 2500e-9), m_folder, *deliveries);
        QCOMPARE(names(plan), (QStringList{QStringLiteral("1.1.dcm"), QStringLiteral("1.2.dcm"), QStringLiteral("1.6.dcm")}));
        QCOMPARE(plan.keptUndelivered, 3);
        // A limit the deliverable files reach: only as many as needed.
        const RetentionPlan some = planRetention(listener(0, 5000e-9), m_folder, *deliveries);
        QCOMPARE(names(some), QStringList{QStringLiteral("1.1.dcm")});
    }

    void aListenerThatOnlyStoresDeletesByItsRulesAlone()
    {
        const RetentionPlan plan = planRetention(listener(30, 0, {}), m_folder, {});
        QCOMPARE(plan.toDelete.size(), 5); // everything older than 30 days
        QCOMPARE(plan.keptUndelivered, 0);
        // ... but never a file the outbox still has to send (forwardTo emptied since, or a send from the window).
        const auto deliveries = Outbox::open(paths::outboxFile())->folderDeliveries(m_folder, {});
        const RetentionPlan careful = planRetention(listener(30, 0, {}), m_folder, *deliveries);
        QCOMPARE(names(careful), (QStringList{QStringLiteral("1.1.dcm"), QStringLiteral("1.2.dcm"), QStringLiteral("1.5.dcm")}));
        QCOMPARE(careful.keptUndelivered, 2); // the waiting and the failed one
    }

    void aListenerFolderIsAbsoluteAndItsNameNoPath()
    {
        InboundListener l = listener(30, 0);
        l.folder = QStringLiteral("relative/ct");
        QVERIFY(l.validate(QStringLiteral("listeners[0]")).contains(QStringLiteral("absolute")));
        l.folder.clear();
        l.name = QStringLiteral("../../etc");
        QVERIFY(!l.validate(QStringLiteral("listeners[0]")).isEmpty());
        l.name = QStringLiteral("CT");
        QVERIFY(l.validate(QStringLiteral("listeners[0]")).isEmpty());
        QCOMPARE(l.storeFolder(), QDir::cleanPath(paths::dataDir() + QStringLiteral("/inbound/CT")));
        l.keepGigabytes = 1e12; // "unlimited" typed as a huge number: refused, not an overflow
        QVERIFY(!l.validate(QStringLiteral("listeners[0]")).isEmpty());
    }

    void aDryRunDeletesNothingAndARunDeletesThePlan()
    {
        m_settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        m_settings.setListeners({listener(30, 0)});
        const auto dry = runRetention(m_settings, true);
        QVERIFY(dry && dry->size() == 1);
        QCOMPARE(dry->first().plan.toDelete.size(), 2);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 6);
        QVERIFY(lastRetentionRuns().isEmpty()); // a dry run is not a run

        const auto done = runRetention(m_settings, false);
        QVERIFY(done && done->size() == 1);
        QCOMPARE(done->first().deleted, 2);
        QVERIFY(!QFile::exists(m_older) && !QFile::exists(m_old));
        for (const QString &kept : {m_waiting, m_failed, m_half, m_new})
            QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QVERIFY(QFile::exists(QDir(m_folder).filePath(QStringLiteral(".incoming-x.dcm"))));
        QCOMPARE(lastRetentionRuns().size(), 1);
        QCOMPARE(lastRetentionRuns().first().deleted, 2);
    }
};

PACSDROP_TEST_MAIN(TestRetention)
#include "tst_retention.moc"
