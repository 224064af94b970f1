// DICOM values as people write them: names in their order with the ideographic and phonetic
// forms, dates and times in the user's locale (German, Lithuanian, English) with four-digit
// years, and the plain words a clinician reads when a file did not go.
#include "TestMain.h"
#include "convert/StudyData.h"
#include "delivery/PlainWords.h"
#include "text/PeopleText.h"

using namespace pacsdrop;

class TestPeopleText : public QObject {
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("dicom");
        QTest::addColumn<QString>("people");
        QTest::newRow("family^given") << "Müller^Anna" << "Anna Müller";
        QTest::newRow("pydicom's CT") << "CompressedSamples^CT1" << "CT1 CompressedSamples";
        QTest::newRow("family only") << "HAYDN" << "HAYDN";
        QTest::newRow("all parts") << "Smith^John^Paul^Dr.^Jr." << "Dr. John Paul Smith, Jr.";
        QTest::newRow("Japanese, three forms") << "Yamada^Tarou=山田^太郎=やまだ^たろう" << "Tarou Yamada (山田 太郎, やまだ たろう)";
        QTest::newRow("Korean, ideographic only") << "Hong^Gildong=洪^吉洞" << "Gildong Hong (洪 吉洞)";
        QTest::newRow("no alphabetic form") << "=山田^太郎=やまだ^たろう" << "山田 太郎 (やまだ たろう)";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("trailing carets") << "Doe^Jane^^^" << "Jane Doe";
    }
    void names()
    {
        QFETCH(QString, dicom);
        QFETCH(QString, people);
        QCOMPARE(nameForPeople(dicom), people);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("people");
        QTest::newRow("de") << "de_DE" << "20040119" << "19.01.2004";
        QTest::newRow("lt") << "lt_LT" << "20040119" << "2004-01-19";
        QTest::newRow("en") << "en_US" << "20040119" << "1/19/2004";
        QTest::newRow("de, Vivaldi") << "de_DE" << "16780304" << "04.03.1678";
        QTest::newRow("en, four-digit year") << "en_US" << "19511015" << "10/15/1951";
        QTest::newRow("ACR-NEMA form") << "de_DE" << "1995.10.15" << "15.10.1995";
        QTest::newRow("unreadable stays") << "de_DE" << "2004-13-45" << "2004-13-45";
        QTest::newRow("empty stays empty") << "de_DE" << "" << "";
    }
    void dates()
    {
        QFETCH(QString, locale);
        QFETCH(QString, value);
        QFETCH(QString, people);
        QCOMPARE(dicomDateForPeople(value, QLocale(locale)), people);
    }

    void times()
    {
        QCOMPARE(dicomTimeForPeople(QStringLiteral("0856"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("08:56"));
        QCOMPARE(dicomTimeForPeople(QStringLiteral("085612.123"), QLocale(QStringLiteral("lt_LT"))), QStringLiteral("08:56"));
        const QString en = dicomTimeForPeople(QStringLiteral("1432"), QLocale(QStringLiteral("en_US")));
        QVERIFY2(en.startsWith(QStringLiteral("2:32")) && en.endsWith(QStringLiteral("PM")), qPrintable(en));
        QCOMPARE(dicomDateTimeForPeople(QStringLiteral("19951015"), QStringLiteral("0856"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("15.10.1995 08:56"));
        QCOMPARE(dicomDateTimeForPeople(QString(), QStringLiteral("0856"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("08:56"));
    }

    void words()
    {
        QCOMPARE(sexForPeople(QStringLiteral("F")), QStringLiteral("female"));
        QCOMPARE(sexForPeople(QStringLiteral("m")), QStringLiteral("male"));
        QCOMPARE(sexForPeople(QStringLiteral("X")), QStringLiteral("X"));
        QCOMPARE(keywordForPeople(QStringLiteral("ImageComments")), QStringLiteral("Image comments"));
        QCOMPARE(keywordForPeople(QStringLiteral("BodyPartExamined")), QStringLiteral("Body part examined"));
        QCOMPARE(keywordForPeople(QStringLiteral("PatientID")), QStringLiteral("Patient ID"));
        QCOMPARE(keywordForPeople(QStringLiteral("StudyInstanceUID")), QStringLiteral("Study instance UID"));
    }

    void plainWordsForClinicians()
    {
        // The sentence the issue asked for, word for word.
        QCOMPARE(plainFailure(ErrorCode::NetworkUnreachable, QStringLiteral("Orthanc"), true).text(),
                 QStringLiteral("The PACS 'Orthanc' cannot be reached. Your files are safe and will be sent when it is back."));
        QVERIFY(plainFailure(ErrorCode::AssociationRejected, QStringLiteral("Orthanc"), false).text().contains(QStringLiteral("Ask IT")));
        QVERIFY(plainFailure(ErrorCode::NoPresentationContext, QStringLiteral("Orthanc"), false).what.contains(QStringLiteral("does not accept this kind")));
        // No technical words reach the clinician's sentence, whatever the code.
        for (int c = 0; c <= int(ErrorCode::Internal); ++c) {
            const QString text = plainFailure(static_cast<ErrorCode>(c), QStringLiteral("Orthanc"), c % 2).text();
            QVERIFY(!text.isEmpty());
            for (const char *jargon : {"127.0.0.1", "0x", "association", "C-STORE", "DIMSE", "SOP"})
                QVERIFY2(!text.contains(QLatin1String(jargon), Qt::CaseInsensitive), qPrintable(text));
            QCOMPARE(errorCodeFromName(errorCodeName(static_cast<ErrorCode>(c))), static_cast<ErrorCode>(c)); // stored and read back
        }
        QVERIFY(passesByItself(ErrorCode::NetworkUnreachable) && passesByItself(ErrorCode::Timeout) && !passesByItself(ErrorCode::PeerFailure));
    }

    void everyStudyProblemAtOnce()
    {
        StudyData d;
        d.accessionNumber = QStringLiteral("12345678901234567");
        d.birthDate = QDate(2099, 12, 31);
        d.modality = QStringLiteral("xc");
        const QStringList problems = d.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("AccessionNumber")));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("PatientBirthDate")));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("Modality")));
        QCOMPARE(d.validate(), problems.first());
    }
};

PACSDROP_TEST_MAIN(TestPeopleText)
#include "tst_peopletext.moc"
