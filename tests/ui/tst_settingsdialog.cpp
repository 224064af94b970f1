// The settings dialog round-trips every field to settings.json and refuses invalid values at their
// page without writing anything. Devices, worklist devices and watched folders are lists with a
// form per record: each form round-trips every field, shows every problem at its field as it is
// edited, seals typed secrets, and checks the connection against a real Orthanc with a readable
// result. Every enumerated setting shows its human name. The About box says where things are.
#include "AboutDialog.h"
#include "GuiTestMain.h"
#include "Peers.h"
#include "DeviceForm.h"
#include "DevicesPage.h"
#include "HotFolderForm.h"
#include "LookupDeviceForm.h"
#include "MainPage.h"
#include "MonitorPage.h"
#include "RecordList.h"
#include "SettingsDialog.h"
#include "WorklistPage.h"
#include "settings/PathField.h"
#include "Ask.h"
#include "common/SecretBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

// Every field away from its default.
Settings everything(const QString &path)
{
    Settings s = *Settings::load(path);
    s.setLocalAeTitle(QStringLiteral("WARD7"));
    Device d;
    d.name = QStringLiteral("Archive");
    d.aeTitle = QStringLiteral("ARCHIVE");
    d.host = QStringLiteral("pacs.local");
    d.port = 11112;
    d.description = QStringLiteral("Radiology archive");
    d.callingAeTitle = QStringLiteral("WARD7B");
    d.maxPdu = 65536;
    d.connectTimeout = 7;
    d.acseTimeout = 21;
    d.dimseTimeout = 99;
    d.decompressIfRefused = false;
    d.isDefault = true;
    d.parallelAssociations = 2;
    d.characterSet = QStringLiteral("ISO_IR 100");
    d.maxAttempts = 8;
    d.retryBackoffSeconds = 15;
    d.retryBackoffMaxSeconds = 900;
    d.minIntervalMs = 250;
    d.maxKilobytesPerSecond = 5000;
    Device e = d;
    e.name = QStringLiteral("Cloud");
    e.isDefault = false;
    e.characterSet.clear();
    // TLS with what the table shows and what it does not (the profile, the sealed passphrase): both kept.
    e.tls.enabled = true;
    e.tls.certificate = QStringLiteral("/etc/pacsdrop/client.pem");
    e.tls.privateKey = QStringLiteral("/etc/pacsdrop/client.key");
    e.tls.trustedCertificates = {QStringLiteral("/etc/pacsdrop/ca.pem"), QStringLiteral("/etc/pacsdrop/ca2.pem")};
    e.tls.peerCheck = TlsSettings::PeerCheck::SkipHostName;
    e.tls.profile = QStringLiteral("BCP195");
    e.tls.sealedPassphrase = *sealSecret(QStringLiteral("key passphrase"));
    e.storageCommitment = true;
    e.commitmentTimeoutSeconds = 120; // not in the table: kept
    d.verifyAfterSend = true;
    Device web = e;
    web.name = QStringLiteral("Web archive");
    web.aeTitle.clear();
    web.host.clear();
    web.web.url = QStringLiteral("https://archive.example/dicom-web");
    web.web.auth = DicomWebSettings::Auth::Bearer;
    web.web.sealedSecret = *sealSecret(QStringLiteral("token"));
    s.setDevices({d, e, web});
    LookupDevice ris;
    ris.connection.name = QStringLiteral("RIS");
    ris.connection.aeTitle = QStringLiteral("RISMWL");
    ris.connection.host = QStringLiteral("ris.local");
    ris.connection.port = 4006;
    ris.connection.callingAeTitle = QStringLiteral("WARD7");
    ris.connection.connectTimeout = 4;
    ris.connection.acseTimeout = 8;
    ris.connection.dimseTimeout = 16;
    ris.fallbackCharacterSet = QStringLiteral("ISO_IR 126");
    ris.defaults.modality = QStringLiteral("XC");
    ris.defaults.stationAeTitle = QStringLiteral("WARD7");
    ris.defaults.date = QStringLiteral("today");
    LookupDevice pacs = ris;
    pacs.connection.name = QStringLiteral("PACS");
    pacs.defaults.root = QueryRoot::Patient;
    pacs.defaults.level = QueryLevel::Patient;
    pacs.defaults.date = QStringLiteral("any");
    pacs.defaults.modality.clear();
    s.setWorklistDevices({ris});
    s.setQueryDevices({pacs});
    HotFolder h;
    h.folder = QStringLiteral("/srv/capture");
    h.destination = QStringLiteral("Cloud");
    h.recursive = false;
    h.dicomOnly = false;
    h.study = {{QStringLiteral("PatientID"), QStringLiteral("SCOPE")}, {QStringLiteral("PatientName"), QStringLiteral("Endo^Scope")}};
    h.afterSend = HotFolder::AfterSend::MoveToDone;
    h.doneFolder = QStringLiteral("/srv/done");
    h.stableSeconds = 12;
    h.pollSeconds = 30;
    s.setHotFolders({h});
    SiteSettings site;
    site.institutionName = QStringLiteral("Klinikum Süd");
    site.stationName = QStringLiteral("WARD7");
    site.modalities = {QStringLiteral("XC"), QStringLiteral("ES")};
    site.additionalInfoKeyword = QStringLiteral("BodyPartExamined");
    site.removeSentFromList = true;
    site.worklistOnlyForNonDicom = true;
    site.language = QStringLiteral("de");
    site.keepConvertedFiles = true;
    s.setSite(site);
    ConversionSettings c;
    c.sopClassByExtension = {{QStringLiteral("jpg"), ImageSopClass::VlPhotographic}, {QStringLiteral("png"), ImageSopClass::SecondaryCapture}};
    c.defaultSopClass = ImageSopClass::VlPhotographic;
    c.jpegQualityForLosslessInputs = 85;
    c.videoSopClass = VideoSopClass::Endoscopic;
    c.videoFormat = VideoFormat::H264BluRay;
    c.pdfPageImages = true;
    c.characterSet = QStringLiteral("ISO_IR 100");
    c.limits.maxPixels = 50000000;
    c.limits.maxPages = 20;
    c.limits.maxFrames = 9000;
    c.limits.maxFileBytes = 700LL * 1000 * 1000;
    s.setConversion(c);
    return s;
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    template <typename T>
    static T *field(QWidget &form, const char *name)
    {
        T *w = form.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }

private slots:
    void everyFieldRoundTrips()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        const Settings original = everything(path);
        QVERIFY(original.save());
        SettingsDialog dialog(*Settings::load(path));
        dialog.show();
        dialog.accept();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto reloaded = Settings::load(path);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->localAeTitle(), original.localAeTitle());
        QCOMPARE(reloaded->devices(), original.devices());
        QCOMPARE(reloaded->worklistDevices(), original.worklistDevices());
        QCOMPARE(reloaded->queryDevices(), original.queryDevices());
        QCOMPARE(reloaded->hotFolders(), original.hotFolders());
        QCOMPARE(reloaded->site(), original.site());
        QCOMPARE(reloaded->conversion(), original.conversion());
    }

    void theDeviceFormRoundTripsEveryField()
    {
        const QString path = m_dir.filePath(QStringLiteral("form.json"));
        const Settings original = everything(path);
        SettingsDialog dialog(original);
        auto *page = dialog.findChild<DevicesPage *>();
        // Opened and accepted untouched, every device comes back as it was (what the form does not show included).
        for (int row = 0; row < original.devices().size(); ++row) {
            DeviceForm *form = page->openForm(row);
            QCOMPARE(form->device(true), original.devices()[row]);
            form->accept();
            QCOMPARE(page->devices()[row], original.devices()[row]);
        }
        // Every field changed through the form lands in the device.
        DeviceForm *form = page->openForm(1);
        field<QLineEdit>(*form, "name")->setText(QStringLiteral("cloud")); // a watched folder sends to it: its name stays (but the case may change)
        field<QLineEdit>(*form, "description")->setText(QStringLiteral("Off-site"));
        field<QLineEdit>(*form, "aeTitle")->setText(QStringLiteral("CLOUD2"));
        field<QLineEdit>(*form, "host")->setText(QStringLiteral("cloud.example"));
        field<QSpinBox>(*form, "port")->setValue(2762);
        field<QLineEdit>(*form, "callingAeTitle")->setText(QStringLiteral("WARD7C"));
        field<QCheckBox>(*form, "isDefault")->setChecked(true);
        field<PathField>(*form, "certificate")->setText(QStringLiteral("/etc/c.pem"));
        field<PathField>(*form, "privateKey")->setText(QStringLiteral("/etc/c.key"));
        field<QLineEdit>(*form, "passphrase")->setText(QStringLiteral("new passphrase"));
        field<PathField>(*form, "trustedCertificates")->setText(QStringLiteral("/etc/ca1.pem; /etc/ca2.pem"));
        auto *check = field<QComboBox>(*form, "peerCheck");
        check->setCurrentIndex(check->findData(int(TlsSettings::PeerCheck::None)));
        field<QComboBox>(*form, "profile")->setCurrentIndex(2);
        field<QSpinBox>(*form, "parallelAssociations")->setValue(3);
        field<QSpinBox>(*form, "maxAttempts")->setValue(9);
        field<QSpinBox>(*form, "retryBackoffSeconds")->setValue(20);
        field<QSpinBox>(*form, "retryBackoffMaxSeconds")->setValue(1800);
        field<QSpinBox>(*form, "minIntervalMs")->setValue(100);
        field<QSpinBox>(*form, "maxKilobytesPerSecond")->setValue(800);
        auto *charset = field<QComboBox>(*form, "characterSet");
        charset->setCurrentIndex(charset->findData(QStringLiteral("ISO_IR 101")));
        field<QCheckBox>(*form, "decompressIfRefused")->setChecked(true);
        field<QSpinBox>(*form, "connectTimeout")->setValue(11);
        field<QSpinBox>(*form, "acseTimeout")->setValue(22);
        field<QSpinBox>(*form, "dimseTimeout")->setValue(33);
        field<QSpinBox>(*form, "maxPdu")->setValue(32768);
        field<QCheckBox>(*form, "storageCommitment")->setChecked(true);
        field<QSpinBox>(*form, "commitmentTimeoutSeconds")->setValue(300);
        field<QCheckBox>(*form, "resendIfNotCommitted")->setChecked(true);
        field<QCheckBox>(*form, "verifyAfterSend")->setChecked(true);
        QVERIFY2(form->problems().isEmpty(), qPrintable(form->problems().join(u'\n')));
        form->accept();
        const Device d = page->devices()[1];
        QCOMPARE(d.name, QStringLiteral("cloud"));
        QCOMPARE(d.description, QStringLiteral("Off-site"));
        QCOMPARE(d.aeTitle, QStringLiteral("CLOUD2"));
        QCOMPARE(d.host, QStringLiteral("cloud.example"));
        QCOMPARE(d.port, 2762);
        QCOMPARE(d.callingAeTitle, QStringLiteral("WARD7C"));
        QVERIFY(d.isDefault);
        QVERIFY(!page->devices()[0].isDefault); // one default
        QCOMPARE(d.tls.certificate, QStringLiteral("/etc/c.pem"));
        QCOMPARE(d.tls.privateKey, QStringLiteral("/etc/c.key"));
        QCOMPARE(d.tls.trustedCertificates, QStringList({QStringLiteral("/etc/ca1.pem"), QStringLiteral("/etc/ca2.pem")}));
        QCOMPARE(d.tls.peerCheck, TlsSettings::PeerCheck::None);
        QCOMPARE(d.tls.profile, QStringLiteral("BCP195-Extended"));
        QVERIFY(isSealed(d.tls.sealedPassphrase)); // never in clear text
        QCOMPARE(*d.tls.passphrase(), QStringLiteral("new passphrase"));
        QCOMPARE(d.parallelAssociations, 3);
        QCOMPARE(d.maxAttempts, 9);
        QCOMPARE(d.retryBackoffSeconds, 20);
        QCOMPARE(d.retryBackoffMaxSeconds, 1800);
        QCOMPARE(d.minIntervalMs, 100);
        QCOMPARE(d.maxKilobytesPerSecond, 800);
        QCOMPARE(d.characterSet, QStringLiteral("ISO_IR 101"));
        QVERIFY(d.decompressIfRefused);
        QCOMPARE(d.connectTimeout, 11);
        QCOMPARE(d.acseTimeout, 22);
        QCOMPARE(d.dimseTimeout, 33);
        QCOMPARE(d.maxPdu, 32768);
        QVERIFY(d.storageCommitment && d.resendIfNotCommitted && d.verifyAfterSend);
        QCOMPARE(d.commitmentTimeoutSeconds, 300);
        // DICOMweb: the URL, login, user and a sealed password.
        form = page->openForm(2);
        field<QLineEdit>(*form, "name")->setText(QStringLiteral("Web archive 2"));
        field<QLineEdit>(*form, "webUrl")->setText(QStringLiteral("https://archive.example/wado"));
        auto *auth = field<QComboBox>(*form, "webAuth");
        auth->setCurrentIndex(auth->findData(int(DicomWebSettings::Auth::Basic)));
        field<QLineEdit>(*form, "webUser")->setText(QStringLiteral("ward7"));
        field<QLineEdit>(*form, "webSecret")->setText(QStringLiteral("s3cret"));
        field<QSpinBox>(*form, "webBatchSize")->setValue(7);
        form->accept();
        const Device web = page->devices()[2];
        QCOMPARE(web.name, QStringLiteral("Web archive 2"));
        QCOMPARE(web.web.url, QStringLiteral("https://archive.example/wado"));
        QCOMPARE(web.web.auth, DicomWebSettings::Auth::Basic);
        QCOMPARE(web.web.user, QStringLiteral("ward7"));
        QCOMPARE(*web.web.secret(), QStringLiteral("s3cret"));
        QCOMPARE(web.web.batchSize, 7);
        // Saved as the form left them.
        dialog.accept();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(Settings::load(path)->devices(), page->devices());
    }

    void theDeviceFormShowsEveryProblemAtItsField()
    {
        Settings s = everything(m_dir.filePath(QStringLiteral("problems.json")));
        SettingsDialog dialog(s);
        DeviceForm *form = dialog.findChild<DevicesPage *>()->openForm(0);
        field<QSpinBox>(*form, "port")->setValue(0);
        field<QLineEdit>(*form, "aeTitle")->setText(QStringLiteral("A TITLE FAR TOO LONG"));
        field<QLineEdit>(*form, "name")->setText(QStringLiteral("cloud")); // another device's name
        // All three at once, each at its own field, while editing.
        QVERIFY2(form->problemAt(QStringLiteral("port")).contains(QStringLiteral("between 1 and 65535")), qPrintable(form->problemAt(QStringLiteral("port"))));
        QVERIFY(!form->problemAt(QStringLiteral("aeTitle")).isEmpty());
        QVERIFY(form->problemAt(QStringLiteral("name")).contains(QStringLiteral("already called")));
        form->accept();
        QVERIFY(form->isVisible() || form->result() != QDialog::Accepted);
        // Fixed: gone at once.
        field<QSpinBox>(*form, "port")->setValue(104);
        QVERIFY(form->problemAt(QStringLiteral("port")).isEmpty());
        QVERIFY(!form->problemAt(QStringLiteral("aeTitle")).isEmpty());
        field<QLineEdit>(*form, "aeTitle")->setText(QStringLiteral("ARCHIVE"));
        field<QLineEdit>(*form, "name")->setText(QStringLiteral("Archive"));
        // TLS without a CA to trust is said where the CAs go.
        field<QCheckBox>(*form, "tlsEnabled")->setChecked(true);
        QVERIFY(form->problemAt(QStringLiteral("tls.trustedCertificates")).contains(QStringLiteral("CA")));
        field<QCheckBox>(*form, "tlsEnabled")->setChecked(false);
        QVERIFY(form->problems().isEmpty());
        // DICOMweb chosen but no address yet.
        auto *via = field<QComboBox>(*form, "via");
        via->setCurrentIndex(1);
        QVERIFY(form->problemAt(QStringLiteral("web.url")).contains(QStringLiteral("required")));
    }

    void editsAreSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit.json"));
        QVERIFY(everything(path).save());
        SettingsDialog dialog(*Settings::load(path));
        dialog.findChild<QLineEdit *>(QStringLiteral("institutionName"))->setText(QStringLiteral("Hospital North"));
        DeviceForm *form = dialog.findChild<DevicesPage *>()->openForm(-1);
        field<QLineEdit>(*form, "name")->setText(QStringLiteral("Scope PACS"));
        field<QLineEdit>(*form, "aeTitle")->setText(QStringLiteral("SCOPE"));
        field<QLineEdit>(*form, "host")->setText(QStringLiteral("10.0.0.5"));
        form->accept();
        QCOMPARE(dialog.findChild<DevicesPage *>()->list().table()->rowCount(), 4);
        LookupDeviceForm *ris = dialog.findChild<WorklistPage *>()->openForm(true, 0);
        field<QLineEdit>(*ris, "modality")->setText(QStringLiteral("ES"));
        auto *date = field<QComboBox>(*ris, "date");
        date->setCurrentIndex(2);
        field<QLineEdit>(*ris, "dateRange")->setText(QStringLiteral("20260101-20261231"));
        ris->accept();
        HotFolderForm *folder = dialog.findChild<MonitorPage *>()->openForm(0, {QStringLiteral("Archive"), QStringLiteral("Scope PACS")});
        auto *destination = field<QComboBox>(*folder, "destination");
        destination->setCurrentIndex(destination->findData(QStringLiteral("Scope PACS")));
        folder->setStudyValue(QStringLiteral("StudyDescription"), QStringLiteral("Endoscopy"));
        folder->accept();
        dialog.accept();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const auto reloaded = Settings::load(path);
        QCOMPARE(reloaded->site().institutionName, QStringLiteral("Hospital North"));
        QCOMPARE(reloaded->device(QStringLiteral("Scope PACS"))->aeTitle, QStringLiteral("SCOPE"));
        QCOMPARE(reloaded->worklistDevices().first().defaults.modality, QStringLiteral("ES"));
        QCOMPARE(reloaded->worklistDevices().first().defaults.date, QStringLiteral("20260101-20261231"));
        QCOMPARE(reloaded->hotFolders().first().destination, QStringLiteral("Scope PACS"));
        QCOMPARE(reloaded->hotFolders().first().study.value(QStringLiteral("StudyDescription")), QStringLiteral("Endoscopy"));
        QCOMPARE(reloaded->hotFolders().first().study.value(QStringLiteral("PatientID")), QStringLiteral("SCOPE")); // kept
    }

    void theOtherFormsShowProblemsAtTheirFields()
    {
        Settings s = everything(m_dir.filePath(QStringLiteral("other.json")));
        SettingsDialog dialog(s);
        LookupDeviceForm *lookup = dialog.findChild<WorklistPage *>()->openForm(true, 0);
        QCOMPARE(lookup->device(), s.worklistDevices().first()); // untouched: the same
        field<QLineEdit>(*lookup, "stationAeTitle")->setText(QStringLiteral("A STATION TOO LONG AE"));
        field<QLineEdit>(*lookup, "host")->clear();
        QVERIFY(!lookup->problemAt(QStringLiteral("stationAeTitle")).isEmpty());
        QVERIFY(!lookup->problemAt(QStringLiteral("host")).isEmpty());
        lookup->reject();
        HotFolderForm *folder = dialog.findChild<MonitorPage *>()->openForm(0, {QStringLiteral("Cloud")});
        QCOMPARE(folder->folder(), s.hotFolders().first()); // untouched: the same
        field<PathField>(*folder, "folder")->setText(QStringLiteral("relative/path"));
        auto *after = field<QComboBox>(*folder, "afterSend");
        after->setCurrentIndex(after->findData(int(HotFolder::AfterSend::MoveToDone)));
        field<PathField>(*folder, "doneFolder")->setText(QString());
        QMetaObject::invokeMethod(field<PathField>(*folder, "folder"), "edited");
        QVERIFY(!folder->problemAt(QStringLiteral("folder")).isEmpty());
        QVERIFY(!folder->problemAt(QStringLiteral("doneFolder")).isEmpty());
    }

    void invalidValuesAreShownAndNothingIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(everything(path).save());
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        SettingsDialog dialog(*Settings::load(path));
        dialog.show();
        // A watched folder sending to a device that is then removed: found across pages.
        answerQuestionsWith(true);
        auto *devices = dialog.findChild<DevicesPage *>();
        devices->list().setCurrentRow(1); // "Cloud", the folder's destination
        devices->list().findChild<QPushButton *>(QStringLiteral("remove"))->click();
        answerQuestionsWith(std::nullopt);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("Cloud")), qPrintable(dialog.problem()));
        dialog.findChild<QLineEdit *>(QStringLiteral("stationName"))->setText(QStringLiteral("A STATION NAME TOO LONG"));
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("stationName")), qPrintable(dialog.problem()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void connectionChecksSayTheResultInWords()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        Settings s = *Settings::load(m_dir.filePath(QStringLiteral("echo.json")));
        Device d;
        d.name = QStringLiteral("Orthanc");
        d.aeTitle = orthanc.aeTitle();
        d.host = QStringLiteral("127.0.0.1");
        d.port = orthanc.dicomPort();
        Device wrong = d;
        wrong.name = QStringLiteral("Wrong");
        wrong.aeTitle = QStringLiteral("NOBODY");
        s.setDevices({d, wrong});
        SettingsDialog dialog(s);
        auto *page = dialog.findChild<DevicesPage *>();
        // In the form, as edited: right, then wrong.
        DeviceForm *form = page->openForm(0);
        QSignalSpy checked(form, &DeviceForm::connectionChecked);
        form->checkConnection();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.last().first().toBool(), true);
        QVERIFY2(form->connectionResult().startsWith(QStringLiteral("'Orthanc' answered in")), qPrintable(form->connectionResult()));
        field<QLineEdit>(*form, "aeTitle")->setText(QStringLiteral("NOBODY"));
        form->checkConnection();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(form->connectionResult().contains(QStringLiteral("did not answer")) && form->connectionResult().contains(QStringLiteral("NOBODY")),
                 qPrintable(form->connectionResult()));
        // The whole result is readable: the label wraps rather than cutting it.
        auto *result = form->findChild<QLabel *>(QStringLiteral("echoResult"));
        QVERIFY(result->wordWrap());
        form->reject();
        // From the list, for the chosen device.
        page->list().setCurrentRow(1);
        page->list().findChild<QPushButton *>(QStringLiteral("echo"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->list().note().contains(QStringLiteral("did not answer")), 20000);
    }

    void everyChoiceHasAHumanName()
    {
        SettingsDialog dialog(everything(m_dir.filePath(QStringLiteral("names.json"))));
        const QStringList internal{QStringLiteral("SecondaryCapture"), QStringLiteral("VLPhotographic"), QStringLiteral("VideoPhotographic"),
                                   QStringLiteral("VideoEndoscopic"), QStringLiteral("H264-HP@L4.1"), QStringLiteral("BCP195-ND"), QStringLiteral("skipHostName")};
        QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        combos += dialog.findChild<DevicesPage *>()->openForm(1)->findChildren<QComboBox *>();
        for (QComboBox *combo : std::as_const(combos)) {
            for (int i = 0; i < combo->count(); ++i) {
                const QString text = combo->itemText(i);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(combo->objectName())); // no blank character-set box
                QVERIFY2(!internal.contains(text), qPrintable(text));
            }
        }
        auto *charset = dialog.findChild<MainPage *>()->findChild<QComboBox *>(QStringLiteral("characterSet"));
        QCOMPARE(charset->currentText(), QStringLiteral("Western European, Latin-1 (ISO_IR 100)"));
    }

    void aboutSaysWhereThingsAre()
    {
        Settings s = *Settings::load(m_dir.filePath(QStringLiteral("about.json")));
        AboutDialog about(s);
        QVERIFY(about.text().contains(QStringLiteral(PACSDROP_VERSION)));
        QVERIFY(about.text().contains(m_dir.filePath(QStringLiteral("about.json"))));
        QVERIFY(about.text().contains(QStringLiteral("outbox.sqlite")));
        QVERIFY(about.text().contains(QStringLiteral("DCMTK")) && about.text().contains(QStringLiteral("BSD-3-Clause")));
    }
};

PACSDROP_GUI_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
