// The window driven as a clinician would, on a 1600x1000 offscreen screen, against real peers:
// dropped files are listed with their kind and whose they are; Send delivers to Orthanc and a
// converted photo's row then shows the patient and study it went as; a PACS that cannot be
// reached is said in plain words (the technical reason one click away), its files wait and go by
// themselves when it is back; a refusing PACS fails its rows visibly with Retry where it shows;
// the outbox view tells what went where; Ctrl+, opens the settings; a send that ends while the
// window is behind others is notified.
#include "Ask.h"
#include "FileListModel.h"
#include "FileListView.h"
#include "GuiTestMain.h"
#include "Language.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "OutboxHistoryModel.h"
#include "OutboxView.h"
#include "PatientDialog.h"
#include "Peers.h"
#include "PreviewPane.h"
#include "ProblemBar.h"
#include "ProgressDialog.h"
#include "SendController.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "intake/Intake.h"
#include "inbound/LocalArchive.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTranslator>
#include <QUrl>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

Settings settingsWith(const QList<Device> &devices)
{
    Settings s = *Settings::load(QStringLiteral("/nonexistent/settings.json"));
    for (const Device &d : devices) {
        if (!s.putDevice(d))
            qFatal("cannot add device %s", qPrintable(d.name));
    }
    return s;
}

Device device(const QString &name, const QString &ae, quint16 port, bool isDefault)
{
    Device d;
    d.name = name;
    d.aeTitle = ae;
    d.host = QStringLiteral("127.0.0.1");
    d.port = port;
    d.isDefault = isDefault;
    d.connectTimeout = 5;
    d.acseTimeout = 5;
    d.dimseTimeout = 10;
    return d;
}

void drop(QWidget &target, const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime->setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &dropped);
    delete mime;
}

QList<FileRow::Status> statuses(FileListModel &model)
{
    QList<FileRow::Status> list;
    for (const FileRow &r : model.rows())
        list << r.status;
    return list;
}

void clearOutbox()
{
    auto outbox = Outbox::open(paths::outboxFile());
    QVERIFY(outbox && outbox->clear(true));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString makeImage(const QString &name, const QString &size = QStringLiteral("32x24"))
    {
        const QString path = m_dir.filePath(name);
        QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), size, QStringLiteral("gradient:red-blue"), path});
        return path;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        answerQuestionsWith(false); // nothing is started in the background when a test window closes
    }
    void init() { clearOutbox(); }

    void theWindowAppliesTheLocalArchivesRetention()
    {
        Settings settings = settingsWith({});
        SiteSettings site = settings.site();
        site.localArchiveKeepDays = 7;
        settings.setSite(site);
        const QString archive = localArchiveFolder();
        QVERIFY(QDir().mkpath(archive));
        const QString old = archive + QStringLiteral("/old.dcm"), recent = archive + QStringLiteral("/recent.dcm");
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), old) && QFile::copy(pydicomFile(QStringLiteral("MR_small.dcm")), recent));
        QFile file(old);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-10), QFileDevice::FileModificationTime));
        file.close();
        MainWindow w(settings);
        QSignalSpy applied(&w, &MainWindow::retentionApplied);
        w.applyRetention(); // what its timer does 30 s after the start and every hour
        QVERIFY(applied.wait(20000));
        QCOMPARE(applied.first().first().toInt(), 1);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        QFile::remove(recent);
    }

    void droppedFilesAreListed()
    {
        MainWindow w(settingsWith({}));
        w.show();
        const QString folder = m_dir.filePath(QStringLiteral("ward"));
        QDir().mkpath(folder);
        QFile::copy(makeImage(QStringLiteral("a.png")), folder + QStringLiteral("/wound.png"));
        QFile note(folder + QStringLiteral("/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not an image");
        note.close();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        drop(w, {pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_truncated.dcm")), folder});
        QVERIFY(added.wait(20000));
        FileListModel &m = w.model();
        QCOMPARE(m.rowCount(), 4);
        const int ctRow = m.rowOf(pydicomFile(QStringLiteral("CT_small.dcm")));
        const FileRow &ct = m.row(ctRow);
        QCOMPARE(ct.kind, FileRow::Kind::Dicom);
        QCOMPARE(ct.status, FileRow::Status::Ready);
        QCOMPARE(m.data(m.index(ctRow, FileListModel::Patient)).toString(), QStringLiteral("CT1 CompressedSamples (1CT1)")); // as people write it
        const FileRow &damaged = m.row(m.rowOf(pydicomFile(QStringLiteral("MR_truncated.dcm"))));
        QCOMPARE(damaged.status, FileRow::Status::NotSendable);
        QCOMPARE(damaged.plain, QStringLiteral("This file is damaged and cannot be sent. Send a good copy of it instead."));
        QVERIFY(damaged.detail.contains(QStringLiteral("damaged"))); // the parser's words, for IT
        // The bar over the list names the damaged file; "this file" alone would not say which.
        QVERIFY2(w.problemBar().text().contains(QStringLiteral("MR_truncated.dcm: This file is damaged")), qPrintable(w.problemBar().text()));
        QCOMPARE(m.row(m.rowOf(QFileInfo(folder + QStringLiteral("/wound.png")).canonicalFilePath())).kind, FileRow::Kind::Image);
        QCOMPARE(m.row(m.rowOf(QFileInfo(folder + QStringLiteral("/note.txt")).canonicalFilePath())).status, FileRow::Status::NotSendable);
        // Selecting a row previews it (off the GUI thread), with facts as people read them.
        QSignalSpy shown(&w.preview(), &PreviewPane::shown);
        w.list().selectRow(ctRow);
        QVERIFY(shown.wait(10000));
        QVERIFY(!w.preview().current().picture.isNull());
        QVERIFY(w.preview().current().description().contains(QStringLiteral("CT Image")));
        // A damaged row, selected, says why in the preview.
        w.list().selectRow(m.rowOf(pydicomFile(QStringLiteral("MR_truncated.dcm"))));
        QVERIFY(w.preview().findChild<QLabel *>(QStringLiteral("note"))->text().contains(QStringLiteral("damaged")));
        // DICOM files of two patients are marked apart.
        drop(w, {pydicomFile(QStringLiteral("MR_small.dcm"))});
        QVERIFY(added.wait(20000));
        QCOMPARE(m.patientCount(), 2);
        const QVariant ctMark = m.data(m.index(ctRow, FileListModel::Patient), Qt::DecorationRole);
        const QVariant mrMark = m.data(m.index(m.rowOf(pydicomFile(QStringLiteral("MR_small.dcm"))), FileListModel::Patient), Qt::DecorationRole);
        QVERIFY(ctMark.isValid() && mrMark.isValid() && ctMark != mrMark);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("2 different patients")));
        // The damaged file counts as failed in the status bar, in the failure colour.
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("2 failed")));
        // The same drop again lists nothing twice.
        drop(w, {pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        QCOMPARE(m.rowCount(), 5);
    }

    void sendDeliversAndRowsProveWhereFilesWent()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        MainWindow w(settingsWith({device(QStringLiteral("Archive"), orthanc.aeTitle(), orthanc.dicomPort(), true)}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        const QString photo = makeImage(QStringLiteral("photo.png"));
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm")), photo});
        QVERIFY(added.wait(20000));
        QCOMPARE(w.model().rowCount(), 3);
        w.findChild<QAction *>(QStringLiteral("send"))->trigger();
        // The photo needs a patient: the dialog asks, naming the photo.
        PatientDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PatientDialog *>()) != nullptr && dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("forFiles"))->text().contains(QStringLiteral("photo.png")));
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientID"))->setText(QStringLiteral("W-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientFamilyName"))->setText(QStringLiteral("Παπαδόπουλος"));
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientGivenName"))->setText(QStringLiteral("Νίκος"));
        dialog->findChild<QLineEdit *>(QStringLiteral("StudyDescription"))->setText(QStringLiteral("Wound"));
        dialog->accept();
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(statuses(w.model()), QList<FileRow::Status>(3, FileRow::Status::Sent));
        QCOMPARE(orthanc.sopInstanceUids().size(), 3);
        const SendReport report = finished.first().first().value<SendReport>();
        QCOMPARE(report.headline(), QStringLiteral("All 3 files were sent to 'Archive'."));
        QVERIFY(report.ok());
        // The photo's row now proves where it went: the patient and study it was sent as.
        FileListModel &m = w.model();
        const int photoRow = m.rowOf(photo);
        QCOMPARE(m.data(m.index(photoRow, FileListModel::Patient)).toString(), QStringLiteral("Νίκος Παπαδόπουλος (W-1)"));
        QCOMPARE(m.data(m.index(photoRow, FileListModel::Study)).toString(),
                 QLocale().toString(QDate::currentDate(), QStringLiteral("M/d/yyyy")) + QStringLiteral(" · Wound"));
        // The converted photo is gone from the spool once delivered (the default).
        QDir spool(paths::spoolDir());
        QVERIFY(!spool.exists() || QDirIterator(spool.path(), {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories).hasNext() == false);
        // Everything arrived: the progress dialog closed by itself, and no problem bar.
        QTRY_VERIFY(!w.findChild<ProgressDialog *>() || !w.findChild<ProgressDialog *>()->isVisible());
        QVERIFY(w.problemBar().isHidden());
        // The history says it too: the photo by its own name, for whom, where.
        OutboxView *view = w.openOutbox();
        QSignalSpy loaded(view, &OutboxView::loaded);
        QVERIFY(loaded.wait(10000) || view->model().rowCount() == 3);
        OutboxHistoryModel &history = view->model();
        QCOMPARE(history.rowCount(), 3);
        bool photoSeen = false;
        for (int r = 0; r < history.rowCount(); ++r) {
            if (history.index(r, OutboxHistoryModel::File).data().toString() == QLatin1String("photo.png")) {
                photoSeen = true;
                QCOMPARE(history.index(r, OutboxHistoryModel::Patient).data().toString(), QStringLiteral("Νίκος Παπαδόπουλος (W-1)"));
                QCOMPARE(history.index(r, OutboxHistoryModel::SentTo).data().toString(), QStringLiteral("Archive"));
                QVERIFY(history.index(r, OutboxHistoryModel::Result).data().toString().startsWith(QStringLiteral("Sent")));
            }
        }
        QVERIFY(photoSeen);
    }

    void anUnreachablePacsIsSaidPlainlyAndFilesGoWhenItIsBack()
    {
        const quint16 port = freePort(); // nothing listens there yet
        Device archive = device(QStringLiteral("Archive"), QStringLiteral("STORESCP"), port, true);
        archive.retryBackoffSeconds = 1; // the window keeps trying; here soon
        MainWindow w(settingsWith({archive}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))});
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(statuses(w.model()), QList<FileRow::Status>(2, FileRow::Status::Waiting));
        // For the clinician: plain words; for IT: the address, one click away.
        const FileRow &row = w.model().row(0);
        QVERIFY2(row.plain.startsWith(QStringLiteral("The PACS 'Archive' cannot be reached. Your files are safe and will be sent when it is back.")), qPrintable(row.plain));
        QVERIFY2(row.detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(row.detail));
        QVERIFY(!row.plain.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!w.problemBar().isHidden());
        QVERIFY(w.problemBar().text().contains(QStringLiteral("cannot be reached")));
        QVERIFY(w.problemBar().details().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(w.problemBar().findChild<QPushButton *>(QStringLiteral("problemRetry"))->isVisible());
        // The progress dialog says plainly what happened, each bar labelled, with Retry.
        auto *progress = w.findChild<ProgressDialog *>();
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->headline(), QStringLiteral("None of the 2 files reached 'Archive'."));
        QVERIFY(progress->explanation().contains(QStringLiteral("cannot be reached")));
        QVERIFY(progress->findChild<QPushButton *>(QStringLiteral("retry"))->isVisible());
        QVERIFY(progress->findChild<QLabel *>(QStringLiteral("filesLabel"))->isHidden()); // no bars at 100 % saying nothing
        // The status bar says the outbox holds them: not "empty".
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QPushButton *>(QStringLiteral("outbox"))->text().contains(QStringLiteral("2 waiting")), 10000);
        progress->accept();
        // The PACS comes back: the window sends them by itself, no click.
        StoreScp pacs;
        QVERIFY2(pacs.start(port), qPrintable(pacs.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(statuses(w.model()) == QList<FileRow::Status>(2, FileRow::Status::Sent), 30000);
        QCOMPARE(pacs.receivedFiles().size(), 2);
        QTRY_VERIFY(w.problemBar().isHidden());
    }

    void aRefusingPacsFailsRowsVisiblyWithRetryWhereShown()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        MainWindow w(settingsWith({device(QStringLiteral("Wrong AE"), QStringLiteral("NOTORTHANC"), orthanc.dicomPort(), true)}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(statuses(w.model()), QList<FileRow::Status>{FileRow::Status::Failed});
        const FileRow &row = w.model().row(0);
        QVERIFY2(row.plain.contains(QStringLiteral("does not accept connections from PacsDrop")), qPrintable(row.plain));
        QVERIFY2(row.detail.contains(QStringLiteral("NOTORTHANC")), qPrintable(row.detail));
        QVERIFY(w.problemBar().text().contains(QStringLiteral("could not be sent")));
        ProgressDialog *progress = w.findChild<ProgressDialog *>();
        QVERIFY(progress && progress->isVisible()); // stays open with what happened
        QCOMPARE(progress->headline(), QStringLiteral("The file did not reach 'Wrong AE'."));
        QVERIFY(progress->findChild<QPlainTextEdit *>(QStringLiteral("log"))->toPlainText().contains(QStringLiteral("FAILED")));
        QVERIFY(progress->findChild<QPlainTextEdit *>(QStringLiteral("log"))->isHidden()); // the technical log one click away
        QVERIFY(w.findChild<QAction *>(QStringLiteral("retry"))->isEnabled());
        // Retry sends the same outbox entry again (the same SOP Instance UID), not a new one.
        const QList<qint64> entries = row.entries;
        QCOMPARE(entries.size(), 1);
        progress->findChild<QPushButton *>(QStringLiteral("retry"))->click();
        QVERIFY(finished.wait(60000));
        auto outbox = Outbox::open(paths::outboxFile());
        QCOMPARE(outbox->entries()->size(), 1);
        QCOMPARE(outbox->entry(entries.first())->attempts, 1); // the retry's own attempt: counted afresh
    }

    void aSendAskedForWhileTheWindowResendsIsNotLost()
    {
        // Files wait for a PACS that is away; it comes back slow (2 s a file). While the window
        // resends them by itself, the user sends another file: it goes after, not nowhere.
        const quint16 port = freePort();
        Device archive = device(QStringLiteral("Archive"), QStringLiteral("STORESCP"), port, true);
        archive.retryBackoffSeconds = 1;
        archive.parallelAssociations = 1;
        archive.dimseTimeout = 30;
        MainWindow w(settingsWith({archive}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))});
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        QVERIFY(finished.wait(60000));
        StoreScp pacs({QStringLiteral("--sleep-during"), QStringLiteral("2")});
        QVERIFY2(pacs.start(port), qPrintable(pacs.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(w.sender().isRunning(), 15000); // the window's own resend
        w.addPaths({pydicomFile(QStringLiteral("rtplan.dcm"))});
        QVERIFY(added.wait(20000));
        w.sendAll(); // asked for while the resend runs
        auto shown = [&w] {
            QStringList s;
            for (const FileRow &r : w.model().rows())
                s << QStringLiteral("%1=%2 %3").arg(QFileInfo(r.item.path).fileName()).arg(int(r.status)).arg(r.plain);
            return s.join(QStringLiteral("; "));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(statuses(w.model()) == QList<FileRow::Status>(3, FileRow::Status::Sent), qPrintable(shown()), 60000);
        QCOMPARE(pacs.receivedFiles().size(), 3);
        auto outbox = Outbox::open(paths::outboxFile());
        QCOMPARE(outbox->entries()->size(), 3); // each file once
    }

    void stoppedFilesStayRetryable()
    {
        StoreScp pacs({QStringLiteral("--sleep-during"), QStringLiteral("1")});
        QVERIFY2(pacs.start(), qPrintable(pacs.lastError()));
        Device archive = device(QStringLiteral("Archive"), QStringLiteral("STORESCP"), pacs.port(), true);
        archive.parallelAssociations = 1;
        MainWindow w(settingsWith({archive}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("stop")), 4, 32, 32);
        w.addPaths(files);
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        QTRY_VERIFY_WITH_TIMEOUT(statuses(w.model()).contains(FileRow::Status::Sent), 30000);
        w.sender().cancel(); // Stop after this file
        QVERIFY(finished.wait(30000));
        int waiting = 0;
        for (FileRow::Status s : statuses(w.model())) {
            QVERIFY(s != FileRow::Status::Queued && s != FileRow::Status::Sending); // nothing left looking busy
            waiting += s == FileRow::Status::Waiting;
        }
        QVERIFY(waiting > 0);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("retry"))->isEnabled());
        w.retryFailed();
        QTRY_VERIFY_WITH_TIMEOUT(statuses(w.model()) == QList<FileRow::Status>(4, FileRow::Status::Sent), 60000);
        QCOMPARE(pacs.receivedFiles().size(), 4);
    }

    void aFileOfSeveralObjectsShowsTheWorstOne()
    {
        // A PDF with page images: the PACS takes the PDF but not the images. The row says failed.
        StoreScp pdfOnly({QStringLiteral("-xf"), QStringLiteral(PACSDROP_TEST_DATA) + QStringLiteral("/storescp-pdf-only.cfg"), QStringLiteral("PdfOnly")});
        QVERIFY2(pdfOnly.start(), qPrintable(pdfOnly.lastError()));
        Settings s = settingsWith({device(QStringLiteral("Documents"), QStringLiteral("STORESCP"), pdfOnly.port(), true)});
        ConversionSettings c = s.conversion();
        c.pdfPageImages = true;
        s.setConversion(c);
        MainWindow w(s);
        w.show();
        const QString pdf = m_dir.filePath(QStringLiteral("two-pages.pdf"));
        QCOMPARE(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"), pdf, QStringLiteral("2")}), 0);
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pdf});
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        PatientDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PatientDialog *>()) != nullptr && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientID"))->setText(QStringLiteral("D-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientFamilyName"))->setText(QStringLiteral("Doe"));
        dialog->accept();
        QVERIFY(finished.wait(60000));
        QCOMPARE(pdfOnly.receivedFiles().size(), 1); // the PDF arrived, its page images did not
        const FileRow &row = w.model().row(0);
        QVERIFY(row.entries.size() >= 2);
        QCOMPARE(row.status, FileRow::Status::Failed);
        QVERIFY2(row.plain.contains(QStringLiteral("does not accept this kind of file")), qPrintable(row.plain));
    }

    void aFileAddedAgainFindsItsWaitingEntries()
    {
        const quint16 port = freePort();
        MainWindow w(settingsWith({device(QStringLiteral("Archive"), QStringLiteral("STORESCP"), port, true)}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.model().row(0).status, FileRow::Status::Waiting);
        w.model().removeRowsAt({0});
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        const FileRow &again = w.model().row(0);
        QCOMPARE(again.status, FileRow::Status::Waiting); // still waiting in the outbox, and said so
        QCOMPARE(again.entries.size(), 1);
        StoreScp pacs;
        QVERIFY2(pacs.start(port), qPrintable(pacs.lastError()));
        w.sendAll(); // sends the waiting entry again, makes no new one
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.model().row(0).status, FileRow::Status::Sent);
        auto outbox = Outbox::open(paths::outboxFile());
        QCOMPARE(outbox->entries()->size(), 1);
        QCOMPARE(pacs.receivedFiles().size(), 1);
    }

    void rowsShowWhatThePacsConfirmed()
    {
        // Storage Commitment: Orthanc reports to PacsDrop's listener (started by the window for it).
        const quint16 listenerPort = freePort();
        Orthanc::Options options;
        options.extraConfig = {{QStringLiteral("DicomModalities"),
                                QJsonObject{{QStringLiteral("pacsdrop"), QJsonArray{QStringLiteral("PACSDROP"), QStringLiteral("127.0.0.1"), listenerPort}}}}};
        Orthanc orthanc(options);
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        Device committing = device(QStringLiteral("Archive"), orthanc.aeTitle(), orthanc.dicomPort(), true);
        committing.storageCommitment = true;
        Settings settings = settingsWith({committing});
        InboundListener reports;
        reports.name = QStringLiteral("Reports");
        reports.aeTitle = QStringLiteral("PACSDROP");
        reports.port = listenerPort;
        settings.setListeners({reports});
        MainWindow w(settings);
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("rtplan.dcm"))});
        QVERIFY(added.wait(20000));
        w.sendAll();
        QTRY_VERIFY_WITH_TIMEOUT(statuses(w.model()) == QList<FileRow::Status>(2, FileRow::Status::Confirmed), 30000);
        QVERIFY(w.model().row(0).plain.contains(QStringLiteral("confirmed that it keeps it")));
    }

    void theOutboxViewRetriesAndRemoves()
    {
        const quint16 port = freePort();
        MainWindow w(settingsWith({device(QStringLiteral("Archive"), QStringLiteral("STORESCP"), port, true)}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))});
        QVERIFY(added.wait(20000));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.sendAll();
        QVERIFY(finished.wait(60000));
        OutboxView *view = w.openOutbox();
        QTRY_COMPARE(view->model().rowCount(), 2);
        view->showNotSent();
        QCOMPARE(view->table().model()->rowCount(), 2);
        // In a view too narrow for the result, it wraps onto more lines instead of being cut off.
        view->resize(700, 500);
        QTRY_VERIFY(view->table().rowHeight(0) >= 2 * view->table().fontMetrics().height());
        StoreScp pacs;
        QVERIFY2(pacs.start(port), qPrintable(pacs.lastError()));
        view->table().selectRow(0);
        QSignalSpy retry(view, &OutboxView::retryRequested);
        view->findChild<QPushButton *>(QStringLiteral("retry"))->click();
        QCOMPARE(retry.size(), 1);
        QVERIFY(finished.wait(60000));
        QCOMPARE(pacs.receivedFiles().size(), 1); // the chosen one; the other waits for its own time
        QTRY_COMPARE(view->table().model()->rowCount(), 1);
        view->table().selectAll();
        view->findChild<QPushButton *>(QStringLiteral("retry"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(pacs.receivedFiles().size(), 2);
        QTRY_COMPARE(view->table().model()->rowCount(), 0); // nothing left that did not go
        // Remove forgets entries (asked first; answered yes here).
        view->findChild<QComboBox *>(QStringLiteral("show"))->setCurrentIndex(0);
        view->table().selectAll();
        answerQuestionsWith(true);
        QSignalSpy removed(view, &OutboxView::removed);
        view->findChild<QPushButton *>(QStringLiteral("remove"))->click();
        QVERIFY(removed.wait(10000));
        answerQuestionsWith(false);
        QCOMPARE(removed.first().first().toInt(), 2);
        QTRY_COMPARE(view->model().rowCount(), 0);
    }

    void settingsOpenWithCtrlCommaAndFromTheMenu()
    {
        MainWindow w(settingsWith({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = w.findChild<SettingsDialog *>()) != nullptr && settings->isVisible());
        settings->reject();
        // Also in the menu bar.
        bool inMenu = false;
        for (QAction *menu : w.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions())
                inMenu = inMenu || a->objectName() == QLatin1String("settings");
        }
        QVERIFY(inMenu);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("settings"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    }

    void aSendThatEndsBehindOtherWindowsIsNotified()
    {
        MainWindow w(settingsWith({}));
        QSignalSpy notified(&w.notifier(), &Notifier::notified);
        SendReport report;
        report.device = QStringLiteral("Archive");
        report.total = 3;
        report.waiting = 3;
        report.reason = ErrorCode::NetworkUnreachable;
        w.notifier().sendFinished(report, true); // the user is looking: the window says it
        QCOMPARE(notified.size(), 0);
        w.notifier().sendFinished(report, false);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Files not sent"));
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("cannot be reached")));
    }

    void speaksGermanAndLithuanian_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("send");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("dropHint");
        QTest::newRow("de") << "de" << "Senden" << "Status" << "Dateien oder Ordner hierher ziehen";
        QTest::newRow("lt") << "lt" << "Siųsti" << "Būsena" << "Nutempkite failus ar aplankus čia";
        QTest::newRow("en") << "en" << "Send" << "Status" << "Drop files or folders here";
    }
    void speaksGermanAndLithuanian()
    {
        QFETCH(QString, language);
        QFETCH(QString, send);
        QFETCH(QString, status);
        QFETCH(QString, dropHint);
        QTranslator translator;
        installLanguage(translator, language);
        MainWindow w(settingsWith({}));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("send"))->text(), send);
        QCOMPARE(w.model().headerData(FileListModel::Status, Qt::Horizontal).toString(), status);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("dropHint"))->text(), dropHint);
        QCoreApplication::removeTranslator(&translator);
    }

    void showsWhatWaitsAndFailedInTheOutbox()
    {
        // Files left by the command line or an earlier window show in the status bar: never "empty" while some failed.
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        const QList<IntakeItem> items = collectItems({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm")),
                                                      pydicomFile(QStringLiteral("MR_truncated.dcm"))});
        QVERIFY(outbox->enqueue(Outbox::newBatchId(), QStringLiteral("Somewhere"), items));
        MainWindow w(settingsWith({}));
        QTRY_COMPARE(w.outboxPending(), 2);
        QCOMPARE(w.outboxFailed(), 1);
        const QString text = w.findChild<QPushButton *>(QStringLiteral("outbox"))->text();
        QVERIFY2(text.contains(QStringLiteral("1 failed")) && text.contains(QStringLiteral("2 waiting")), qPrintable(text));
    }

    void aNarrowWindowPutsThePreviewUnderTheList()
    {
        // Beside the list the preview would leave the columns too little room (a small screen,
        // or scaled by 1.5): under it, the columns get the window's whole width.
        MainWindow w(settingsWith({}));
        auto *split = w.findChild<QSplitter *>(QStringLiteral("split"));
        QVERIFY(split);
        w.resize(1400, 800);
        w.show();
        QTRY_COMPARE(split->orientation(), Qt::Horizontal);
        w.resize(1000, 700);
        QTRY_COMPARE(split->orientation(), Qt::Vertical);
        QVERIFY(w.list().width() >= 950);
        QVERIFY(w.preview().height() > 150); // still room for the whole picture
        w.resize(1100, 700); // near the line: stays as it is
        QTest::qWait(50);
        QCOMPARE(split->orientation(), Qt::Vertical);
        w.resize(1300, 700);
        QTRY_COMPARE(split->orientation(), Qt::Horizontal);
    }

    void showsTheDefaultDevice()
    {
        MainWindow w(settingsWith({device(QStringLiteral("Radiology"), QStringLiteral("RAD"), 104, false),
                                   device(QStringLiteral("Archive"), QStringLiteral("ARC"), 104, true)}));
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("destination"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("Archive"));
    }
};

PACSDROP_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
