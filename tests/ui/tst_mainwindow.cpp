// The window driven as a user would, on the offscreen platform: files dropped from a file manager
// are listed with their kind, patient and status; Send delivers to a real Orthanc and every row
// ends "sent"; a device that refuses shows its reason in the rows and the progress dialog; the
// patient dialog checks its fields; the list model passes Qt's model tester.
#include "FileListModel.h"
#include "GuiTestMain.h"
#include "Language.h"
#include "intake/Intake.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"
#include "MainWindow.h"
#include "PatientDialog.h"
#include "PreviewPane.h"
#include "PatientSearchDialog.h"
#include "Peers.h"
#include "ProgressDialog.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QDirIterator>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
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

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString makeImage(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("32x24"), QStringLiteral("gradient:red-blue"), path});
        return path;
    }

private slots:
    void modelPassesTheTester()
    {
        FileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<FileRow> rows;
        for (int i = 0; i < 50; ++i) {
            FileRow r;
            r.item.path = QStringLiteral("/x/%1.dcm").arg(i);
            r.kind = FileRow::Kind::Dicom;
            rows << r;
        }
        QCOMPARE(model.addRows(rows), 50);
        QCOMPARE(model.addRows(rows.mid(0, 10)), 0); // listed once
        model.setStatus(QStringLiteral("/x/3.dcm"), FileRow::Status::Sent);
        model.setStatus(QStringLiteral("/x/4.dcm"), FileRow::Status::Sent);
        model.setStatus(QStringLiteral("/x/40.dcm"), FileRow::Status::Sent);
        model.removeSent();
        QCOMPARE(model.rowCount(), 47);
        QCOMPARE(model.rowOf(QStringLiteral("/x/5.dcm")), 3);
        QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 4);
        model.removeRowsAt({0, 1, 2, 10, 46});
        QCOMPARE(model.rowCount(), 42);
        QCOMPARE(model.rowOf(QStringLiteral("/x/0.dcm")), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
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
        const FileRow &ct = m.row(m.rowOf(pydicomFile(QStringLiteral("CT_small.dcm"))));
        QCOMPARE(ct.kind, FileRow::Kind::Dicom);
        QCOMPARE(ct.status, FileRow::Status::Ready);
        QVERIFY(m.data(m.index(m.rowOf(ct.item.path), FileListModel::Patient)).toString().contains(QStringLiteral("1CT1")));
        const FileRow &damaged = m.row(m.rowOf(pydicomFile(QStringLiteral("MR_truncated.dcm"))));
        QCOMPARE(damaged.status, FileRow::Status::NotSendable);
        QVERIFY(!damaged.statusText.isEmpty());
        QCOMPARE(m.row(m.rowOf(QFileInfo(folder + QStringLiteral("/wound.png")).canonicalFilePath())).kind, FileRow::Kind::Image);
        QCOMPARE(m.row(m.rowOf(QFileInfo(folder + QStringLiteral("/note.txt")).canonicalFilePath())).status, FileRow::Status::NotSendable);
        // Selecting a row previews it (off the GUI thread).
        QSignalSpy shown(&w.preview(), &PreviewPane::shown);
        w.table().setCurrentIndex(m.index(m.rowOf(ct.item.path), 0));
        QVERIFY(shown.wait(10000));
        QVERIFY(!w.preview().current().picture.isNull());
        QVERIFY(w.preview().current().description.contains(QStringLiteral("CT Image Storage")));
        // DICOM files of two patients are marked apart.
        drop(w, {pydicomFile(QStringLiteral("MR_small.dcm"))});
        QVERIFY(added.wait(20000));
        QCOMPARE(m.patientCount(), 2);
        const QVariant ctMark = m.data(m.index(m.rowOf(ct.item.path), FileListModel::Patient), Qt::DecorationRole);
        const QVariant mrMark = m.data(m.index(m.rowOf(pydicomFile(QStringLiteral("MR_small.dcm"))), FileListModel::Patient), Qt::DecorationRole);
        QVERIFY(ctMark.isValid() && mrMark.isValid() && ctMark != mrMark);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("2 different patients")));
        m.removeRowsAt({m.rowOf(pydicomFile(QStringLiteral("MR_small.dcm")))});
        QCOMPARE(m.patientCount(), 1);
        // The same drop again lists nothing twice.
        drop(w, {pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        QCOMPARE(m.rowCount(), 4);
    }

    void patientDialogChecksItsFields()
    {
        PatientDialog dialog(settingsWith({}));
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("PatientFamilyName"))->setText(QStringLiteral("Müller"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // no patient ID
        QVERIFY(!dialog.problemAt(QStringLiteral("PatientID")).isEmpty());
        dialog.findChild<QLineEdit *>(QStringLiteral("PatientID"))->setText(QStringLiteral("123"));
        dialog.findChild<QLineEdit *>(QStringLiteral("PatientBirthDate"))->setText(QStringLiteral("20991231"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problemAt(QStringLiteral("PatientBirthDate")).contains(QStringLiteral("future")), qPrintable(dialog.problemAt(QStringLiteral("PatientBirthDate"))));
        QVERIFY(dialog.problemAt(QStringLiteral("PatientID")).isEmpty());
        dialog.findChild<QLineEdit *>(QStringLiteral("PatientBirthDate"))->setText(QStringLiteral("19800131"));
        dialog.findChild<QLineEdit *>(QStringLiteral("AccessionNumber"))->setText(QStringLiteral("12345678901234567")); // SH: 16
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.problemAt(QStringLiteral("AccessionNumber")).isEmpty());
        dialog.findChild<QLineEdit *>(QStringLiteral("AccessionNumber"))->setText(QStringLiteral("A77"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const StudyData d = dialog.studyData();
        QCOMPARE(d.patientName.toDicom(), QStringLiteral("Müller"));
        QCOMPARE(d.patientId, QStringLiteral("123"));
        QCOMPARE(d.birthDate, QDate(1980, 1, 31));
        QCOMPARE(d.accessionNumber, QStringLiteral("A77"));
    }

    void patientDialogFillsFromTheWorklist()
    {
        WorklistScp scp;
        QVERIFY2(scp.addDcmtkSamples(), qPrintable(scp.lastError()));
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        Settings s = settingsWith({});
        LookupDevice ris;
        ris.connection = device(QStringLiteral("RIS"), QStringLiteral("OFFIS"), scp.target().section(u':', -1).toUShort(), false);
        ris.defaults.date = QStringLiteral("any");
        s.setWorklistDevices({ris});
        PatientDialog dialog(s);
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("search"))->click();
        PatientSearchDialog *search = nullptr;
        QTRY_VERIFY((search = dialog.findChild<PatientSearchDialog *>()) != nullptr && search->isVisible());
        QCOMPARE(search->findChild<QLineEdit *>(QStringLiteral("date"))->text(), QStringLiteral("any")); // the device's default
        search->findChild<QLineEdit *>(QStringLiteral("patientName"))->setText(QStringLiteral("HAYDN*"));
        QSignalSpy done(search, &PatientSearchDialog::searchFinished);
        search->search();
        QVERIFY(done.wait(20000));
        QCOMPARE(search->resultCount(), 3); // as findscu finds them
        auto *results = search->findChild<QTableWidget *>(QStringLiteral("results"));
        results->selectRow(0);
        const QString accession = results->item(0, 3)->text();
        search->accept();
        auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("PatientID"));
        QTRY_COMPARE(id->text(), QStringLiteral("HF"));
        QVERIFY(id->isReadOnly()); // copied, not re-typed
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("PatientFamilyName"))->text(), QStringLiteral("HAYDN"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("AccessionNumber"))->text(), accession);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const StudyData d = dialog.studyData();
        QCOMPARE(d.accessionNumber, accession);
        QVERIFY(!d.studyInstanceUid.isEmpty());
        QCOMPARE(d.requests.size(), 1);
        QCOMPARE(d.requests.first().accessionNumber, accession);
    }

    void worklistOnlyMakesTheDialogReadOnly()
    {
        Settings s = settingsWith({});
        SiteSettings site;
        site.worklistOnlyForNonDicom = true;
        site.additionalInfoKeyword = QStringLiteral("BodyPartExamined");
        s.setSite(site);
        PatientDialog dialog(s);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("PatientID"))->isReadOnly());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("StudyDescription"))->isReadOnly());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("BodyPartExamined"))); // the site's additional-info attribute
    }

    void sendDeliversEveryRowToOrthanc()
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
        // The photo needs a patient: the dialog asks.
        PatientDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PatientDialog *>()) != nullptr && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientID"))->setText(QStringLiteral("W-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("PatientFamilyName"))->setText(QStringLiteral("Παπαδόπουλος"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(statuses(w.model()) == QList<FileRow::Status>(3, FileRow::Status::Sent), 60000);
        QCOMPARE(orthanc.sopInstanceUids().size(), 3);
        // The converted photo is gone from the spool once delivered (the default).
        QDir spool(paths::spoolDir());
        QVERIFY(!spool.exists() || QDirIterator(spool.path(), {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories).hasNext() == false);
        // Everything arrived: the progress dialog closed by itself.
        QTRY_VERIFY(!w.findChild<ProgressDialog *>() || !w.findChild<ProgressDialog *>()->isVisible());
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
        QTRY_VERIFY_WITH_TIMEOUT(w.model().row(0).statusText == QStringLiteral("sent and committed by the PACS")
                                     && w.model().row(1).statusText == QStringLiteral("sent and committed by the PACS"),
                                 30000);
        QCOMPARE(statuses(w.model()), QList<FileRow::Status>(2, FileRow::Status::Sent));
    }

    void aRefusingDeviceShowsItsReason()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        MainWindow w(settingsWith({device(QStringLiteral("Wrong AE"), QStringLiteral("NOTORTHANC"), orthanc.dicomPort(), true)}));
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        w.sendAll();
        QTRY_VERIFY_WITH_TIMEOUT(statuses(w.model()) == QList<FileRow::Status>{FileRow::Status::Failed}, 60000);
        const QString reason = w.model().row(0).statusText;
        QVERIFY2(reason.contains(QStringLiteral("NOTORTHANC")), qPrintable(reason));
        ProgressDialog *progress = w.findChild<ProgressDialog *>();
        QVERIFY(progress && progress->isVisible()); // stays open with the errors
        QTRY_VERIFY(progress->findChild<QPlainTextEdit *>(QStringLiteral("log"))->toPlainText().contains(QStringLiteral("FAILED")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("retry"))->isEnabled());

    }

    void speaksGermanAndLithuanian_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("send");
        QTest::addColumn<QString>("status");
        QTest::newRow("de") << "de" << "Senden" << "Status";
        QTest::newRow("lt") << "lt" << "Siųsti" << "Būsena";
        QTest::newRow("en") << "en" << "Send" << "Status";
    }
    void speaksGermanAndLithuanian()
    {
        QFETCH(QString, language);
        QFETCH(QString, send);
        QFETCH(QString, status);
        QTranslator translator;
        const bool installed = installLanguage(translator, language);
        QCOMPARE(installed, language != QLatin1String("en")); // English is the source text
        MainWindow w(settingsWith({}));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("send"))->text(), send);
        QCOMPARE(w.model().headerData(FileListModel::Status, Qt::Horizontal).toString(), status);
        QCoreApplication::removeTranslator(&translator);
    }

    void showsWhatWaitsInTheOutbox()
    {
        // Files left pending by the command line or an earlier window are shown in the status bar.
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        QVERIFY(outbox->clear(true));
        const QList<IntakeItem> items = collectItems({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))});
        QVERIFY(outbox->enqueue(Outbox::newBatchId(), QStringLiteral("Somewhere"), items));
        MainWindow w(settingsWith({}));
        QTRY_COMPARE(w.outboxPending(), 2);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("outbox"))->text().contains(QStringLiteral("2 file(s) waiting")));
        QVERIFY(outbox->clear(true));
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
