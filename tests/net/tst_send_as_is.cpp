// A Part 10 file in a transfer syntax the peer accepts goes out bit for bit: the dataset bytes
// storescp receives (+B writes them as they arrived) are the file's own, from sequences of
// undefined length to odd private elements, compressed or not, in PDVs as long as the peer takes.
// The C-STORE command PacsDrop writes for it is the one PS3.7 describes. A file that changed
// after it was added is still refused before a byte of it goes.
#include "CoreSend.h"
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "dicom/StructureScan.h"
#include "intake/Intake.h"
#include "net/StoreCommand.h"
#include "outbox/Outbox.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcistrmb.h"

#include <QFile>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

// The bytes after a Part 10 file's meta header.
QByteArray datasetBytes(const QString &path)
{
    auto scan = scanStructure(path);
    QFile f(path);
    if (!scan || scan->datasetOffset <= 0 || !f.open(QIODevice::ReadOnly) || !f.seek(scan->datasetOffset))
        return {};
    return f.readAll();
}

} // namespace

class TestSendAsIs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void datasetsArriveBitForBit()
    {
        // Chosen for what a re-encoding would change: sequences and items of undefined length
        // (rtplan, rtdose, SR documents, waveform), implicit VR, encapsulated pixel data,
        // and a 6 MB multi-frame object that takes many PDVs.
        QStringList files;
        for (const char *name : {"CT_small.dcm", "MR_small_implicit.dcm", "rtplan.dcm", "reportsi.dcm", "rtdose.dcm", "test-SR.dcm", "waveform_ecg.dcm",
                                 "JPEG2000.dcm", "MR_small_RLE.dcm"})
            files << pydicomFile(QString::fromLatin1(name));
        files += makeSeries(m_dir.filePath(QStringLiteral("multiframe")), 1, 512, 512, 12);

        StoreScp scp({QStringLiteral("+B"), QStringLiteral("+xa")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const Sent sent = sendFiles(files, deviceFor(QStringLiteral("STORESCP"), scp.port()),
                                    m_dir.filePath(QStringLiteral("bits.sqlite")));
        QVERIFY2(sent.rejected.isEmpty(), qPrintable(sent.rejected.keys().join(u' ')));
        QVERIFY2(sent.summary.delivered == files.size(), qPrintable(outcomeText(sent)));

        QList<QByteArray> received;
        for (const QString &r : scp.receivedFiles())
            received << datasetBytes(r);
        QCOMPARE(received.size(), files.size());
        for (const QString &f : files) {
            const QByteArray original = datasetBytes(f);
            QVERIFY2(!original.isEmpty(), qPrintable(f));
            QVERIFY2(received.contains(original), qPrintable(f + QStringLiteral(" arrived with other bytes")));
        }
    }

    void theCommandIsTheStandardOne()
    {
        const QString sopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), instance = QStringLiteral("1.2.3.45"); // odd length: padded
        const QByteArray command = storeRequestCommand(0x1234, sopClass, instance);
        QCOMPARE(command.size() % 2, 0);
        DcmInputBufferStream in;
        in.setBuffer(command.constData(), static_cast<offile_off_t>(command.size()));
        in.setEos();
        DcmDataset set;
        set.transferInit();
        QVERIFY(set.read(in, EXS_LittleEndianImplicit).good());
        set.transferEnd();
        Uint32 groupLength = 0;
        QVERIFY(set.findAndGetUint32(DCM_CommandGroupLength, groupLength).good());
        QCOMPARE(qint64(groupLength), qint64(command.size() - 12)); // everything after the group length element
        OFString value;
        QVERIFY(set.findAndGetOFString(DCM_AffectedSOPClassUID, value).good());
        QCOMPARE(QString::fromLatin1(value.c_str()), sopClass);
        QVERIFY(set.findAndGetOFString(DCM_AffectedSOPInstanceUID, value).good());
        QCOMPARE(QString::fromLatin1(value.c_str()), instance);
        Uint16 n = 0;
        QVERIFY(set.findAndGetUint16(DCM_CommandField, n).good());
        QCOMPARE(n, Uint16(0x0001)); // C-STORE-RQ
        QVERIFY(set.findAndGetUint16(DCM_MessageID, n).good());
        QCOMPARE(n, Uint16(0x1234));
        QVERIFY(set.findAndGetUint16(DCM_Priority, n).good());
        QCOMPARE(n, Uint16(0x0000)); // medium
        QVERIFY(set.findAndGetUint16(DCM_CommandDataSetType, n).good());
        QVERIFY(n != 0x0101); // a dataset follows
    }

    void aFileReplacedAfterItWasAddedIsNotSent()
    {
        const QString path = m_dir.filePath(QStringLiteral("replaced.dcm"));
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), path));
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("replaced.sqlite")));
        QVERIFY(outbox);
        StoreScp scp({QStringLiteral("+B")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const Device device = deviceFor(QStringLiteral("STORESCP"), scp.port());
        auto entries = outbox->enqueue(Outbox::newBatchId(), device.name, collectItems({path}));
        QVERIFY(entries && entries->size() == 1);
        // Another instance of the same SOP class and syntax takes the file's place.
        QVERIFY(QFile::remove(path));
        const QStringList other = makeSeries(m_dir.filePath(QStringLiteral("other")), 1);
        QVERIFY(QFile::copy(other.first(), path));

        class Last final : public DeliveryObserver {
        public:
            StoreOutcome outcome;
            void fileFinished(const OutboxEntry &, const StoreOutcome &o) override { outcome = o; }
        } observer;
        std::atomic_bool cancel{false};
        const DeliverySummary summary = deliver(*outbox, device, QStringLiteral("PACSDROP"), *entries, observer, cancel);
        QCOMPARE(summary.failed, 1);
        QVERIFY2(observer.outcome.message.contains(QStringLiteral("changed since it was added")), qPrintable(observer.outcome.message));
        QVERIFY(scp.receivedFiles().isEmpty());
    }
};

PACSDROP_TEST_MAIN(TestSendAsIs)
#include "tst_send_as_is.moc"
