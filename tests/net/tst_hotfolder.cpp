// A watched folder under load: files copied in concurrently, written slowly, and written under a
// temporary name then renamed all arrive in a real Orthanc exactly once (one delivered outbox entry
// per instance); the same content dropped twice is sent once; a damaged DICOM file and a
// non-DICOM file in a DICOM-only folder end in quarantine with a text saying why; sent files move
// to the done folder.
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "delivery/OutboxRunner.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"
#include "watch/FileStability.h"
#include "watch/HotFolderWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

void writeSlowly(const QString &source, const QString &target)
{
    QFile in(source), out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return;
    while (!in.atEnd()) { // pauses shorter than the stable time: the file is not complete yet
        out.write(in.read(2048));
        out.flush();
        QThread::msleep(120);
    }
}

} // namespace

class TestHotFolder : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // A watched folder (created) that moves sent files to doneName, checked every second.
    HotFolder movingFolder(const QString &name, const QString &doneName, const QString &destination) const
    {
        HotFolder folder;
        folder.folder = m_dir.filePath(name);
        folder.destination = destination;
        folder.afterSend = HotFolder::AfterSend::MoveToDone;
        folder.doneFolder = m_dir.filePath(doneName);
        folder.stableSeconds = 1;
        folder.pollSeconds = 1;
        QDir().mkpath(folder.folder);
        return folder;
    }

private slots:
    void initTestCase() { paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data"))); }

    void temporaryNamesAreNeverTaken()
    {
        for (const char *name : {"scan.part", ".hidden.dcm", "~lock.dcm", "video.mp4.crdownload", "x.tmp"})
            QVERIFY2(isTemporaryName(QString::fromLatin1(name)), name);
        QVERIFY(!isTemporaryName(QStringLiteral("IMG0001.dcm")));
        // Stability: a file must stay unchanged for the stable time before it is reported.
        const QString path = m_dir.filePath(QStringLiteral("stable.dcm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        FileStability s(2);
        QVERIFY(s.update({path}, 0).isEmpty());
        QVERIFY(s.update({path}, 1000).isEmpty());
        QCOMPARE(s.update({path}, 2500), QStringList{path});
        QVERIFY(s.update({path}, 9000).isEmpty()); // reported once
    }

    void everyFileArrivesOnceAndBadOnesAreQuarantined()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        Settings settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        Device archive;
        archive.name = QStringLiteral("Archive");
        archive.aeTitle = orthanc.aeTitle();
        archive.host = QStringLiteral("127.0.0.1");
        archive.port = orthanc.dicomPort();
        QVERIFY(settings.putDevice(archive));
        const HotFolder folder = movingFolder(QStringLiteral("capture"), QStringLiteral("done"), archive.name);
        HotFolderWatcher watcher(folder, settings);
        watcher.start();

        const QString staging = m_dir.filePath(QStringLiteral("staging"));
        QDir().mkpath(staging);
        const QStringList series = makeSeries(staging, 12, 64, 64);
        QCOMPARE(series.size(), 12);
        // Four writers at once, each in its own way.
        QList<QFuture<void>> writers;
        for (int i = 0; i < 12; ++i) {
            const QString target = QDir(folder.folder).filePath(QStringLiteral("img%1.dcm").arg(i));
            if (i % 3 == 0)
                writers << QtConcurrent::run([=] { QFile::copy(series[i], target); });
            else if (i % 3 == 1)
                writers << QtConcurrent::run([=] { writeSlowly(series[i], target); });
            else
                writers << QtConcurrent::run([=] {
                    QFile::copy(series[i], target + QStringLiteral(".part"));
                    QThread::msleep(300);
                    QFile::rename(target + QStringLiteral(".part"), target);
                });
        }
        QFile::copy(pydicomFile(QStringLiteral("MR_truncated.dcm")), QDir(folder.folder).filePath(QStringLiteral("damaged.dcm")));
        QFile note(QDir(folder.folder).filePath(QStringLiteral("notes.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not an image");
        note.close();
        for (QFuture<void> &w : writers)
            w.waitForFinished();

        QTRY_COMPARE_WITH_TIMEOUT(orthanc.sopInstanceUids().size(), 12, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(QDir(folder.doneFolder).entryList(QDir::Files).size(), 12, 30000);
        // The same content dropped again under another name: not sent a second time.
        QFile::copy(series[0], QDir(folder.folder).filePath(QStringLiteral("again.dcm")));
        QTRY_COMPARE_WITH_TIMEOUT(QDir(folder.doneFolder).entryList(QDir::Files).size(), 13, 30000);

        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        auto entries = outbox->entries();
        QVERIFY(entries);
        QHash<QString, int> deliveredPerInstance;
        for (const OutboxEntry &e : *entries) {
            if (e.state == OutboxEntry::State::Done)
                ++deliveredPerInstance[e.sopInstanceUid];
        }
        QCOMPARE(deliveredPerInstance.size(), 12);
        for (auto it = deliveredPerInstance.cbegin(); it != deliveredPerInstance.cend(); ++it)
            QCOMPARE(it.value(), 1); // exactly once

        const QDir quarantine(watcher.quarantineFolder());
        QTRY_COMPARE_WITH_TIMEOUT(quarantine.entryList({QStringLiteral("*.txt")}, QDir::Files).size(), 3, 30000); // notes.txt and two reasons
        bool damagedExplained = false, notesExplained = false;
        for (const QString &name : quarantine.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QFile reason(quarantine.filePath(name));
            QVERIFY(reason.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(reason.readAll());
            damagedExplained = damagedExplained || (name.contains(QStringLiteral("damaged.dcm")) && text.contains(QStringLiteral("damaged")));
            notesExplained = notesExplained || (name.endsWith(QStringLiteral("notes.txt.txt")) && text.contains(QStringLiteral("DICOM only")));
        }
        QVERIFY(damagedExplained);
        QVERIFY(notesExplained);
        QVERIFY(QDir(folder.folder).entryList(QDir::Files).isEmpty()); // nothing left behind
    }

    // The PACS is away when the file is taken: the original stays while the outbox retries, and is
    // moved to the done folder once the outbox (serve's next round) has delivered it.
    void anOriginalIsFinishedWhenTheOutboxDeliversItLater()
    {
        const quint16 port = freePort(); // nothing listens there yet
        Settings settings = *Settings::load(m_dir.filePath(QStringLiteral("later-settings.json")));
        Device pacs;
        pacs.name = QStringLiteral("Later");
        pacs.aeTitle = QStringLiteral("STORESCP");
        pacs.host = QStringLiteral("127.0.0.1");
        pacs.port = port;
        pacs.maxAttempts = 5;
        pacs.retryBackoffSeconds = 1;
        QVERIFY(settings.putDevice(pacs));
        const HotFolder folder = movingFolder(QStringLiteral("later"), QStringLiteral("later-done"), pacs.name);
        HotFolderWatcher watcher(folder, settings);
        watcher.start();
        const QString original = QDir(folder.folder).filePath(QStringLiteral("ct.dcm"));
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), original));
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        const auto pendingFor = [&] {
            int n = 0;
            for (const OutboxEntry &e : outbox->pending().value_or(QList<OutboxEntry>{}))
                n += e.destination == pacs.name;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pendingFor(), 1, 20000); // taken, not delivered
        QTest::qWait(6000);
        QVERIFY(QFile::exists(original)); // still there while the outbox waits
        StoreScp scp;
        QVERIFY2(scp.start(port), qPrintable(scp.lastError()));
        DeliveryListener quiet;
        const std::atomic_bool cancel{false};
        QTRY_VERIFY_WITH_TIMEOUT((deliverPending(*outbox, settings, quiet, cancel), pendingFor() == 0), 20000); // serve's round
        QCOMPARE(scp.receivedFiles().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(original), 15000);
        QVERIFY(QFile::exists(QDir(folder.doneFolder).filePath(QStringLiteral("ct.dcm"))));
    }
};

PACSDROP_TEST_MAIN(TestHotFolder)
#include "tst_hotfolder.moc"
