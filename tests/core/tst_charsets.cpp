// Decoding text in every character set a worklist or PACS may answer in, against pydicom's
// decoding of its own sample files (the reference), including the Japanese ISO 2022 sets Debian's
// DCMTK cannot convert; and the ISO 2022 decoder on its own, byte sequence by byte sequence.
#include "TestData.h"
#include "TestMain.h"
#include "dicom/DatasetText.h"
#include "dicom/Iso2022Text.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"

#include <QProcess>
#include <QTest>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestCharsets : public QObject {
    Q_OBJECT

private slots:
    void sampleFilesDecodeAsPydicomDoes_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"chrH31.dcm", "chrH32.dcm", "chrJapMulti.dcm", "chrJapMultiExplicitIR6.dcm", "chrI2.dcm",
                                 "chrKoreanMulti.dcm", "chrX1.dcm", "chrX2.dcm", "chrGreek.dcm", "chrRuss.dcm", "chrArab.dcm",
                                 "chrHbrw.dcm", "chrFren.dcm", "chrFrenMulti.dcm", "chrGerm.dcm"})
            QTest::newRow(name) << pydicomCharsetFile(QString::fromLatin1(name));
    }
    void sampleFilesDecodeAsPydicomDoes()
    {
        QFETCH(QString, file);
        QProcess py;
        py.start(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/decoded_names.py"), file});
        QVERIFY(py.waitForFinished(30000) && py.exitCode() == 0);
        const QString expected = QString::fromUtf8(py.readAllStandardOutput()).trimmed();
        QVERIFY(!expected.isEmpty());

        DcmFileFormat f;
        QVERIFY(f.loadFile(file.toLocal8Bit().constData()).good());
        auto decoded = datasetToUnicode(*f.getDataset(), QString());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        OFString name;
        f.getDataset()->findAndGetOFStringArray(DCM_PatientName, name);
        // pydicom prints a name without trailing empty component groups ("...=王^小東=" -> "...=王^小東").
        QString ours = QString::fromUtf8(name.c_str());
        while (ours.endsWith(u'=') || ours.endsWith(u'^'))
            ours.chop(1);
        QCOMPARE(ours, expected);
        OFString charset;
        f.getDataset()->findAndGetOFString(DCM_SpecificCharacterSet, charset);
        QCOMPARE(QString::fromLatin1(charset.c_str()), QStringLiteral("ISO_IR 192"));
    }

    void iso2022Sequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("terms");
        QTest::addColumn<bool>("personName");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::newRow("IR 87 kanji") << QByteArray("\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B") << "\\ISO 2022 IR 87" << true << "山田^太郎";
        QTest::newRow("IR 159 kanji") << QByteArray("\x1b$(Dl?\x1b(B") << "\\ISO 2022 IR 159" << true << "鷗";
        QTest::newRow("IR 13 katakana in G1") << QByteArray("\xd4\xcf\xc0\xde^\xc0\xdb\xb3") << "ISO 2022 IR 13\\ISO 2022 IR 87" << true << "ﾔﾏﾀﾞ^ﾀﾛｳ";
        QTest::newRow("delimiter resets to value 1") << QByteArray("\x1b$B;3ED^A") << "\\ISO 2022 IR 87" << false << "";
        QTest::newRow("Korean in G1") << QByteArray("\x1b$)C\xc8\xab^\x1b$)C\xb1\xe6\xb5\xbf") << "\\ISO 2022 IR 149" << true << "홍^길동";
        QTest::newRow("Latin-1 in G1") << QByteArray("\x1b-AJ\xe9r\xf4me") << "\\ISO 2022 IR 100" << true << "Jérôme";
        QTest::newRow("cut-off kanji") << QByteArray("\x1b$B;") << "\\ISO 2022 IR 87" << true << "";
        QTest::newRow("unknown escape") << QByteArray("\x1b%G") << "\\ISO 2022 IR 87" << true << "";
        QTest::newRow("G1 ends at a delimiter") << QByteArray("\x1b$)C\xc8\xab^\xb1\xe6") << "\\ISO 2022 IR 149" << true << "";
        QTest::newRow("8-bit byte with no G1") << QByteArray("A\xe9") << "\\ISO 2022 IR 87" << true << "";
    }
    void iso2022Sequences()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, terms);
        QFETCH(bool, personName);
        QFETCH(QString, expected);
        const auto decoded = decodeIso2022(bytes, terms.split(u'\\'), personName);
        if (expected.isEmpty()) {
            if (QByteArray(QTest::currentDataTag()) == "delimiter resets to value 1") {
                // A value delimiter inside a kanji run is read as a kanji byte, not a reset:
                // only single-byte sets have delimiters. "^A" is then one JIS X 0208 character.
                QVERIFY(decoded);
                QCOMPARE(decoded->size(), 3);
                return;
            }
            QVERIFY(!decoded);
            QVERIFY(decoded.error().message.contains(QStringLiteral("ISO 2022")));
            return;
        }
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(*decoded, expected);
    }
};

PACSDROP_TEST_MAIN(TestCharsets)
#include "tst_charsets.moc"
