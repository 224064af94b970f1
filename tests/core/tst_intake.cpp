// Intake: classification and header reading of real files (pydicom's samples), folders,
// DICOMDIR media, and bad input that gets a reason without stopping the batch.
#include "TestData.h"
#include "TestMain.h"
#include "intake/Intake.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

const IntakeItem *find(const QList<IntakeItem> &items, const QString &endsWith)
{
    for (const IntakeItem &i : items) {
        if (i.path.endsWith(endsWith))
            return &i;
    }
    return nullptr;
}

// Copies a folder tree, optionally lower-casing every name (as media mounted on other systems).
void copyTree(const QString &from, const QString &to, bool lowerCase)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QString relative = QDir(from).relativeFilePath(file);
        if (lowerCase)
            relative = relative.toLower();
        QDir().mkpath(QFileInfo(to + u'/' + relative).absolutePath());
        QFile::copy(file, to + u'/' + relative);
    }
}

} // namespace

class TestIntake : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void readsHeaderOfRealFile()
    {
        auto info = readDicomFileInfo(pydicomFile(QStringLiteral("CT_small.dcm")));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
        QCOMPARE(info->sopInstanceUid, QStringLiteral("1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322"));
        QCOMPARE(info->studyInstanceUid, QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"));
        QCOMPARE(info->transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        QCOMPARE(info->patientName, QStringLiteral("CompressedSamples^CT1"));
        QCOMPARE(info->patientId, QStringLiteral("1CT1"));
        QCOMPARE(info->modality, QStringLiteral("CT"));
        QVERIFY(info->hasMetaHeader);
    }

    void readsRtAndCompressedObjects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sopClass");
        QTest::addColumn<QString>("transferSyntax");
        QTest::newRow("rtplan") << "rtplan.dcm" << "1.2.840.10008.5.1.4.1.1.481.5" << "1.2.840.10008.1.2";
        QTest::newRow("rtdose") << "rtdose.dcm" << "1.2.840.10008.5.1.4.1.1.481.2" << "1.2.840.10008.1.2";
        QTest::newRow("rtstruct") << "rtstruct.dcm" << "1.2.840.10008.5.1.4.1.1.481.3" << "1.2.840.10008.1.2";
        QTest::newRow("jpeg lossless") << "MR_small_jpeg_ls_lossless.dcm" << "1.2.840.10008.5.1.4.1.1.4" << "1.2.840.10008.1.2.4.80";
        QTest::newRow("rle") << "MR_small_RLE.dcm" << "1.2.840.10008.5.1.4.1.1.4" << "1.2.840.10008.1.2.5";
        QTest::newRow("j2k") << "JPEG2000.dcm" << "1.2.840.10008.5.1.4.1.1.7" << "1.2.840.10008.1.2.4.91";
        QTest::newRow("big endian") << "MR_small_bigendian.dcm" << "1.2.840.10008.5.1.4.1.1.4" << "1.2.840.10008.1.2.2";
    }
    void readsRtAndCompressedObjects()
    {
        QFETCH(QString, file);
        QFETCH(QString, sopClass);
        QFETCH(QString, transferSyntax);
        auto info = readDicomFileInfo(pydicomFile(file));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->sopClassUid, sopClass);
        QCOMPARE(info->transferSyntaxUid, transferSyntax);
        QVERIFY(!info->sopInstanceUid.isEmpty());
    }

    void bareDatasetWithoutMetaHeader()
    {
        auto info = readDicomFileInfo(pydicomFile(QStringLiteral("ExplVR_LitEndNoMeta.dcm")));
        QVERIFY(info);
        QVERIFY(!info->hasMetaHeader);
        QCOMPARE(info->transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
    }

    void badInputGetsAReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << pydicomFile(QStringLiteral("MR_truncated.dcm")) << QStringLiteral("damaged DICOM file");
        QTest::newRow("truncated rtplan") << pydicomFile(QStringLiteral("rtplan_truncated.dcm")) << QStringLiteral("damaged DICOM file");
        QTest::newRow("zero bytes") << QStringLiteral("zero.dcm") << QStringLiteral("empty file");
        QTest::newRow("text") << QStringLiteral("notes.txt") << QStringLiteral("not a DICOM file");
        // "DICM" says it is one, however little follows: damaged, not "not DICOM".
        QTest::newRow("preamble only") << QStringLiteral("preamble.dcm") << QStringLiteral("damaged DICOM file");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/file.dcm") << QStringLiteral("not found");
        QTest::newRow("no SOP class") << pydicomFile(QStringLiteral("meta_missing_tsyntax.dcm")) << QStringLiteral("SOP Class UID");
    }
    void badInputGetsAReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QFile(m_dir.filePath(QStringLiteral("zero.dcm"))).open(QIODevice::WriteOnly);
        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        text.open(QIODevice::WriteOnly);
        text.write("Referral letter, page 1\n");
        text.close();
        QFile preamble(m_dir.filePath(QStringLiteral("preamble.dcm")));
        preamble.open(QIODevice::WriteOnly);
        preamble.write(QByteArray(128, '\0') + "DICM");
        preamble.close();
        const QString full = path.startsWith(u'/') ? path : m_dir.filePath(path);
        const QList<IntakeItem> items = collectItems({full});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, IntakeItem::Kind::Rejected);
        QVERIFY2(items.first().reason.contains(reason), qPrintable(items.first().reason));
    }

    void badFilesDoNotStopTheBatch()
    {
        const QList<IntakeItem> items = collectItems({pydicomFile(QStringLiteral("MR_truncated.dcm")),
                                                      pydicomFile(QStringLiteral("CT_small.dcm")),
                                                      QStringLiteral("/nonexistent"),
                                                      pydicomFile(QStringLiteral("MR_small.dcm"))});
        QCOMPARE(items.size(), 4);
        QCOMPARE(find(items, QStringLiteral("CT_small.dcm"))->kind, IntakeItem::Kind::Dicom);
        QCOMPARE(find(items, QStringLiteral("MR_small.dcm"))->kind, IntakeItem::Kind::Dicom);
        QCOMPARE(find(items, QStringLiteral("MR_truncated.dcm"))->kind, IntakeItem::Kind::Rejected);
    }

    void foldersRecursivelyAndEachFileOnce()
    {
        const QString root = m_dir.filePath(QStringLiteral("tree"));
        QDir().mkpath(root + QStringLiteral("/a/b/c"));
        QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), root + QStringLiteral("/a/ct.dcm"));
        QFile::copy(pydicomFile(QStringLiteral("MR_small.dcm")), root + QStringLiteral("/a/b/c/mr"));
        QFile::copy(pydicomFile(QStringLiteral("rtplan.dcm")), root + QStringLiteral("/a/b/.hidden-plan"));
        QFile readme(root + QStringLiteral("/README.txt"));
        readme.open(QIODevice::WriteOnly);
        readme.write("not dicom");
        readme.close();
        // the same folder twice and a file inside it again: still once each
        const QList<IntakeItem> items = collectItems({root, root + QStringLiteral("/a"), root + QStringLiteral("/a/ct.dcm")});
        QCOMPARE(items.size(), 4);
        int dicom = 0;
        for (const IntakeItem &i : items)
            dicom += i.kind == IntakeItem::Kind::Dicom;
        QCOMPARE(dicom, 3);
        QCOMPARE(find(items, QStringLiteral("README.txt"))->kind, IntakeItem::Kind::Rejected);
    }

    void emptyFolderIsReported()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty/sub"));
        QDir().mkpath(empty);
        const QList<IntakeItem> items = collectItems({m_dir.filePath(QStringLiteral("empty"))});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, IntakeItem::Kind::Rejected);
        QVERIFY(items.first().reason.contains(QStringLiteral("no files")));
    }

    void dicomdirListsItsFiles()
    {
        const QString dicomdir = pydicomFile(QStringLiteral("dicomdirtests/DICOMDIR"));
        const QList<IntakeItem> items = collectItems({dicomdir});
        int dicom = 0;
        QSet<QString> uids;
        for (const IntakeItem &i : items) {
            if (i.kind == IntakeItem::Kind::Dicom) {
                ++dicom;
                uids.insert(i.dicom.sopInstanceUid);
            }
        }
        QCOMPARE(dicom, 31); // every ReferencedFileID in the DICOMDIR (dcmdump counts 31)
        QCOMPARE(uids.size(), 31);
        QCOMPARE(find(items, QStringLiteral("/DICOMDIR"))->kind, IntakeItem::Kind::MediaIndex);
    }

    void dicomdirOnMediaWithOtherCaseAndMissingFile()
    {
        const QString media = m_dir.filePath(QStringLiteral("cdrom"));
        copyTree(pydicomFile(QStringLiteral("dicomdirtests")), media, true);
        QFile::rename(media + QStringLiteral("/dicomdir"), media + QStringLiteral("/DICOMDIR"));
        QVERIFY(QFile::remove(media + QStringLiteral("/77654033/cr1/6154")));
        const QList<IntakeItem> items = collectItems({media + QStringLiteral("/DICOMDIR")});
        int dicom = 0;
        for (const IntakeItem &i : items)
            dicom += i.kind == IntakeItem::Kind::Dicom;
        QCOMPARE(dicom, 30);
        const IntakeItem *missing = find(items, QStringLiteral("6154"));
        QVERIFY(missing);
        QCOMPARE(missing->kind, IntakeItem::Kind::Rejected);
        QVERIFY2(missing->reason.contains(QStringLiteral("missing")), qPrintable(missing->reason));
    }
};

PACSDROP_TEST_MAIN(TestIntake)
#include "tst_intake.moc"
