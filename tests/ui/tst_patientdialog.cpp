// The patient dialog as a clinician meets it: it names the files it is for, speaks no DICOM,
// takes dates as people write them (or from a calendar) with today as the study date, shows every
// problem at its own field at once and takes each away when fixed; filled from the worklist, the
// copied identity is visibly read-only and can be typed in instead. The search shows names and
// dates as people write them, with the patient's sex.
#include "DateField.h"
#include "GuiTestMain.h"
#include "LookupResultsModel.h"
#include "PatientDialog.h"
#include "PatientSearchDialog.h"
#include "Peers.h"
#include "TestData.h"
#include "ViewChecks.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeEdit>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

Settings plain() { return *Settings::load(QStringLiteral("/nonexistent/settings.json")); }

QLineEdit *line(QWidget &w, const char *name) { return w.findChild<QLineEdit *>(QString::fromLatin1(name)); }

// As typed (textEdited fires, as for keys): the dialog checks on every change.
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty())
        edit->del();
    else
        edit->insert(text);
}

} // namespace

class TestPatientDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("de_DE"))); }

    void speaksNoDicomAndNamesItsFiles()
    {
        PatientDialog dialog(plain());
        dialog.setFiles({QStringLiteral("/photos/wound.jpg"), QStringLiteral("/scans/referral.pdf"), QStringLiteral("/a/1.png"),
                         QStringLiteral("/a/2.png"), QStringLiteral("/a/3.png"), QStringLiteral("/a/4.png")});
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Patient and study"));
        const QString forFiles = dialog.findChild<QLabel *>(QStringLiteral("forFiles"))->text();
        QVERIFY2(forFiles.contains(QStringLiteral("wound.jpg")) && forFiles.contains(QStringLiteral("referral.pdf")) && forFiles.contains(QStringLiteral("2 more")),
                 qPrintable(forFiles));
        // No DICOM words or formats anywhere a clinician reads.
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            for (const char *jargon : {"DICOM", "YYYYMMDD", "HHMMSS", "ImageComments", "(0008"})
                QVERIFY2(!label->text().contains(QLatin1String(jargon)), qPrintable(label->text()));
        }
        // The study is today unless said otherwise; the time is now.
        QCOMPARE(dialog.findChild<DateField *>(QStringLiteral("StudyDate"))->date(), QDate::currentDate());
        QVERIFY(qAbs(dialog.findChild<QTimeEdit *>(QStringLiteral("StudyTime"))->time().secsTo(QTime::currentTime())) < 120);
        // The free-text field is named as people say it.
        QVERIFY(line(dialog, "ImageComments"));
    }

    void everyProblemShowsAtItsFieldAndGoesWhenFixed()
    {
        PatientDialog dialog(plain());
        dialog.show();
        type(line(dialog, "PatientFamilyName"), QStringLiteral("Müller"));
        type(line(dialog, "AccessionNumber"), QStringLiteral("12345678901234567")); // at most 16
        auto *born = dialog.findChild<DateField *>(QStringLiteral("PatientBirthDate"));
        type(born->edit(), QStringLiteral("31.12.2099")); // German, as people write it
        QCOMPARE(born->date(), QDate(2099, 12, 31));
        // Both problems show at once, while typing, each at its field.
        QVERIFY2(dialog.problemAt(QStringLiteral("AccessionNumber")).contains(QStringLiteral("too long")), qPrintable(dialog.problemAt(QStringLiteral("AccessionNumber"))));
        QVERIFY(dialog.problemAt(QStringLiteral("PatientBirthDate")).contains(QStringLiteral("future")));
        QVERIFY(dialog.problemAt(QStringLiteral("PatientID")).isEmpty()); // "required" waits for OK
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problemsShown().size(), 3); // the ID too, now
        QVERIFY(!dialog.problemAt(QStringLiteral("PatientID")).isEmpty());
        // Each goes away as soon as it is fixed.
        type(line(dialog, "AccessionNumber"), QStringLiteral("A77"));
        QVERIFY(dialog.problemAt(QStringLiteral("AccessionNumber")).isEmpty());
        QCOMPARE(dialog.problemsShown().size(), 2);
        type(born->edit(), QStringLiteral("31.1.1980"));
        QVERIFY(dialog.problemAt(QStringLiteral("PatientBirthDate")).isEmpty());
        type(born->edit(), QStringLiteral("31.13.1980"));
        QVERIFY(dialog.problemAt(QStringLiteral("PatientBirthDate")).contains(QStringLiteral("not a date")));
        type(born->edit(), QStringLiteral("1980-01-31")); // ISO works too
        QVERIFY(dialog.problemAt(QStringLiteral("PatientBirthDate")).isEmpty());
        type(line(dialog, "PatientID"), QStringLiteral("123"));
        QVERIFY(dialog.problemsShown().isEmpty());
        // Nothing is clipped: every problem label that shows is as tall as its text needs.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const StudyData d = dialog.studyData();
        QCOMPARE(d.patientName.toDicom(), QStringLiteral("Müller"));
        QCOMPARE(d.patientId, QStringLiteral("123"));
        QCOMPARE(d.birthDate, QDate(1980, 1, 31));
        QCOMPARE(d.accessionNumber, QStringLiteral("A77"));
        QCOMPARE(d.studyDate, QDate::currentDate());
    }

    void problemsAreNotClipped()
    {
        PatientDialog dialog(plain());
        dialog.show();
        type(line(dialog, "StudyDescription"), QString(70, u'x'));
        type(line(dialog, "AccessionNumber"), QString(20, u'1'));
        dialog.accept();
        QTest::qWait(50);
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->objectName().endsWith(QLatin1String("Problem")) || label->isHidden())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 1,
                     qPrintable(QStringLiteral("%1: %2 high, needs %3 at width %4; dialog %5x%6, wants %7").arg(label->objectName()).arg(label->height())
                                    .arg(label->heightForWidth(label->width())).arg(label->width()).arg(dialog.width()).arg(dialog.height())
                                    .arg(dialog.layout()->totalHeightForWidth(dialog.width()))));
            QVERIFY(dialog.rect().contains(label->mapTo(&dialog, label->rect().bottomRight())));
        }
    }

    void twoDigitYearsAndOtherLocales()
    {
        QCOMPARE(DateField::parse(QStringLiteral("19.01.04")), QDate(2004, 1, 19));
        QCOMPARE(DateField::parse(QStringLiteral("19.01.51")), QDate(1951, 1, 19));
        QCOMPARE(DateField::parse(QStringLiteral("19800131")), QDate(1980, 1, 31));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(DateField::parse(QStringLiteral("1/31/1980")), QDate(1980, 1, 31));
        QLocale::setDefault(QLocale(QStringLiteral("lt_LT")));
        QCOMPARE(DateField::parse(QStringLiteral("1980-01-31")), QDate(1980, 1, 31));
        DateField field;
        field.setDate(QDate(1980, 1, 31));
        QCOMPARE(field.edit()->text(), QStringLiteral("1980-01-31"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    }

    void worklistFillsAndLooksReadOnly()
    {
        WorklistScp scp;
        QVERIFY2(scp.addDcmtkSamples(), qPrintable(scp.lastError()));
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        Settings s = plain();
        LookupDevice ris;
        ris.connection.name = QStringLiteral("RIS");
        ris.connection.aeTitle = QStringLiteral("OFFIS");
        ris.connection.host = QStringLiteral("127.0.0.1");
        ris.connection.port = scp.target().section(u':', -1).toInt();
        ris.defaults.date = QStringLiteral("any");
        s.setWorklistDevices({ris});
        PatientDialog dialog(s);
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("search"))->click();
        PatientSearchDialog *search = nullptr;
        QTRY_VERIFY((search = dialog.findChild<PatientSearchDialog *>()) != nullptr && search->isVisible());
        QCOMPARE(search->findChild<QComboBox *>(QStringLiteral("dateChoice"))->currentText(), QStringLiteral("Any date")); // the device's default
        search->findChild<QLineEdit *>(QStringLiteral("patientName"))->setText(QStringLiteral("HAYDN*"));
        QSignalSpy done(search, &PatientSearchDialog::searchFinished);
        search->search();
        QVERIFY(done.wait(20000));
        QCOMPARE(search->resultCount(), 3); // as findscu finds them
        // Names and dates as people write them, the sex shown, nothing cut off.
        LookupResultsModel &results = search->results();
        QCOMPARE(results.headerData(LookupResultsModel::Sex, Qt::Horizontal).toString(), QStringLiteral("Sex"));
        QCOMPARE(results.data(results.index(0, LookupResultsModel::Patient)).toString(), QStringLiteral("FRANZ JOSEPH HAYDN"));
        const QString scheduled = results.data(results.index(0, LookupResultsModel::When)).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$")).match(scheduled).hasMatch(), qPrintable(scheduled));
        QTableView &view = search->resultsView();
        for (int r = 0; r < results.rowCount(); ++r) {
            for (int c : {int(LookupResultsModel::Patient), int(LookupResultsModel::When), int(LookupResultsModel::Sex), int(LookupResultsModel::Born)})
                QVERIFY2(fitsUnelided(view, results.index(r, c)), qPrintable(results.index(r, c).data().toString()));
        }
        view.selectRow(0);
        const QString accession = results.data(results.index(0, LookupResultsModel::Accession)).toString();
        search->accept();
        QTRY_COMPARE(line(dialog, "PatientID")->text(), QStringLiteral("HF"));
        // Copied, not re-typed: read-only, and it looks so.
        QVERIFY(line(dialog, "PatientID")->isReadOnly());
        QVERIFY(line(dialog, "PatientID")->styleSheet().contains(QStringLiteral("dashed")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("lookupBanner"))->text().contains(QStringLiteral("the worklist 'RIS'")));
        QCOMPARE(line(dialog, "PatientFamilyName")->text(), QStringLiteral("HAYDN"));
        QCOMPARE(line(dialog, "AccessionNumber")->text(), accession);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const StudyData d = dialog.studyData();
        QCOMPARE(d.accessionNumber, accession);
        QVERIFY(!d.studyInstanceUid.isEmpty());
        QCOMPARE(d.requests.size(), 1);
    }

    void typeInInsteadOfTheWorklist()
    {
        PatientDialog dialog(plain());
        StudyData found;
        found.patientId = QStringLiteral("W1");
        found.patientName = PersonName::fromDicom(QStringLiteral("Doe^Jane"));
        found.studyInstanceUid = QStringLiteral("1.2.3");
        dialog.useLookupResult(found, QStringLiteral("the worklist 'RIS'"));
        QVERIFY(line(dialog, "PatientID")->isReadOnly());
        dialog.findChild<QPushButton *>(QStringLiteral("typeInstead"))->click();
        QVERIFY(!line(dialog, "PatientID")->isReadOnly());
        QVERIFY(!dialog.identityFromLookup());
        type(line(dialog, "PatientID"), QStringLiteral("W2"));
        dialog.accept();
        QCOMPARE(dialog.studyData().patientId, QStringLiteral("W2"));
        QVERIFY(dialog.studyData().studyInstanceUid.isEmpty()); // a study of its own, not the scheduled one
    }

    void noIdentityOfAnotherPatientStaysBehindTheFields()
    {
        StudyData found;
        found.patientId = QStringLiteral("YT1");
        found.issuerOfPatientId = QStringLiteral("HOSP-A");
        found.patientName = PersonName::fromDicom(QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
        found.studyInstanceUid = QStringLiteral("1.2.3.4");
        found.accessionNumber = QStringLiteral("ACC1");
        found.requests = {RequestedStep{QStringLiteral("ACC1"), {}, {}, {}, {}}};
        found.studyDate = QDate(2026, 1, 2);
        {
            PatientDialog dialog(plain());
            dialog.useLookupResult(found, QStringLiteral("the worklist 'RIS'"));
            dialog.findChild<QPushButton *>(QStringLiteral("typeInstead"))->click();
            type(line(dialog, "PatientFamilyName"), QStringLiteral("Smith"));
            type(line(dialog, "PatientGivenName"), QStringLiteral("Anna"));
            type(line(dialog, "PatientID"), QStringLiteral("S-9"));
            dialog.accept();
            const StudyData d = dialog.studyData();
            QCOMPARE(d.patientName.toDicom(), QStringLiteral("Smith^Anna")); // not Smith^Anna=山田^太郎=…
            QVERIFY(d.issuerOfPatientId.isEmpty() && d.studyInstanceUid.isEmpty() && d.requests.isEmpty());
        }
        // The next batch starts from the same patient, but a study of its own, today.
        const StudyData next = PatientDialog::forNextBatch(found);
        QVERIFY(next.studyInstanceUid.isEmpty() && next.requests.isEmpty() && next.accessionNumber.isEmpty() && !next.studyDate.isValid());
        PatientDialog dialog(plain());
        dialog.setStudyData(next);
        QCOMPARE(dialog.findChild<DateField *>(QStringLiteral("StudyDate"))->date(), QDate::currentDate());
        type(line(dialog, "PatientID"), QStringLiteral("OTHER-9")); // another patient typed over it
        dialog.accept();
        QVERIFY(dialog.studyData().issuerOfPatientId.isEmpty()); // the issuer belonged to YT1
        QCOMPARE(dialog.studyData().patientName.ideographic, QStringLiteral("山田^太郎")); // the name did not change: its forms stay
    }

    void worklistOnlyMakesTheDialogReadOnly()
    {
        Settings s = plain();
        SiteSettings site;
        site.worklistOnlyForNonDicom = true;
        site.additionalInfoKeyword = QStringLiteral("BodyPartExamined");
        s.setSite(site);
        PatientDialog dialog(s);
        QVERIFY(line(dialog, "PatientID")->isReadOnly());
        QVERIFY(line(dialog, "StudyDescription")->isReadOnly());
        QVERIFY(line(dialog, "BodyPartExamined")); // the site's additional-info attribute
    }
};

PACSDROP_GUI_TEST_MAIN(TestPatientDialog)
#include "tst_patientdialog.moc"
