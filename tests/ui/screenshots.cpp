// Takes the screenshots in docs/screenshots/ (scripts/screenshots.sh runs it under Xvfb on a
// 1600x1000 screen, at scale 1 and 1.5): the empty window, the window after real sends (some
// delivered to a real storescp, some waiting for a PACS that cannot be reached, one damaged), the
// progress dialog of that failure, the outbox view, the patient dialog with a problem shown, the
// worklist search with results from a real wlmscpfs, the device form after a connection check,
// each settings page, and the window in the dark appearance. Sample data only.
// Usage: pacsdrop_screenshots OUT_DIR [SUFFIX] [NAME,NAME,...]   (names: only those are written)
#include "Appearance.h"
#include "Ask.h"
#include "DevicesPage.h"
#include "DeviceForm.h"
#include "FileListModel.h"
#include "FileListView.h"
#include "Language.h"
#include "MainWindow.h"
#include "OutboxView.h"
#include "PatientDialog.h"
#include "PatientSearchDialog.h"
#include "Peers.h"
#include "PreviewPane.h"
#include "ProgressDialog.h"
#include "SendController.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "WindowStyle.h"
#include "dicom/DcmtkRuntime.h"
#include "settings/AppPaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>

using namespace pacsdrop;

namespace {

QString g_out, g_suffix;
QStringList g_only;

void settle(int ms = 300)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
}

void save(QWidget &w, const QString &name)
{
    if (!g_only.isEmpty() && !g_only.contains(name))
        return;
    w.show();
    w.raise();
    settle();
    w.grab().save(QDir(g_out).filePath(name + g_suffix + QStringLiteral(".png")));
}

bool waitFor(QObject *sender, const char *signal, int ms)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(ms);
}

Settings sample(const QString &path, quint16 pacsPort, quint16 awayPort, quint16 worklistPort)
{
    Settings s = *Settings::load(path);
    Device pacs;
    pacs.name = QStringLiteral("Radiology PACS");
    pacs.aeTitle = QStringLiteral("STORESCP");
    pacs.host = QStringLiteral("127.0.0.1");
    pacs.port = pacsPort;
    pacs.isDefault = true;
    pacs.description = QStringLiteral("Main archive, radiology");
    Device cloud;
    cloud.name = QStringLiteral("Cloud archive");
    cloud.aeTitle = QStringLiteral("CLOUD");
    cloud.host = QStringLiteral("127.0.0.1");
    cloud.port = awayPort;
    cloud.connectTimeout = 2;
    cloud.tls.enabled = true; // shows as encrypted in the list
    cloud.tls.certificate = QStringLiteral("/etc/pacsdrop/client.pem");
    cloud.tls.privateKey = QStringLiteral("/etc/pacsdrop/client.key");
    cloud.tls.trustedCertificates = {QStringLiteral("/etc/pacsdrop/hospital-ca.pem")};
    cloud.storageCommitment = true;
    Device away = cloud;
    away.name = QStringLiteral("Teaching file");
    away.tls = {};
    away.storageCommitment = false;
    away.description = QStringLiteral("Switched off at night");
    s.setDevices({pacs, cloud, away});
    LookupDevice ris;
    ris.connection.name = QStringLiteral("RIS worklist");
    ris.connection.aeTitle = QStringLiteral("OFFIS");
    ris.connection.host = QStringLiteral("127.0.0.1");
    ris.connection.port = worklistPort;
    ris.defaults.date = QStringLiteral("any");
    LookupDevice query;
    query.connection = pacs;
    query.defaults.date = QStringLiteral("any");
    s.setWorklistDevices({ris});
    s.setQueryDevices({query});
    HotFolder h;
    h.folder = QStringLiteral("/srv/endoscopy/export");
    h.destination = QStringLiteral("Radiology PACS");
    s.setHotFolders({h});
    SiteSettings site;
    site.institutionName = QStringLiteral("St. Mary's Hospital");
    site.stationName = QStringLiteral("WARD7");
    site.modalities = {QStringLiteral("XC"), QStringLiteral("ES"), QStringLiteral("DOC"), QStringLiteral("OT")};
    s.setSite(site);
    return s;
}

StudyData anna()
{
    StudyData d;
    d.patientName = PersonName::fromDicom(QStringLiteral("Müller^Anna"));
    d.patientId = QStringLiteral("PID-204771");
    d.birthDate = QDate(1958, 3, 14);
    d.sex = QStringLiteral("F");
    d.studyDescription = QStringLiteral("Wound documentation");
    d.modality = QStringLiteral("XC");
    return d;
}

// Sends what is ready in the window to its chosen device, answering the patient dialog with data.
void sendAll(MainWindow &w, const StudyData &study)
{
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.sendAll();
    settle(200);
    if (auto *dialog = w.findChild<PatientDialog *>(); dialog && dialog->isVisible()) {
        dialog->setStudyData(study);
        dialog->accept();
    }
    finished.wait(60000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new WindowStyle(QStringLiteral("Fusion")));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    g_suffix = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (argc > 3)
        g_only = QString::fromLocal8Bit(argv[3]).split(u',', Qt::SkipEmptyParts);
    QDir().mkpath(g_out);
    QTemporaryDir home;
    paths::setDataDirOverride(home.filePath(QStringLiteral("data")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.filePath(QStringLiteral("qsettings")));
    QTranslator english;
    installLanguage(english, QStringLiteral("en"));
    answerQuestionsWith(false);
    DcmtkRuntime dcmtk;

    // Real peers: a storescp as the radiology PACS, DCMTK's sample worklist; the other two devices are away.
    test::StoreScp pacs;
    test::WorklistScp worklist;
    if (!pacs.start() || !worklist.addDcmtkSamples() || !worklist.start())
        qFatal("peers did not start: %s %s", qPrintable(pacs.lastError()), qPrintable(worklist.lastError()));
    const Settings settings = sample(home.filePath(QStringLiteral("settings.json")), pacs.port(), test::freePort(),
                                     worklist.target().section(u':', -1).toUShort());

    // Sample inputs: real DICOM from pydicom, a photo, a scan, a PDF and a clip made here.
    const QString photo = home.filePath(QStringLiteral("wound-left-forearm.jpg")), scan = home.filePath(QStringLiteral("referral-letter.png")),
                  pdf = home.filePath(QStringLiteral("discharge-summary.pdf")), clip = home.filePath(QStringLiteral("gastroscopy.mp4"));
    QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("1600x1200"), QStringLiteral("plasma:pink-brown"), photo});
    QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("850x1100"), QStringLiteral("xc:white"), QStringLiteral("-fill"),
                                                          QStringLiteral("black"), QStringLiteral("-pointsize"), QStringLiteral("36"), QStringLiteral("-annotate"),
                                                          QStringLiteral("+80+120"), QStringLiteral("Referral letter"), scan});
    QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"), pdf, QStringLiteral("2"),
                                                         QStringLiteral("Discharge summary")});
    QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                 QStringLiteral("testsrc2=size=1280x720:rate=25"), QStringLiteral("-t"), QStringLiteral("4"),
                                                 QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip});

    MainWindow window(settings);
    window.show();
    save(window, QStringLiteral("main-window-empty"));

    // First batch: to the radiology PACS, which takes them.
    window.addPaths({test::pydicomFile(QStringLiteral("CT_small.dcm")), test::pydicomFile(QStringLiteral("MR_small.dcm")), photo, scan});
    waitFor(&window, SIGNAL(pathsAdded(int)), 20000);
    sendAll(window, anna());
    if (auto *progress = window.findChild<ProgressDialog *>())
        progress->close();
    // Second batch: to a PACS that is switched off, and a damaged file.
    window.findChild<QComboBox *>(QStringLiteral("destination"))->setCurrentIndex(2);
    window.addPaths({test::pydicomFile(QStringLiteral("JPEG-lossy.dcm")), pdf, clip, test::pydicomFile(QStringLiteral("MR_truncated.dcm"))});
    waitFor(&window, SIGNAL(pathsAdded(int)), 20000);
    sendAll(window, anna());
    auto *progress = window.findChild<ProgressDialog *>();
    if (progress)
        save(*progress, QStringLiteral("progress-dialog"));
    if (progress)
        progress->close();
    FileListModel &m = window.model();
    window.list().selectRow(m.rowOf(photo));
    waitFor(&window.preview(), SIGNAL(shown(QString)), 10000);
    save(window, QStringLiteral("main-window"));

    OutboxView *outbox = window.openOutbox();
    waitFor(outbox, SIGNAL(loaded(int)), 10000);
    save(*outbox, QStringLiteral("outbox-view"));
    outbox->close();

    PatientDialog patient(settings);
    patient.setFiles({photo, scan, pdf});
    StudyData typed = anna();
    typed.accessionNumber = QStringLiteral("A2026-11830-0001-7"); // too long: the dialog says so at the field
    patient.setStudyData(typed);
    patient.accept(); // shows the problem, stays open
    save(patient, QStringLiteral("patient-dialog"));

    PatientSearchDialog search(settings);
    search.findChild<QLineEdit *>(QStringLiteral("patientName"))->setText(QStringLiteral("*"));
    search.show();
    search.search();
    waitFor(&search, SIGNAL(searchFinished(QString)), 20000);
    search.resultsView().selectRow(1);
    save(search, QStringLiteral("worklist-search"));
    search.close();

    SettingsDialog settingsDialog(settings);
    for (const char *page : {"mainPage", "devicesPage", "worklistPage", "monitorPage"}) {
        settingsDialog.showPage(QString::fromLatin1(page));
        save(settingsDialog, QStringLiteral("settings-") + QString::fromLatin1(page).remove(QStringLiteral("Page")));
    }
    settingsDialog.show();
    DeviceForm *form = settingsDialog.findChild<DevicesPage *>()->openForm(0);
    form->checkConnection();
    waitFor(form, SIGNAL(connectionChecked(bool)), 20000);
    save(*form, QStringLiteral("device-form"));
    form->close();
    settingsDialog.close();

    applyAppearance(Appearance::Dark);
    settle(300);
    save(window, QStringLiteral("main-window-dark"));
    applyAppearance(Appearance::System);
    window.close();
    return 0;
}
