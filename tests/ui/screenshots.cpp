// Takes the screenshots in docs/screenshots/ (scripts/screenshots.sh runs it offscreen): the main
// window with files of each kind and every status, the patient dialog, the progress dialog after
// a partly failed send, and each settings page. Sample data only; nothing is sent.
#include "FileListModel.h"
#include "MainWindow.h"
#include "PatientDialog.h"
#include "ProgressDialog.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "dicom/DcmtkRuntime.h"
#include "intake/Intake.h"
#include "settings/AppPaths.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

using namespace pacsdrop;

namespace {

void save(QWidget &w, const QString &dir, const QString &name)
{
    w.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

Settings sample(const QString &path)
{
    Settings s = *Settings::load(path);
    Device archive;
    archive.name = QStringLiteral("Radiology PACS");
    archive.aeTitle = QStringLiteral("RADPACS");
    archive.host = QStringLiteral("pacs.hospital.local");
    archive.isDefault = true;
    Device cloud = archive;
    cloud.name = QStringLiteral("Cloud archive");
    cloud.aeTitle = QStringLiteral("CLOUD");
    cloud.host = QStringLiteral("10.20.0.15");
    cloud.port = 2762;
    cloud.isDefault = false;
    cloud.tls.enabled = true; // shows as encrypted in the list
    cloud.tls.certificate = QStringLiteral("/etc/pacsdrop/client.pem");
    cloud.tls.privateKey = QStringLiteral("/etc/pacsdrop/client.key");
    cloud.tls.trustedCertificates = {QStringLiteral("/etc/pacsdrop/hospital-ca.pem")};
    s.setDevices({archive, cloud});
    LookupDevice ris;
    ris.connection.name = QStringLiteral("RIS worklist");
    ris.connection.aeTitle = QStringLiteral("RISMWL");
    ris.connection.host = QStringLiteral("ris.hospital.local");
    ris.connection.port = 4006;
    ris.defaults.modality = QStringLiteral("XC");
    LookupDevice pacs;
    pacs.connection = archive;
    pacs.defaults.date = QStringLiteral("any");
    s.setWorklistDevices({ris});
    s.setQueryDevices({pacs});
    HotFolder h;
    h.folder = QStringLiteral("/srv/endoscopy/export");
    h.destination = QStringLiteral("Radiology PACS");
    s.setHotFolders({h});
    SiteSettings site;
    site.institutionName = QStringLiteral("St. Mary's Hospital");
    site.stationName = QStringLiteral("WARD7");
    s.setSite(site);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QTemporaryDir home;
    paths::setDataDirOverride(home.filePath(QStringLiteral("data")));
    DcmtkRuntime dcmtk;
    const Settings settings = sample(home.filePath(QStringLiteral("settings.json")));

    // Sample inputs: real DICOM from pydicom, a photo, a scan, a PDF and a clip made here.
    const QString photo = home.filePath(QStringLiteral("wound-left-forearm.jpg")), scan = home.filePath(QStringLiteral("referral-letter.png")),
                  pdf = home.filePath(QStringLiteral("discharge-summary.pdf")), clip = home.filePath(QStringLiteral("gastroscopy.mp4"));
    QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("1200x900"), QStringLiteral("plasma:pink-brown"), photo});
    QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("850x1100"), QStringLiteral("xc:white"), QStringLiteral("-fill"),
                                                          QStringLiteral("black"), QStringLiteral("-pointsize"), QStringLiteral("36"), QStringLiteral("-annotate"),
                                                          QStringLiteral("+80+120"), QStringLiteral("Referral"), scan});
    QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"), pdf, QStringLiteral("2"),
                                                         QStringLiteral("Discharge summary")});
    QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                 QStringLiteral("testsrc2=size=640x480:rate=25"), QStringLiteral("-t"), QStringLiteral("2"),
                                                 QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip});
    QStringList files{test::pydicomFile(QStringLiteral("CT_small.dcm")), test::pydicomFile(QStringLiteral("MR_small.dcm")),
                      test::pydicomFile(QStringLiteral("JPEG-lossy.dcm")), test::pydicomFile(QStringLiteral("MR_truncated.dcm")), photo, scan, pdf, clip};

    MainWindow window(settings);
    window.resize(1280, 640);
    window.model().addRows(rowsFor(collectItems(files)));
    FileListModel &m = window.model();
    m.setStatus(m.row(0).item.path, FileRow::Status::Sent);
    m.setStatus(m.row(1).item.path, FileRow::Status::Sent);
    m.setStatus(m.row(2).item.path, FileRow::Status::Failed, QStringLiteral("RADPACS refused JPEG Baseline and decompressing is off for this device"));
    m.setStatus(m.row(4).item.path, FileRow::Status::Sending);
    window.table().resizeColumnsToContents();
    window.table().setCurrentIndex(m.index(0, 0));
    for (int i = 0; i < 50; ++i) { // the preview renders on the thread pool
        QApplication::processEvents();
        QThread::msleep(20);
    }
    save(window, out, QStringLiteral("main-window"));

    PatientDialog patient(settings);
    StudyData d;
    d.patientName = PersonName::fromDicom(QStringLiteral("Müller^Anna"));
    d.patientId = QStringLiteral("PID-204771");
    d.birthDate = QDate(1958, 3, 14);
    d.sex = QStringLiteral("F");
    d.studyDescription = QStringLiteral("Wound documentation");
    d.accessionNumber = QStringLiteral("A2026-11830");
    d.modality = QStringLiteral("XC");
    patient.setStudyData(d);
    save(patient, out, QStringLiteral("patient-dialog"));

    ProgressDialog progress;
    progress.setProgress(7, 8);
    for (const char *line : {"converted wound-left-forearm.jpg (1 object)", "converted discharge-summary.pdf (1 object)",
                             "sending 8 file(s) to Radiology PACS", "OK CT_small.dcm: stored (status 0x0000)",
                             "OK MR_small.dcm: stored (status 0x0000)",
                             "FAILED JPEG-lossy.dcm: RADPACS refused JPEG Baseline and decompressing is off for this device"})
        progress.appendLog(QString::fromLatin1(line));
    progress.finish(false, QStringLiteral("delivered 6 of 8 files, 2 failed"));
    save(progress, out, QStringLiteral("progress-dialog"));

    SettingsDialog settingsDialog(settings);
    for (const char *page : {"mainPage", "devicesPage", "worklistPage", "monitorPage"}) {
        settingsDialog.showPage(QString::fromLatin1(page));
        save(settingsDialog, out, QStringLiteral("settings-") + QString::fromLatin1(page).remove(QStringLiteral("Page")));
    }
    return 0;
}
