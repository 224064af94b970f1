// StreamedValue: a file's bytes go into a DICOM value without being loaded, and an odd-sized file
// gets its NUL pad byte while it is read, with no padded copy written anywhere (a 75 MB video
// used to be copied beside the output only for that byte).
#include "TestMain.h"

#include "convert/StreamedValue.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmdata/dcvrobow.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pacsdrop;

class TestStreamedValue : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void fileBytesReachTheValueAndOddOnesArePadded_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("even") << 100000;
        QTest::newRow("odd, several read buffers") << 3 * 1024 * 1024 + 7;
    }

    void fileBytesReachTheValueAndOddOnesArePadded()
    {
        QFETCH(int, size);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = static_cast<char>(QRandomGenerator::global()->bounded(1, 256)); // never NUL: the pad byte stands out
        const QString source = write(QStringLiteral("source-%1.bin").arg(size), bytes);
        QVERIFY(!source.isEmpty());
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);

        DcmFileFormat file;
        file.getDataset()->putAndInsertString(DCM_SOPClassUID, UID_EncapsulatedPDFStorage);
        file.getDataset()->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4");
        auto *value = new DcmOtherByteOtherWord(DCM_EncapsulatedDocument);
        file.getDataset()->insert(value);
        const auto streamed = StreamedValue::attach(*value, source);
        QVERIFY2(streamed.has_value(), qPrintable(streamed.error().message));
        QCOMPARE(streamed->sourceLength(), qint64(size));
        // Nothing written beside the source to pad it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);

        const QString out = m_dir.filePath(QStringLiteral("out-%1.dcm").arg(size));
        QVERIFY(file.saveFile(QFile::encodeName(out).constData(), EXS_LittleEndianExplicit).good());
        DcmFileFormat back;
        QVERIFY(back.loadFile(QFile::encodeName(out).constData()).good());
        const Uint8 *stored = nullptr;
        unsigned long length = 0;
        if (size > 0)
            QVERIFY(back.getDataset()->findAndGetUint8Array(DCM_EncapsulatedDocument, stored, &length).good());
        QCOMPARE(qsizetype(length), size + size % 2);
        QVERIFY(QByteArray(reinterpret_cast<const char *>(stored), size) == bytes);
        if (size % 2 != 0)
            QCOMPARE(stored[size], Uint8(0));
    }

    void anUnreadableFileIsAnError()
    {
        DcmOtherByteOtherWord value(DCM_EncapsulatedDocument);
        const auto streamed = StreamedValue::attach(value, m_dir.filePath(QStringLiteral("missing.pdf")));
        QVERIFY(!streamed.has_value());
        QCOMPARE(streamed.error().code, ErrorCode::FileUnreadable);
    }
};

PACSDROP_TEST_MAIN(TestStreamedValue)
#include "tst_streamed_value.moc"
