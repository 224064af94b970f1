// Presentation contexts: the file's own syntax alone first, fallbacks where allowed, at most
// 128 contexts per association, shared contexts for files of one kind.
#include "TestMain.h"
#include "net/PresentationPlan.h"

#include "dcmtk/dcmdata/dcuid.h"

using namespace pacsdrop;

namespace {
StoreItem item(const char *sopClass, const char *syntax, int n = 0)
{
    StoreItem i;
    i.entryId = n;
    i.path = QStringLiteral("/f%1").arg(n);
    i.sopClassUid = QString::fromLatin1(sopClass);
    i.transferSyntaxUid = QString::fromLatin1(syntax);
    return i;
}
const QString kEle = QStringLiteral(UID_LittleEndianExplicitTransferSyntax);
const QString kIle = QStringLiteral(UID_LittleEndianImplicitTransferSyntax);
} // namespace

class TestPresentationPlan : public QObject {
    Q_OBJECT
private slots:
    void compressedWithDecompressionAllowed()
    {
        const auto c = contextsFor(item(UID_CTImageStorage, UID_JPEGProcess14SV1TransferSyntax), true);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].transferSyntaxes, QStringList{QStringLiteral(UID_JPEGProcess14SV1TransferSyntax)});
        QCOMPARE(c[1].transferSyntaxes, (QStringList{kEle, kIle}));
    }
    void compressedWithoutDecompression()
    {
        QCOMPARE(contextsFor(item(UID_CTImageStorage, UID_JPEGProcess1TransferSyntax), false).size(), 1);
    }
    void jpeg2000HasNoDecoderSoNoFallback()
    {
        QVERIFY(!canDecompress(QStringLiteral(UID_JPEG2000TransferSyntax)));
        QCOMPARE(contextsFor(item(UID_CTImageStorage, UID_JPEG2000TransferSyntax), true).size(), 1);
    }
    void uncompressedKeepsItsOwnSyntaxFirst()
    {
        const auto c = contextsFor(item(UID_RTPlanStorage, UID_LittleEndianImplicitTransferSyntax), false);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].transferSyntaxes, QStringList{kIle});
        QCOMPARE(c[1].transferSyntaxes, QStringList{kEle});
    }
    void oneKindOfFileSharesContexts()
    {
        QList<StoreItem> items;
        for (int n = 0; n < 500; ++n)
            items << item(UID_CTImageStorage, UID_LittleEndianExplicitTransferSyntax, n);
        const auto rounds = planRounds(items, true);
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds[0].contexts.size(), 2);
        QCOMPARE(rounds[0].items.size(), 500);
    }
    void moreThan128ContextsSplitInOrder()
    {
        QList<StoreItem> items;
        for (int n = 0; n < numberOfDcmAllStorageSOPClassUIDs; ++n)
            items << item(dcmAllStorageSOPClassUIDs[n], UID_LittleEndianExplicitTransferSyntax, n);
        const auto rounds = planRounds(items, true);
        QCOMPARE(rounds.size(), (2 * items.size() + 127) / 128);
        qsizetype total = 0;
        qint64 expectedId = 0;
        for (const auto &r : rounds) {
            QVERIFY(r.contexts.size() <= kMaxContextsPerAssociation);
            for (const StoreItem &i : r.items)
                QCOMPARE(i.entryId, expectedId++); // order kept
            total += r.items.size();
        }
        QCOMPARE(total, items.size());
    }
};

PACSDROP_TEST_MAIN(TestPresentationPlan)
#include "tst_presentationplan.moc"
