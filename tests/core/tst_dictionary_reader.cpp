// PacsDrop's reader of DCMTK's data dictionary (dicom/DictionaryReader.h) against DCMTK's own: the
// same files give the same entries, field by field (tags and ranges, VR, name, VM, version, private
// creator), for the standard dictionary and the private one; text it does not understand adds nothing.
#include "dicom/DictionaryReader.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdicent.h"
#include "dcmtk/dcmdata/dcdict.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace pacsdrop;

namespace {

QString describe(const DcmDictEntry &e)
{
    return QStringLiteral("(%1-%2 r%3,%4-%5 r%6) %7 %8 vm %9-%10 %11 [%12]")
        .arg(e.getGroup(), 4, 16, QLatin1Char('0')).arg(e.getUpperGroup(), 4, 16, QLatin1Char('0')).arg(int(e.getGroupRangeRestriction()))
        .arg(e.getElement(), 4, 16, QLatin1Char('0')).arg(e.getUpperElement(), 4, 16, QLatin1Char('0')).arg(int(e.getElementRangeRestriction()))
        .arg(QString::fromLatin1(DcmVR(e.getEVR()).getVRName()), QString::fromLatin1(e.getTagName()))
        .arg(e.getVMMin()).arg(e.getVMMax())
        .arg(QString::fromLatin1(e.getStandardVersion() ? e.getStandardVersion() : "-"),
             QString::fromLatin1(e.getPrivateCreator() ? e.getPrivateCreator() : ""));
}

// Every entry, normal and repeating, described and sorted (the hash's order is its own).
QStringList everything(DcmDataDictionary &dict)
{
    QStringList out;
    for (auto it = dict.normalBegin(); it != dict.normalEnd(); ++it)
        out << describe(**it);
    for (auto it = dict.repeatingBegin(); it != dict.repeatingEnd(); ++it)
        out << QStringLiteral("repeating ") + describe(**it);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestDictionaryReader : public QObject {
    Q_OBJECT
private slots:
    void readsWhatDcmtkReads_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : QString::fromLatin1(DCM_DICT_DEFAULT_PATH).split(QLatin1Char(ENVIRONMENT_PATH_SEPARATOR)))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void readsWhatDcmtkReads()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        DcmDataDictionary byDcmtk(OFFalse, OFFalse), byUs(OFFalse, OFFalse);
        QVERIFY(byDcmtk.loadDictionary(path.toLocal8Bit().constData()));
        QVERIFY(addDictionaryText(byUs, file.readAll()));
        const QStringList expected = everything(byDcmtk), got = everything(byUs);
        QVERIFY2(expected.size() > 1000, qPrintable(QString::number(expected.size())));
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(got[i], expected[i]); // the first difference, named
    }

    void textItDoesNotUnderstandAddsNothing()
    {
        DcmDataDictionary dict(OFFalse, OFFalse);
        const int before = dict.numberOfEntries();
        // A good line, then one with a tag it cannot read: the file is refused whole.
        QVERIFY(!addDictionaryText(dict, "(0008,0020)\tDA\tStudyDate\t1\tDICOM\n(0008,00zz)\tDA\tBroken\t1\tDICOM\n"));
        QVERIFY(!addDictionaryText(dict, "(0008,0020)\tQQ\tUnknownVR\t1\tDICOM\n"));
        QVERIFY(!addDictionaryText(dict, "(0008,0020)\tDA\tNoMultiplicity\n"));
        QCOMPARE(dict.numberOfEntries(), before);
        // Comments, blank lines and a missing version (DICOM, as DCMTK assumes) are fine.
        QVERIFY(addDictionaryText(dict, "# comment\n\n(0008,0020)\tDA\tStudyDate\t1\n"));
        QCOMPARE(dict.numberOfEntries(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestDictionaryReader)
#include "tst_dictionary_reader.moc"
