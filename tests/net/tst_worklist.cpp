// Modality Worklist C-FIND against DCMTK's wlmscpfs serving DCMTK's own sample worklist: the
// result counts must equal what DCMTK's findscu gets for the same keys; names in other
// character sets must decode exactly; every failure must be an error, never an empty list.
#include "Peers.h"
#include "TestMain.h"
#include "lookup/FindScu.h"
#include "dicom/DatasetText.h"
#include "lookup/WorklistItem.h"
#include "lookup/WorklistQuery.h"
#include "lookup/StudyFromLookup.h"
#include "convert/Converter.h"
#include "TestData.h"
#include "settings/Device.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"

#include <QDir>

#include <atomic>
#include <QSet>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

Q_DECLARE_METATYPE(pacsdrop::WorklistCriteria)

namespace {

Device deviceFor(const QString &target)
{
    Device d;
    d.name = target;
    d.aeTitle = target.section(u'@', 0, 0);
    d.host = QStringLiteral("127.0.0.1");
    d.port = target.section(u':', -1).toInt();
    d.connectTimeout = 5;
    d.acseTimeout = 5;
    d.dimseTimeout = 5;
    return d;
}

struct Found {
    QList<WorklistItem> items;
    Result<FindSummary> summary = FindSummary{};
};

Found find(const QString &target, const WorklistCriteria &criteria, const QString &fallback = QStringLiteral("ISO_IR 100"), int max = 500)
{
    Found found;
    const auto identifier = worklistIdentifier(criteria);
    const FindRequest request{UID_FINDModalityWorklistInformationModel, identifier.get(), max, nullptr};
    found.summary = runFind(deviceFor(target), QStringLiteral("PACSDROP"), request, [&](DcmDataset &response) {
        if (datasetToUnicode(response, fallback))
            found.items.append(worklistItemFrom(response));
    });
    return found;
}

// What DCMTK's findscu gets for the same keys (-k path=value), counted from its response files.
int findscuCount(const QString &target, const QStringList &keys)
{
    QTemporaryDir out;
    QStringList args{QStringLiteral("-W"), QStringLiteral("-X"), QStringLiteral("-od"), out.path(), QStringLiteral("-aec"),
                     target.section(u'@', 0, 0)};
    // the same return keys PacsDrop asks for, universal unless given
    for (const char *key : {"PatientName", "PatientID", "AccessionNumber", "StudyInstanceUID", "RequestedProcedureID",
                            "ScheduledProcedureStepSequence[0].Modality", "ScheduledProcedureStepSequence[0].ScheduledStationAETitle",
                            "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate"}) {
        const QString k = QString::fromLatin1(key);
        bool given = false;
        for (const QString &g : keys)
            given = given || g.startsWith(k + u'=');
        if (!given)
            args << QStringLiteral("-k") << k;
    }
    for (const QString &k : keys)
        args << QStringLiteral("-k") << k;
    args << QStringLiteral("127.0.0.1") << target.section(u':', -1);
    if (QProcess::execute(QStringLiteral("findscu"), args) != 0)
        return -1;
    return int(QDir(out.path()).entryList(QDir::Files).size());
}

} // namespace

class TestWorklist : public QObject {
    Q_OBJECT
    WorklistScp m_samples;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_samples.addDcmtkSamples(), qPrintable(m_samples.lastError()));
        QVERIFY2(m_samples.start(), qPrintable(m_samples.lastError()));
    }
    void cleanupTestCase() { m_samples.stop(); }

    void countsEqualFindscu_data()
    {
        QTest::addColumn<WorklistCriteria>("criteria");
        QTest::addColumn<QStringList>("findscuKeys");
        QTest::addColumn<int>("expected"); // as measured in shared/dicom/networking.md 1.4
        QTest::newRow("everything") << WorklistCriteria{} << QStringList{} << 10;
        WorklistCriteria haydn;
        haydn.patientName = QStringLiteral("HAYDN*");
        QTest::newRow("name wildcard") << haydn << QStringList{QStringLiteral("PatientName=HAYDN*")} << 3;
        WorklistCriteria ct1996;
        ct1996.modality = QStringLiteral("CT");
        QVERIFY(parseDateRange(QStringLiteral("19960101-19961231"), ct1996.dateFrom, ct1996.dateTo));
        QTest::newRow("modality and date range") << ct1996
            << QStringList{QStringLiteral("ScheduledProcedureStepSequence[0].Modality=CT"),
                           QStringLiteral("ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate=19960101-19961231")} << 2;
        WorklistCriteria accession;
        accession.accessionNumber = QStringLiteral("00002");
        QTest::newRow("accession") << accession << QStringList{QStringLiteral("AccessionNumber=00002")} << 1;
        WorklistCriteria station;
        station.stationAeTitle = QStringLiteral("AA2");
        QTest::newRow("station not scheduled") << station << QStringList{QStringLiteral("ScheduledProcedureStepSequence[0].ScheduledStationAETitle=AA2")} << 0;
        WorklistCriteria id;
        id.patientId = QStringLiteral("AV35674");
        QTest::newRow("patient id") << id << QStringList{QStringLiteral("PatientID=AV35674")} << 3;
    }
    void countsEqualFindscu()
    {
        QFETCH(WorklistCriteria, criteria);
        QFETCH(QStringList, findscuKeys);
        QFETCH(int, expected);
        const Found found = find(m_samples.target(), criteria);
        QVERIFY2(found.summary, qPrintable(found.summary ? QString() : found.summary.error().message));
        QCOMPARE(findscuCount(m_samples.target(), findscuKeys), expected);
        QCOMPARE(found.items.size(), expected);
        QCOMPARE(found.summary->results, expected);
        QVERIFY(!found.summary->truncated);
    }

    void anItemCarriesWhatScheduledWorkflowNeeds()
    {
        WorklistCriteria criteria;
        criteria.accessionNumber = QStringLiteral("00000");
        const Found found = find(m_samples.target(), criteria);
        QCOMPARE(found.items.size(), 1);
        const WorklistItem &w = found.items.first();
        QCOMPARE(w.patientName, QStringLiteral("VIVALDI^ANTONIO"));
        QCOMPARE(w.patientId, QStringLiteral("AV35674"));
        QCOMPARE(w.studyInstanceUid, QStringLiteral("1.2.276.0.7230010.3.2.101"));
        QCOMPARE(w.requestedProcedureId, QStringLiteral("RP454G234"));
        QCOMPARE(w.scheduledStepId, QStringLiteral("SPD3445"));
        QCOMPARE(w.modality, QStringLiteral("MR"));
        QCOMPARE(w.scheduledStartDate, QStringLiteral("19951015"));
    }

    void theCapCancelsAndSaysSo()
    {
        const Found found = find(m_samples.target(), WorklistCriteria{}, QStringLiteral("ISO_IR 100"), 3);
        QVERIFY(found.summary);
        QCOMPARE(found.items.size(), 3);
        QVERIFY(found.summary->truncated);
    }

    void namesInOtherCharacterSetsDecode_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encode");          // Python expression: the name n as the RIS stores it
        QTest::addColumn<bool>("serverSaysCharset");  // false: wlmscpfs -cs0 sends none; the fallback decodes
        QTest::newRow("Latin-1") << "ISO_IR 100" << "Müller^Anna" << "n.encode('iso8859-1')" << true;
        QTest::newRow("Latin-2") << "ISO_IR 101" << "Dvořák^Jiří" << "n.encode('iso8859-2')" << true;
        QTest::newRow("Greek") << "ISO_IR 126" << "Παπαδόπουλος^Νίκος" << "n.encode('iso8859-7')" << true;
        QTest::newRow("Cyrillic") << "ISO_IR 144" << "Иванов^Иван" << "n.encode('iso8859-5')" << true;
        QTest::newRow("Hebrew") << "ISO_IR 138" << "כהן^דוד" << "n.encode('iso8859-8')" << true;
        QTest::newRow("Arabic") << "ISO_IR 127" << "قباني^لنزار" << "n.encode('iso8859-6')" << true;
        QTest::newRow("Thai") << "ISO_IR 166" << "สมชาย^ใจดี" << "n.encode('iso8859-11')" << true;
        QTest::newRow("Chinese GB18030") << "GB18030" << "王^小明" << "n.encode('gb18030')" << true;
        // ISO 2022: each component group designates its set again (PS3.5 6.1.2.5.3).
        QTest::newRow("Chinese GB2312 (IR 58)") << "\\ISO 2022 IR 58" << "Wang^XiaoDong=王^小东"
            << "b'='.join(b'^'.join((b'\\x1b$)A' + p.encode('gb2312')) if any(ord(c) > 127 for c in p) else p.encode() for p in g.split('^')) for g in n.split('='))" << true;
        QTest::newRow("Korean (IR 149)") << "\\ISO 2022 IR 149" << "Hong^Gildong=洪^吉洞=홍^길동"
            << "b'='.join(b'^'.join((b'\\x1b$)C' + p.encode('euc_kr')) if any(ord(c) > 127 for c in p) else p.encode() for p in g.split('^')) for g in n.split('='))" << true;
        QTest::newRow("Japanese (IR 87)") << "\\ISO 2022 IR 87" << "Yamada^Tarou=山田^太郎=やまだ^たろう" << "n.encode('iso2022_jp')" << true;
        QTest::newRow("Japanese katakana and kanji (IR 13, IR 87)") << "ISO 2022 IR 13\\ISO 2022 IR 87" << "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎"
            << "n.split('=')[0].encode('shift_jis') + b'=' + n.split('=')[1].encode('iso2022_jp')" << true;
        QTest::newRow("Japanese JIS X 0212 (IR 159)") << "\\ISO 2022 IR 87\\ISO 2022 IR 159" << "Mori^Ōgai=森^鷗外"
            << "n.encode('iso2022_jp_1')" << true;
        QTest::newRow("UTF-8") << "ISO_IR 192" << "Wang^XiaoDong=王^小東" << "n.encode('utf-8')" << true;
        QTest::newRow("Greek, no charset sent: fallback") << "ISO_IR 126" << "Παπαδόπουλος^Νίκος" << "n.encode('iso8859-7')" << false;
        QTest::newRow("Japanese, no charset sent: fallback") << "\\ISO 2022 IR 87" << "山田^太郎" << "n.encode('iso2022_jp')" << false;
    }
    void namesInOtherCharacterSetsDecode()
    {
        QFETCH(QString, charset);
        QFETCH(QString, name);
        QFETCH(QString, encode);
        QFETCH(bool, serverSaysCharset);
        // The item is written in the charset (the bytes made by Python's codecs, as a foreign RIS would).
        QProcess py;
        py.start(QStringLiteral(PACSDROP_PYTHON3),
                 {QStringLiteral("-c"), QStringLiteral("import sys\nn = sys.stdin.buffer.read().decode('utf-8')\nb = %1\n"
                                                       "assert not any(c in b for c in b']\\\\\\n')\nsys.stdout.buffer.write(b)").arg(encode)});
        py.write(name.toUtf8());
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(10000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        QByteArray dump = "(0008,0050) SH A1\n(0008,0005) CS [" + charset.toLatin1() + "]\n(0010,0010) PN [";
        WorklistScp scp(QStringLiteral("RIS"));
        // The layout of DCMTK's sample items (wlmscpfs skips items without the type 1 keys).
        dump += py.readAllStandardOutput() + "]\n(0010,0020) LO P1\n(0020,000d) UI 1.2.3.4\n(0032,1060) LO WOUND\n(0040,0100) SQ\n(fffe,e000) -\n"
                "(0008,0060) CS XC\n(0040,0001) AE SCOPE1\n(0040,0002) DA 20261130\n(0040,0003) TM 0900\n(0040,0006) PN\n"
                "(0040,0007) LO PHOTO\n(0040,0009) SH SPS1\n(0040,0010) SH STN1\n(0040,0011) SH ROOM1\n(fffe,e00d) -\n(fffe,e0dd) -\n"
                "(0040,1001) SH RP1\n(0040,1003) SH LOW\n";
        QVERIFY(scp.addDump(QStringLiteral("item"), dump));
        QVERIFY2(scp.start(serverSaysCharset ? QStringList{QStringLiteral("-csk")} : QStringList{}), qPrintable(scp.lastError()));
        const Found found = find(scp.target(), WorklistCriteria{}, serverSaysCharset ? QStringLiteral("ISO_IR 100") : charset);
        QVERIFY2(found.summary, qPrintable(found.summary ? QString() : found.summary.error().message));
        QCOMPARE(found.items.size(), 1);
        QCOMPARE(found.items.first().patientName, name);
    }

    void aConvertedFileCarriesTheWorklistItem()
    {
        LookupDevice device;
        device.connection = deviceFor(m_samples.target());
        auto steps = worklistStepsByAccession(device, QStringLiteral("PACSDROP"), QStringLiteral("00002"));
        QVERIFY2(steps, qPrintable(steps ? QString() : steps.error().message));
        QCOMPARE(steps->size(), 1);
        StudyData typed;
        typed.seriesDescription = QStringLiteral("Wound photo"); // what the user adds; identity comes from the item
        auto data = studyDataFromWorklist(*steps, typed);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        QTemporaryDir out;
        const QString image = out.filePath(QStringLiteral("wound.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("32x24"), QStringLiteral("xc:red"), image}) == 0);
        const QList<ConversionItem> made = convertFiles({image}, *data, out.filePath(QStringLiteral("dcm")));
        QVERIFY(!made.first().error);
        const QString file = made.first().objects.first().path;
        QCOMPARE(dciodvfyErrors(file), QString());
        DcmFileFormat f;
        QVERIFY(f.loadFile(file.toLocal8Bit().constData()).good());
        DcmDataset &ds = *f.getDataset();
        auto text = [](DcmItem &item, const DcmTagKey &tag) {
            OFString v;
            item.findAndGetOFStringArray(tag, v);
            return QString::fromUtf8(v.c_str());
        };
        const WorklistItem &w = steps->first();
        QCOMPARE(text(ds, DCM_StudyInstanceUID), w.studyInstanceUid);
        QCOMPARE(text(ds, DCM_AccessionNumber), QStringLiteral("00002"));
        QCOMPARE(text(ds, DCM_PatientID), w.patientId);
        QCOMPARE(text(ds, DCM_PatientName), w.patientName);
        QCOMPARE(text(ds, DCM_PatientBirthDate), w.patientBirthDate);
        QCOMPARE(text(ds, DCM_SeriesDescription), QStringLiteral("Wound photo"));
        DcmItem *request = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_RequestAttributesSequence, request, 0).good() && request);
        QCOMPARE(text(*request, DCM_RequestedProcedureID), w.requestedProcedureId);
        QCOMPARE(text(*request, DCM_ScheduledProcedureStepID), w.scheduledStepId);
        QCOMPARE(text(*request, DCM_AccessionNumber), QStringLiteral("00002"));
        QVERIFY(!w.requestedProcedureId.isEmpty() && !w.scheduledStepId.isEmpty());
    }

    void groupCaseAndAmbiguousAccessions()
    {
        // Two steps of one order (same accession, patient, study): one object, two Request Attributes items.
        // The same accession for another patient: refused, never mixed.
        WorklistScp scp(QStringLiteral("RIS"));
        auto item = [](const char *patientId, const char *studyUid, const char *stepId, const char *accession) -> QByteArray {
            return QByteArray("(0008,0050) SH ") + accession + "\n(0008,0005) CS [ISO_IR 100]\n(0010,0010) PN DOE^JANE\n(0010,0020) LO "
                   + patientId + "\n(0020,000d) UI " + studyUid + "\n(0032,1060) LO WOUND\n(0040,0100) SQ\n(fffe,e000) -\n"
                   "(0008,0060) CS XC\n(0040,0001) AE SCOPE1\n(0040,0002) DA 20261130\n(0040,0003) TM 0900\n(0040,0006) PN\n"
                   "(0040,0007) LO PHOTO\n(0040,0009) SH " + stepId + "\n(0040,0010) SH STN1\n(0040,0011) SH ROOM1\n(fffe,e00d) -\n(fffe,e0dd) -\n"
                   "(0040,1001) SH RP1\n(0040,1003) SH LOW\n";
        };
        QVERIFY(scp.addDump(QStringLiteral("a"), item("P1", "1.2.3.4", "SPS1", "ACC1")));
        QVERIFY(scp.addDump(QStringLiteral("b"), item("P1", "1.2.3.4", "SPS2", "ACC1")));
        QVERIFY(scp.addDump(QStringLiteral("c"), item("P1", "1.2.3.5", "SPS3", "ACC2")));
        QVERIFY(scp.addDump(QStringLiteral("d"), item("P2", "1.2.3.6", "SPS4", "ACC2")));
        QVERIFY(scp.start());
        LookupDevice device;
        device.connection = deviceFor(scp.target());
        auto steps = worklistStepsByAccession(device, QStringLiteral("PACSDROP"), QStringLiteral("ACC1"));
        QVERIFY(steps);
        QCOMPARE(steps->size(), 2);
        auto data = studyDataFromWorklist(*steps, {});
        QVERIFY(data);
        QCOMPARE(data->requests.size(), 2);
        QSet<QString> stepIds{data->requests[0].scheduledStepId, data->requests[1].scheduledStepId};
        QCOMPARE(stepIds, (QSet<QString>{QStringLiteral("SPS1"), QStringLiteral("SPS2")}));
        QTemporaryDir out;
        const QString image = out.filePath(QStringLiteral("wound.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("32x24"), QStringLiteral("xc:red"), image}) == 0);
        const QList<ConversionItem> made = convertFiles({image}, *data, out.filePath(QStringLiteral("dcm")));
        QVERIFY(!made.first().error);
        QCOMPARE(dciodvfyErrors(made.first().objects.first().path), QString());

        steps = worklistStepsByAccession(device, QStringLiteral("PACSDROP"), QStringLiteral("ACC2"));
        QVERIFY(steps);
        auto ambiguous = studyDataFromWorklist(*steps, {});
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().message.contains(QStringLiteral("different patients")));
        QVERIFY(!worklistStepsByAccession(device, QStringLiteral("PACSDROP"), QStringLiteral("NONE")));
    }

    void stoppingSendsACancel()
    {
        // The user stops after the first answer: C-CANCEL, the answer kept, "stopped" reported.
        std::atomic_bool stop{false};
        const auto identifier = worklistIdentifier(WorklistCriteria{});
        const FindRequest request{UID_FINDModalityWorklistInformationModel, identifier.get(), 500, &stop};
        int seen = 0;
        auto summary = runFind(deviceFor(m_samples.target()), QStringLiteral("PACSDROP"), request, [&](DcmDataset &) {
            ++seen;
            stop = true;
        });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->results, 1);
        QCOMPARE(seen, 1);
    }

    void aRefusedSearchSaysItsStatus()
    {
        // wlmscpfs answers a malformed date key with 0xA900 instead of results.
        const auto identifier = worklistIdentifier(WorklistCriteria{});
        DcmItem *step = nullptr;
        QVERIFY(identifier->findAndGetSequenceItem(DCM_ScheduledProcedureStepSequence, step, 0).good() && step);
        step->putAndInsertString(DCM_ScheduledProcedureStepStartDate, "2020XXXX");
        const FindRequest request{UID_FINDModalityWorklistInformationModel, identifier.get(), 500, nullptr};
        int seen = 0;
        auto summary = runFind(deviceFor(m_samples.target()), QStringLiteral("PACSDROP"), request, [&](DcmDataset &) { ++seen; });
        QVERIFY(!summary);
        QCOMPARE(seen, 0);
        QVERIFY2(summary.error().message.contains(QStringLiteral("refused the search (status 0xA900")), qPrintable(summary.error().message));
    }

    void failuresAreErrorsNotEmptyLists()
    {
        // Wrong called AE: rejected, and the message says why.
        const QString wrong = QStringLiteral("WRONG@") + m_samples.target().section(u'@', 1);
        Found found = find(wrong, WorklistCriteria{});
        QVERIFY(!found.summary);
        QVERIFY2(found.summary.error().message.contains(QStringLiteral("not recognised")), qPrintable(found.summary.error().message));

        // A peer that does not do worklists (storescp): the search is refused.
        StoreScp store;
        QVERIFY(store.start());
        found = find(store.target(), WorklistCriteria{});
        QVERIFY(!found.summary);
        QVERIFY2(found.summary.error().message.contains(QStringLiteral("Presentation Context")), qPrintable(found.summary.error().message));

        // A peer that accepts the connection and never answers: a timeout, not "no results".
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        found = find(QStringLiteral("SILENT@127.0.0.1:%1").arg(silent.serverPort()), WorklistCriteria{});
        QVERIFY(!found.summary);
        QVERIFY(found.items.isEmpty());
        QVERIFY2(found.summary.error().message.contains(QStringLiteral("gave no DICOM answer within 5 s")),
                 qPrintable(found.summary.error().message));

        // Nobody listening.
        const quint16 port = silent.serverPort();
        silent.close();
        found = find(QStringLiteral("NOBODY@127.0.0.1:%1").arg(port), WorklistCriteria{});
        QVERIFY(!found.summary);
        QVERIFY2(found.summary.error().message.contains(QStringLiteral("refused"), Qt::CaseInsensitive)
                     || found.summary.error().message.contains(QStringLiteral("nothing listens"), Qt::CaseInsensitive),
                 qPrintable(found.summary.error().message));
    }
};

PACSDROP_TEST_MAIN(TestWorklist)
#include "tst_worklist.moc"
