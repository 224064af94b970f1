// The settings dialog round-trips every field to settings.json, refuses invalid values at their
// page without writing anything, and echoes a device from its row; the About box says where
// things are.
#include "AboutDialog.h"
#include "GuiTestMain.h"
#include "Peers.h"
#include "RecordTable.h"
#include "SettingsDialog.h"
#include "common/SecretBox.h"

#include <QLineEdit>
#include <QPushButton>
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

    void editsAreSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit.json"));
        QVERIFY(everything(path).save());
        SettingsDialog dialog(*Settings::load(path));
        dialog.findChild<QLineEdit *>(QStringLiteral("institutionName"))->setText(QStringLiteral("Hospital North"));
        auto *devices = dialog.findChild<RecordTable *>(QStringLiteral("devices"));
        const int row = devices->addRow({QStringLiteral("Scope PACS"), QStringLiteral("SCOPE"), QStringLiteral("10.0.0.5"), 104, false,
                                         QString(), false, QString(), true, 4, 10, 30, 60, 131072, QString(), 1, 30, 3600, 0, 0});
        QCOMPARE(row, 3); // after the three devices of everything()
        dialog.accept();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const auto reloaded = Settings::load(path);
        QCOMPARE(reloaded->site().institutionName, QStringLiteral("Hospital North"));
        QVERIFY(reloaded->device(QStringLiteral("Scope PACS")));
        QCOMPARE(reloaded->device(QStringLiteral("Scope PACS"))->aeTitle, QStringLiteral("SCOPE"));
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
        auto *devices = dialog.findChild<RecordTable *>(QStringLiteral("devices"));
        devices->table()->item(0, 3)->setText(QStringLiteral("99999")); // port
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("port")), qPrintable(dialog.problem()));
        devices->table()->item(0, 3)->setText(QStringLiteral("104"));
        auto *folders = dialog.findChild<RecordTable *>(QStringLiteral("hotFolders"));
        folders->table()->item(0, 1)->setText(QStringLiteral("Nowhere")); // not a device: found across pages
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("Nowhere")), qPrintable(dialog.problem()));
        dialog.findChild<QLineEdit *>(QStringLiteral("stationName"))->setText(QStringLiteral("A STATION NAME TOO LONG"));
        folders->table()->item(0, 1)->setText(QStringLiteral("Cloud"));
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("stationName")), qPrintable(dialog.problem()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void echoFromTheDeviceRow()
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
        auto *devices = dialog.findChild<RecordTable *>(QStringLiteral("devices"));
        QTableWidget *table = devices->table();
        const int buttonColumn = table->columnCount() - 2, resultColumn = table->columnCount() - 1;
        static_cast<QPushButton *>(table->cellWidget(0, buttonColumn))->click();
        static_cast<QPushButton *>(table->cellWidget(1, buttonColumn))->click();
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, resultColumn)->text().startsWith(QStringLiteral("OK (")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(1, resultColumn)->text().startsWith(QStringLiteral("FAILED")), 20000);
        QVERIFY2(table->item(1, resultColumn)->text().contains(QStringLiteral("NOBODY")), qPrintable(table->item(1, resultColumn)->text()));
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
