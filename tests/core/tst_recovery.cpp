// After a process died with work in hand (common/WorkNote.h, delivery/Recovery.h): a batch it had
// journalled but not recorded is taken in again without the file it died reading; one it was
// taking in itself right now is left alone; an entry in hand at two deaths is set aside; the
// journal's study data comes back whole. The notes here are written as a dead process leaves
// them (same format, nobody holding the lock); tst_cli kills a real sender for the end-to-end case.
#include "TestData.h"
#include "TestMain.h"
#include "common/ProcessLock.h"
#include "common/WorkNote.h"
#include "convert/StudyDataJson.h"
#include "delivery/Recovery.h"
#include "delivery/TakeIn.h"
#include "intake/Intake.h"
#include "outbox/Outbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

// A note as a process that died leaves it.
void leaveDeadNote(const QString &folder, const QString &name, const QByteArray &body)
{
    QDir().mkpath(folder);
    QFile note(folder + u'/' + name);
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("PDNOTE " + QByteArray::number(body.size()).rightJustified(10, '0') + '\n' + body);
}

Device pacs()
{
    Device d;
    d.name = QStringLiteral("PACS");
    d.aeTitle = QStringLiteral("PACS");
    d.host = QStringLiteral("127.0.0.1");
    d.port = 11112;
    return d;
}

QString canonical(const QString &path) { return QFileInfo(path).canonicalFilePath(); }

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Settings m_settings = *Settings::load(QStringLiteral("/nonexistent/settings.json"));

private slots:
    void studyDataComesBackWhole()
    {
        StudyData d;
        d.patientName = PersonName::fromDicom(QStringLiteral("Müller^Anna^^Dr.=山田^太郎=やまだ^たろう"));
        d.patientId = QStringLiteral("PD-1");
        d.issuerOfPatientId = QStringLiteral("CLINIC");
        d.birthDate = QDate(1970, 2, 3);
        d.sex = QStringLiteral("F");
        d.studyInstanceUid = QStringLiteral("1.2.3");
        d.studyDate = QDate(2026, 12, 6);
        d.studyTime = QTime(9, 30, 15, 250);
        d.studyDescription = QStringLiteral("Wound");
        d.accessionNumber = QStringLiteral("A1");
        d.referringPhysician = PersonName::fromDicom(QStringLiteral("Who^Doctor"));
        d.studyId = QStringLiteral("S1");
        d.modality = QStringLiteral("XC");
        d.seriesDescription = QStringLiteral("Photos");
        d.seriesNumber = 7;
        d.institutionName = QStringLiteral("Clinic");
        d.stationName = QStringLiteral("Ward 3");
        d.extra.insert(QStringLiteral("ImageComments"), QStringLiteral("left heel"));
        d.requests.append({QStringLiteral("A1"), QStringLiteral("RP1"), QStringLiteral("Photo"), QStringLiteral("SPS1"), QStringLiteral("Take photo")});
        const StudyData back = studyDataFromJson(studyDataToJson(d));
        QCOMPARE(back.patientName.toDicom(), d.patientName.toDicom());
        QCOMPARE(back.referringPhysician.toDicom(), d.referringPhysician.toDicom());
        QCOMPARE(back.birthDate, d.birthDate);
        QCOMPARE(back.studyTime, d.studyTime);
        QCOMPARE(back.extra, d.extra);
        QCOMPARE(back.requests, d.requests);
        QCOMPARE(studyDataToJson(back), studyDataToJson(d));
    }

    void aLeftBatchIsTakenInAgainWithoutTheFileItDiedReading()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("left.sqlite")));
        QVERIFY(outbox);
        const QString ct = pydicomFile(QStringLiteral("CT_small.dcm")), mr = pydicomFile(QStringLiteral("MR_small.dcm"));
        QVERIFY(outbox->beginIntake(QStringLiteral("dead-batch"), intakeRequest({ct, mr}, pacs(), {})));
        leaveDeadNote(workNoteFolder(*outbox), QStringLiteral("4242-1.note"),
                      "batch dead-batch\nreading " + QUrl::toPercentEncoding(canonical(mr), "/") + '\n');
        const auto recovered = recoverLeftWork(*outbox, m_settings);
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
        QCOMPARE(recovered->batches, 1);
        QCOMPARE(recovered->queued, 1);
        QCOMPARE(recovered->setAside, QStringList{canonical(mr)});
        const QList<OutboxEntry> entries = *outbox->entries(QStringLiteral("dead-batch"));
        QCOMPARE(entries.size(), 2);
        for (const OutboxEntry &e : entries) {
            QCOMPARE(e.destination, QStringLiteral("PACS"));
            if (e.path == canonical(ct)) {
                QCOMPARE(e.state, OutboxEntry::State::Pending);
                QCOMPARE(e.sopInstanceUid, sopInstanceUidOf(ct));
            } else {
                QCOMPARE(e.state, OutboxEntry::State::Failed);
                QCOMPARE(e.result, setAsideReason());
                QVERIFY(e.sopInstanceUid.isEmpty()); // never read again
            }
        }
        QVERIFY(outbox->intakes()->isEmpty());
        QVERIFY(WorkNote::leftBehind(workNoteFolder(*outbox)).isEmpty()); // dealt with once
        // Nothing more the next time.
        QCOMPARE(recoverLeftWork(*outbox, m_settings)->batches, 0);
    }

    void aBatchBeingTakenInNowIsLeftAlone()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("live.sqlite")));
        QVERIFY(outbox);
        QVERIFY(WorkNote::start(workNoteFolder(*outbox)));
        IntakeInHand inHand(QStringLiteral("live-batch"));
        QVERIFY(outbox->beginIntake(QStringLiteral("live-batch"), intakeRequest({pydicomFile(QStringLiteral("CT_small.dcm"))}, pacs(), {})));
        const auto recovered = recoverLeftWork(*outbox, m_settings);
        QVERIFY(recovered);
        QCOMPARE(recovered->batches, 0);
        QCOMPARE(outbox->intakes()->size(), 1);
        QVERIFY(outbox->entries(QStringLiteral("live-batch"))->isEmpty());
        WorkNote::stop();
    }

    void anEntryInHandAtTwoDeathsIsSetAside()
    {
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("sending.sqlite")));
        QVERIFY(outbox);
        const qint64 id = outbox->enqueue(QStringLiteral("b"), QStringLiteral("PACS"), collectItems({pydicomFile(QStringLiteral("CT_small.dcm"))}))->first().id;
        const QString folder = workNoteFolder(*outbox);
        // Once (a kill -9 mid-send): it stays pending and goes again.
        leaveDeadNote(folder, QStringLiteral("1-1.note"), "sending " + QByteArray::number(id) + '\n');
        auto recovered = recoverLeftWork(*outbox, m_settings);
        QVERIFY(recovered);
        QVERIFY(recovered->setAsideEntries.isEmpty());
        QCOMPARE(outbox->entry(id)->state, OutboxEntry::State::Pending);
        // Twice: it may be what kills the process; set aside, so no crash repeats forever.
        leaveDeadNote(folder, QStringLiteral("2-1.note"), "sending " + QByteArray::number(id) + '\n');
        recovered = recoverLeftWork(*outbox, m_settings);
        QCOMPARE(recovered->setAsideEntries, QList<qint64>{id});
        const OutboxEntry e = *outbox->entry(id);
        QCOMPARE(e.state, OutboxEntry::State::Failed);
        QCOMPARE(e.result, sendingSetAsideReason());
        QCOMPARE(e.failure, std::optional<ErrorCode>(ErrorCode::DamagedFile));
        // Sent meanwhile (by another node of a shared outbox): a dead note about it changes nothing.
        const qint64 sent = outbox->enqueue(QStringLiteral("c"), QStringLiteral("PACS"), collectItems({pydicomFile(QStringLiteral("MR_small.dcm"))}))->first().id;
        QVERIFY(outbox->markDone(sent, 0, QStringLiteral("stored")));
        leaveDeadNote(folder, QStringLiteral("3-1.note"), "sending " + QByteArray::number(sent) + '\n');
        leaveDeadNote(folder, QStringLiteral("4-1.note"), "sending " + QByteArray::number(sent) + '\n');
        recovered = recoverLeftWork(*outbox, m_settings);
        QVERIFY(recovered && recovered->setAsideEntries.isEmpty());
        QCOMPARE(outbox->entry(sent)->state, OutboxEntry::State::Done);
    }

    void oneSenderAtATimeAndALockDiesWithItsProcess()
    {
        // The outbox's delivery lock (common/ProcessLock.h): one holder at a time, in this process or
        // another; free again when the holder lets go or its process is killed.
        const QString path = m_dir.filePath(QStringLiteral("deliver.lock"));
        {
            ProcessLock first(path);
            QVERIFY(first.tryLock(0));
            ProcessLock second(path);
            QVERIFY(!second.tryLock(0));
            QElapsedTimer waited;
            waited.start();
            QVERIFY(!second.tryLock(150));
            QVERIFY(waited.elapsed() >= 140);
            // An older PacsDrop waits with QLockFile: it sees the lock held, and this sees its lock.
            QLockFile older(path);
            older.setStaleLockTime(0);
            QVERIFY(!older.tryLock(0));
        }
        {
            QLockFile older(m_dir.filePath(QStringLiteral("older.lock")));
            QVERIFY(older.tryLock(0));
            ProcessLock newer(m_dir.filePath(QStringLiteral("older.lock")));
            QVERIFY(!newer.tryLock(0));
            older.unlock();
            QVERIFY(newer.tryLock(0));
        }
        ProcessLock again(path);
        QVERIFY(again.tryLock(0)); // the first let go
        QVERIFY(again.failure().isEmpty());
        // A lock file that cannot be opened is an error to report, not a holder to wait for.
        const QString unusable = m_dir.filePath(QStringLiteral("unusable.lock"));
        QVERIFY(QDir().mkpath(unusable));
        ProcessLock blocked(unusable);
        QElapsedTimer tried;
        tried.start();
        QVERIFY(!blocked.tryLock(5000));
        QVERIFY(tried.elapsed() < 1000);
        QVERIFY2(blocked.failure().contains(QStringLiteral("cannot open the lock file")), qPrintable(blocked.failure()));
        // Held by another process that is then killed (kill -9): free at once, no stale file to wait out.
        const QString other = m_dir.filePath(QStringLiteral("other.lock"));
        QProcess holder;
        holder.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import fcntl, sys, time\n"
                                                                                       "f = open(sys.argv[1], 'w')\n"
                                                                                       "fcntl.flock(f, fcntl.LOCK_EX)\n"
                                                                                       "print('held', flush=True)\n"
                                                                                       "time.sleep(60)"),
                                                  other});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));
        ProcessLock waiting(other);
        QVERIFY(!waiting.tryLock(0));
        ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(5000));
        QVERIFY(waiting.tryLock(0));
    }

    void aNoteCutShortIsStillReadRight()
    {
        // A note shorter than the one before it leaves that one's tail in the file: ignored.
        const QString folder = m_dir.filePath(QStringLiteral("cut.work"));
        QDir().mkpath(folder);
        QFile note(folder + QStringLiteral("/9-9.note"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("PDNOTE 0000000011\nsending 42\nreading /old/tail\n");
        note.close();
        const QList<WorkNote::Left> left = WorkNote::leftBehind(folder);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().sending, QList<qint64>{42});
        QVERIFY(left.first().reading.isEmpty());
    }
};

PACSDROP_TEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
