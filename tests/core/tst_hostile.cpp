// Hostile and broken input, as an attacker or a careless tool hands it over (tests/scripts/
// make_hostile.py writes each file byte by byte): nothing crashes, nothing unchecked passes, and
// each refusal names the real cause. Covers the structure walk before DCMTK parses (nesting that
// would overflow its stack, deflate bombs, deflated values past the end), UIDs against the grammar,
// pixel descriptions that cannot be true, the reasons intake gives (unknown transfer syntax, file
// names that are not UTF-8), previews of such files, and PDFs Poppler cannot walk.
#include "TestData.h"
#include "TestMain.h"
#include "convert/Converter.h"
#include "dicom/DicomFileInfo.h"
#include "dicom/StructureScan.h"
#include "intake/Intake.h"
#include "preview/Preview.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString hostile(const QString &name) const { return m_dir.filePath(QStringLiteral("hostile/") + name); }

private slots:
    void initTestCase()
    {
        QCOMPARE(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3),
                                   {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_hostile.py"), m_dir.filePath(QStringLiteral("hostile"))}),
                 0);
    }

    void theStructureIsWalkedBeforeAnyParser_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("deepest"); // -1: refused
        QTest::addColumn<QString>("words");
        QTest::newRow("256 levels") << hostile(QStringLiteral("nest_256.dcm")) << 256 << QString();
        QTest::newRow("6000 levels") << hostile(QStringLiteral("nest_6000.dcm")) << -1 << QStringLiteral("nested more than 256 deep");
        QTest::newRow("6000 levels, bare implicit") << hostile(QStringLiteral("nest_6000_implicit_bare.dcm")) << -1
                                                    << QStringLiteral("nested more than 256 deep");
        QTest::newRow("deflate bomb") << hostile(QStringLiteral("deflate_bomb.dcm")) << -1 << QStringLiteral("inflates to more than 512 MiB");
        QTest::newRow("deflated value past the end") << hostile(QStringLiteral("deflated_value_past_end.dcm")) << -1
                                                     << QStringLiteral("ends inside a value that declares 3221225472 bytes");
        QTest::newRow("UN sequence") << pydicomFile(QStringLiteral("UN_sequence.dcm")) << 1 << QString();
        QTest::newRow("deflated, fine") << pydicomFile(QStringLiteral("image_dfl.dcm")) << 0 << QString();
    }
    void theStructureIsWalkedBeforeAnyParser()
    {
        QFETCH(QString, file);
        QFETCH(int, deepest);
        QFETCH(QString, words);
        const auto scan = scanStructure(file);
        if (deepest < 0) {
            QVERIFY(!scan);
            QCOMPARE(scan.error().code, ErrorCode::DamagedFile);
            QVERIFY2(scan.error().message.contains(words), qPrintable(scan.error().message));
            // The same from memory (an upload).
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!scanStructure(f.readAll()));
            return;
        }
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QVERIFY2(scan->deepest >= deepest, qPrintable(QString::number(scan->deepest)));
    }

    void eachRefusalNamesItsCause_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words"); // empty: accepted
        QTest::newRow("nesting") << hostile(QStringLiteral("nest_6000.dcm")) << QStringLiteral("nested more than 256 deep");
        QTest::newRow("uid path traversal") << hostile(QStringLiteral("uid_path_traversal.dcm"))
                                            << QStringLiteral("SOP Instance UID \"../../../../tmp/pwned\" is not a valid UID");
        QTest::newRow("uid too long") << hostile(QStringLiteral("uid_too_long.dcm")) << QStringLiteral("64");
        QTest::newRow("study uid letters") << hostile(QStringLiteral("uid_study_letters.dcm")) << QStringLiteral("Study Instance UID \"1.2.3.abc\"");
        QTest::newRow("bits allocated 0") << hostile(QStringLiteral("bits_allocated_0.dcm")) << QStringLiteral("Bits Allocated");
        QTest::newRow("2^31 frames") << hostile(QStringLiteral("frames_2g.dcm")) << QStringLiteral("2147483648");
        QTest::newRow("65535 x 65535 in 4 bytes") << hostile(QStringLiteral("geometry_65535.dcm")) << QStringLiteral("65535");
        QTest::newRow("unknown transfer syntax") << hostile(QStringLiteral("unknown_transfer_syntax.dcm"))
                                                 << QStringLiteral("transfer syntax 1.2.3.4.5.6.7.8.99, which PacsDrop does not know");
        QTest::newRow("deflate bomb") << hostile(QStringLiteral("deflate_bomb.dcm")) << QStringLiteral("inflates to more than");
        // Fine files that were once blamed on "the file changed since it was added".
        QTest::newRow("no meta group length") << hostile(QStringLiteral("no_meta_group_length.dcm")) << QString();
        // pydicom's UN-sequence sample is a fragment: its dataset has no SOP UIDs of its own.
        QTest::newRow("UN sequence, no own UIDs") << pydicomFile(QStringLiteral("UN_sequence.dcm"))
                                                  << QStringLiteral("the dataset has no SOP Class UID (only its file header names");
    }
    void eachRefusalNamesItsCause()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        const auto info = readDicomFileInfo(file);
        if (words.isEmpty()) {
            QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
            QVERIFY(!info->sopInstanceUid.isEmpty());
            return;
        }
        QVERIFY(!info);
        QVERIFY2(info.error().message.contains(words), qPrintable(info.error().message));
        QVERIFY(!info.error().message.contains(QStringLiteral("changed since")));
        // Intake says the same, and a good file in the same batch is still taken.
        const QList<IntakeItem> items = collectItems({file, pydicomFile(QStringLiteral("CT_small.dcm"))});
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, IntakeItem::Kind::Rejected);
        QVERIFY2(items[0].reason.contains(words), qPrintable(items[0].reason));
        QCOMPARE(items[1].kind, IntakeItem::Kind::Dicom);
    }

    void previewsShowTheProblemInsteadOfRendering_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("nesting") << QStringLiteral("nest_6000.dcm") << QStringLiteral("nested more than 256 deep");
        QTest::newRow("bits allocated 0") << QStringLiteral("bits_allocated_0.dcm") << QStringLiteral("Bits Allocated");
        QTest::newRow("2^31 frames") << QStringLiteral("frames_2g.dcm") << QStringLiteral("2147483648");
        QTest::newRow("65535 x 65535") << QStringLiteral("geometry_65535.dcm") << QStringLiteral("65535");
        QTest::newRow("deflate bomb") << QStringLiteral("deflate_bomb.dcm") << QStringLiteral("inflates");
    }
    void previewsShowTheProblemInsteadOfRendering()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        const Preview p = previewOf(hostile(file), QSize(400, 300));
        QVERIFY(p.picture.isNull());
        QVERIFY2(p.problem.contains(words), qPrintable(p.problem));
        QVERIFY(p.title.startsWith(file));
    }

    void pdfsPopplerCannotWalkAreNotWrapped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("page tree loop") << QStringLiteral("pages_loop.pdf");
        QTest::newRow("broken xref") << QStringLiteral("broken_xref.pdf");
    }
    void pdfsPopplerCannotWalkAreNotWrapped()
    {
        QFETCH(QString, file);
        StudyData data;
        data.patientName = PersonName::fromDicom(QStringLiteral("Test^Hostile"));
        data.patientId = QStringLiteral("H-1");
        const QString out = m_dir.filePath(QStringLiteral("pdf-out-") + file);
        const QList<ConversionItem> items = convertFiles({hostile(file)}, data, out);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().error.has_value(), "a PDF Poppler cannot walk was wrapped");
        QVERIFY2(items.first().error->message.contains(QStringLiteral("PDF")), qPrintable(items.first().error->message));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
    }

    void fileNamesThatAreNotUtf8AreSaidSo()
    {
        // A name with a Latin-1 byte (as copied from an old system), beside a good file.
        const QByteArray folder = QFile::encodeName(m_dir.filePath(QStringLiteral("names")));
        QVERIFY(QDir().mkpath(QString::fromLocal8Bit(folder)));
        const QByteArray bad = folder + "/r\xf6ntgen.dcm";
        const int fd = ::open(bad.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), QString::fromLocal8Bit(folder) + QStringLiteral("/good.dcm")));
        const QList<IntakeItem> items = collectItems({QString::fromLocal8Bit(folder)});
        bool saidSo = false, goodTaken = false;
        for (const IntakeItem &item : items) {
            if (item.kind == IntakeItem::Kind::Rejected && item.reason.contains(QStringLiteral("not valid UTF-8")))
                saidSo = true;
            if (item.path.endsWith(QStringLiteral("good.dcm")) && item.kind == IntakeItem::Kind::Dicom)
                goodTaken = true;
            QVERIFY2(!item.reason.contains(QStringLiteral("not found")), qPrintable(item.reason));
        }
        QVERIFY(saidSo);
        QVERIFY(goodTaken);
    }
};

PACSDROP_TEST_MAIN(TestHostile)
#include "tst_hostile.moc"
